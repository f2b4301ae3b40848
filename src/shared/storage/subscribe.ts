// For pages (options, panel): hear about every change to the templates or the profile, whether
// made on this device or merged from another, without asking the background again.
import browser from '../browser';
import { decodeStoredMirror, MIRROR_KEY, snapshotOf, type LibrarySnapshot } from './mirror';

/** Calls back with the new library after each change to the local mirror; stops on abort. */
export function onLibraryChanged(callback: (snapshot: LibrarySnapshot) => void, signal?: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'local' || !(MIRROR_KEY in changes)) return;
    const mirror = decodeStoredMirror(changes[MIRROR_KEY]!.newValue);
    if (mirror) callback(snapshotOf(mirror));
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
