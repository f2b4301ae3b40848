// The sync status read by a page straight from this device's storage. The options page asks after
// every change to the library; asking the worker each time would keep it awake for nothing.
import browser from '../browser';
import { statusOf, type SyncStatus } from './status';
import { readStoredMirror } from './subscribe';

/** Fills each explanation from _locales, in the browser's language. */
export function wordStatus(status: SyncStatus): SyncStatus {
  for (const entry of status.localOnly) entry.message = browser.i18n.getMessage(entry.messageKey);
  for (const p of status.problems) p.message = browser.i18n.getMessage(p.key, p.detail === undefined ? undefined : [p.detail]);
  return status;
}

/** undefined when there is no readable mirror yet: the worker creates or recovers it. */
export async function readSyncStatus(): Promise<SyncStatus | undefined> {
  const [mirror, area] = await Promise.all([readStoredMirror(), browser.storage.sync.get(null).catch(() => ({}))]);
  return mirror ? wordStatus(statusOf(mirror, area)) : undefined;
}
