// The personal templates and the profile, kept current: a change made here, in the panel, or
// merged from another device reaches the page without a reload.
import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../shared/messages';
import type { LibrarySnapshot } from '../shared/storage/mirror';
import { onLibraryChanged, readLibrary } from '../shared/storage/subscribe';

export function useLibrary(): { snapshot?: LibrarySnapshot; error?: string } {
  const [snapshot, setSnapshot] = useState<LibrarySnapshot>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    const stop = new AbortController();
    // Listen first, so a change made while the list is on its way is not missed; the first
    // answer only fills in when no change has arrived before it.
    onLibraryChanged(setSnapshot, stop.signal);
    // The mirror in storage.local is read directly, so the list does not wait for the worker to
    // wake; without a readable mirror (first run, damage) the worker makes or recovers one.
    readLibrary()
      .then((read) => {
        // The benchmark times the list's render from here: reading 500 templates out of
        // storage.local is the browser's IPC, not our rendering (npm run bench shows both).
        performance.mark('dp:options-read');
        return read ?? sendToBackground('templates/list', {});
      })
      .then((first) => setSnapshot((current) => current ?? first))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    return () => stop.abort();
  }, []);
  return { snapshot, error };
}
