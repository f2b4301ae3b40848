// The panel chunk, loaded on first use. The panel issue replaces this entry with the real UI.
export function mountPanel(): void {}
