// Lint rules that hold the architecture's lines (docs/design.md section 6).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const sinks = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Only src/shared/sanitize.ts turns strings into HTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Only src/shared/sanitize.ts turns strings into HTML.' },
  { selector: "CallExpression[callee.property.name='execCommand'][arguments.0.value='insertHTML'][arguments.2.type!='Identifier']", message: 'insertHTML takes the sanitizer\'s SafeHtml, held in a variable.' },
  { selector: "MemberExpression[property.name='dangerouslySetInnerHTML']", message: 'Only src/shared/sanitize.ts turns strings into HTML.' },
];
const messaging = [
  { selector: "MemberExpression[object.property.name='runtime'][property.name=/^(sendMessage|onMessage)$/]", message: 'Messages go through src/shared/messages.ts.' },
  { selector: "MemberExpression[object.property.name='tabs'][property.name='sendMessage']", message: 'Messages go through src/shared/messages.ts.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'artifacts/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/shared/browser.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'webextension-polyfill', message: 'Import browser from src/shared/browser.ts.' }] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/shared/sanitize.ts', 'src/shared/messages.ts', 'src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...sinks, ...messaging] },
  },
  {
    // The core runs in the worker, the pages and node alike: no DOM, no browser API, no layer above it.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'chrome', 'browser', 'localStorage', 'fetch', 'XMLHttpRequest'],
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/shared/**', '**/background/**', '**/content/**', '**/options/**', 'preact', 'preact/*', 'webextension-polyfill', 'dompurify'], message: 'src/core depends on nothing above it.' }] }],
    },
  },
);
