/** Which build this code is in; esbuild replaces it with a string literal. */
declare const __BROWSER__: 'chrome' | 'firefox';
