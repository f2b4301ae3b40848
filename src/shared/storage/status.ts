// The sync status the options page shows: how full storage.sync is, what is kept on this
// device only and why, and which templates are conflict copies waiting for the user.
import { itemBytes, SYNC_LIMITS } from './limits';
import type { LocalOnlyReason, Mirror } from './mirror';

export interface SyncStatus {
  bytesUsed: number;
  bytesLimit: number;
  itemsUsed: number;
  itemsLimit: number;
  templateCount: number;
  localOnly: { id: string; name: string; reason: LocalOnlyReason; message: string }[];
  conflicts: { id: string; name: string; conflictOf: string }[];
  problems: string[];
  syncedAt?: number;
}

export const LOCAL_ONLY_MESSAGES: Record<LocalOnlyReason, string> = {
  'too-large': 'Too large to sync (a synced template holds at most 8 KB). Shorten it to share it with your other devices.',
  quota: 'Not synced: your browser\'s sync space for this extension (100 KB, 512 items) is full. Delete or shorten templates to make room; it syncs as soon as there is space.',
  'rate-limit': 'Waiting to sync: the browser allows only so many sync writes a minute. It syncs on its own shortly.',
  'write-failed': 'Not synced yet: the browser refused the write. It is kept here and tried again.',
  'newer-version': 'Not synced: another device uses a newer version of Decline Politely. Update the extension here.',
  'unreadable-sync': 'Not synced: the synced data could not be read. Your templates are kept on this device.',
};

export function statusOf(mirror: Mirror, area: Record<string, unknown>): SyncStatus {
  const nameOf = (id: string): string =>
    mirror.library.templates[id]?.name ?? (id === 'profile' ? 'Profile' : id === 'deletions' ? 'Deleted templates' : id);
  const templates = Object.values(mirror.library.templates);
  const status: SyncStatus = {
    bytesUsed: Object.entries(area).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0),
    bytesLimit: SYNC_LIMITS.quotaBytes,
    itemsUsed: Object.keys(area).length,
    itemsLimit: SYNC_LIMITS.maxItems,
    templateCount: templates.length,
    localOnly: Object.entries(mirror.localOnly).map(([id, reason]) => ({ id, name: nameOf(id), reason, message: LOCAL_ONLY_MESSAGES[reason] })),
    conflicts: templates.flatMap((t) => (t.conflictOf === undefined ? [] : [{ id: t.id, name: t.name, conflictOf: t.conflictOf }])),
    problems: mirror.problems,
  };
  if (mirror.syncedAt !== undefined) status.syncedAt = mirror.syncedAt;
  return status;
}
