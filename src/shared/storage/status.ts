// The sync status the options page shows: how full storage.sync is, what is kept on this
// device only and why, and which templates are conflict copies waiting for the user.
import { itemBytes, SYNC_LIMITS } from './limits';
import type { LocalOnlyReason, Mirror } from './mirror';
import type { Problem } from './problems';

export interface SyncStatus {
  bytesUsed: number;
  bytesLimit: number;
  itemsUsed: number;
  itemsLimit: number;
  templateCount: number;
  /** `message` is filled from _locales (messageKey) by the background, in the browser's language. */
  /** id is a template's, or "profile" or "deletions"; name is set for templates. */
  localOnly: { id: string; name?: string; reason: LocalOnlyReason; messageKey: string; message?: string }[];
  conflicts: { id: string; name: string; conflictOf: string }[];
  /** `message` is filled from _locales (key, with detail as its placeholder) by the background. */
  problems: (Problem & { message?: string })[];
  syncedAt?: number;
}

/** The _locales key of each reason's explanation, shown in the browser's language. */
export const LOCAL_ONLY_MESSAGE_KEYS: Record<LocalOnlyReason, string> = {
  'too-large': 'syncTooLarge',
  quota: 'syncQuota',
  'rate-limit': 'syncRateLimit',
  'write-failed': 'syncWriteFailed',
  'newer-version': 'syncNewerVersion',
  'unreadable-sync': 'syncUnreadable',
  'sync-unavailable': 'syncUnavailable',
};

export function statusOf(mirror: Mirror, area: Record<string, unknown>): SyncStatus {
  const templates = Object.values(mirror.library.templates);
  const status: SyncStatus = {
    bytesUsed: Object.entries(area).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0),
    bytesLimit: SYNC_LIMITS.quotaBytes,
    itemsUsed: Object.keys(area).length,
    itemsLimit: SYNC_LIMITS.maxItems,
    templateCount: templates.length,
    localOnly: Object.entries(mirror.localOnly).map(([id, reason]) => {
      const name = mirror.library.templates[id]?.name;
      return { id, ...(name === undefined ? {} : { name }), reason, messageKey: LOCAL_ONLY_MESSAGE_KEYS[reason] };
    }),
    conflicts: templates.flatMap((t) => (t.conflictOf === undefined ? [] : [{ id: t.id, name: t.name, conflictOf: t.conflictOf }])),
    problems: mirror.problems.map((p) => ({ ...p })),
  };
  if (mirror.syncedAt !== undefined) status.syncedAt = mirror.syncedAt;
  return status;
}
