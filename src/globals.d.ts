/** Which build this code is in; esbuild replaces it with a string literal. */
declare const __BROWSER__: 'chrome' | 'firefox';
/** True only in the build end-to-end tests load (scripts/build.ts --test): what only tests ask for is left out of the shipped one. */
declare const __TEST_BUILD__: boolean;
