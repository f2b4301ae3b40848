import browser from '../../shared/browser';
import { store } from '../../shared/storage';
import type { SyncStatus } from '../../shared/storage/status';

/** Space used in storage.sync, templates kept on this device only (and why), conflict copies. */
export async function getSyncStatus(): Promise<SyncStatus> {
  const status = await store.status();
  for (const entry of status.localOnly) entry.message = browser.i18n.getMessage(entry.messageKey);
  for (const p of status.problems) p.message = browser.i18n.getMessage(p.key, p.detail === undefined ? undefined : [p.detail]);
  return status;
}
