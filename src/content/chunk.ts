// The lazily loaded chunk (dist/*/panel.js): everything heavier than finding compose windows.
// The loader imports it on first use through a web-accessible URL.
export {};
