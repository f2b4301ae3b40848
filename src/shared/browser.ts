// The only module that imports the polyfill: Chrome gets Firefox's promise-based `browser`
// namespace, Firefox gets its own object back untouched.
import browser from 'webextension-polyfill';

export type { Runtime, Tabs, Storage } from 'webextension-polyfill';
export default browser;
