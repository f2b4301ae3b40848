// For pages (options, panel): read the templates and the profile, and hear about every change,
// whether made on this device or merged from another, without asking the background again.
import browser from '../browser';
import { decodeStoredMirror, MIRROR_KEY, snapshotOf, type LibrarySnapshot, type Mirror } from './mirror';

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

/** This device's mirror read straight from storage.local (no worker to wake); undefined when none is readable yet. */
export async function readStoredMirror(): Promise<Mirror | undefined> {
  return decodeStoredMirror((await browser.storage.local.get(MIRROR_KEY))[MIRROR_KEY]);
}

/** The library as the mirror holds it; undefined when there is no readable mirror yet, for the worker to create or recover. */
export async function readLibrary(): Promise<LibrarySnapshot | undefined> {
  const mirror = await readStoredMirror();
  return mirror ? snapshotOf(mirror) : undefined;
}
