// The store bound to the browser's own storage areas. Only the background uses it; pages ask
// the background through the message map and watch for changes with onLibraryChanged.
import browser from '../browser';
import { createStore } from './store';

export const store = createStore({ local: browser.storage.local, sync: browser.storage.sync });

/**
 * Another device changed storage.sync (or this one did): merge it into the local mirror and
 * share whatever is waiting, which also retries what did not fit before.
 */
export function watchSyncChanges(signal?: AbortSignal): void {
  const listener = (_changes: unknown, area: string): void => {
    if (area === 'sync') void store.flush().catch((error: unknown) => console.warn('Decline Politely: sync failed', error));
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
