import { store } from '../../shared/storage';
import { wordStatus } from '../../shared/storage/read-status';
import type { SyncStatus } from '../../shared/storage/status';

/** Space used in storage.sync, templates kept on this device only (and why), conflict copies. */
export async function getSyncStatus(): Promise<SyncStatus> {
  return wordStatus(await store.status());
}
