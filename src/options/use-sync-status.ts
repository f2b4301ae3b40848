// The sync status, read again shortly after each change to the library: the worker shares a
// change about a second after saving it, and rewrites the mirror when it has. It is read from
// storage directly, so an open options page never keeps the worker awake; only before the worker
// has written anything is the worker asked.
import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../shared/messages';
import type { LibrarySnapshot } from '../shared/storage/mirror';
import type { SyncStatus } from '../shared/storage/status';
import { readSyncStatus } from '../shared/storage/read-status';

const SETTLE_MS = 300;

export function useSyncStatus(snapshot: LibrarySnapshot | undefined): { status?: SyncStatus; error?: string } {
  const [status, setStatus] = useState<SyncStatus>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      readSyncStatus().then((local) => local ?? sendToBackground('sync/status', {}))
        .then((s) => { if (live) { setStatus(s); setError(undefined); } })
        .catch((e: unknown) => { if (live) setError(e instanceof Error ? e.message : String(e)); });
    }, status ? SETTLE_MS : 0);
    return () => { live = false; clearTimeout(timer); };
  }, [snapshot]);
  return { status, error };
}
