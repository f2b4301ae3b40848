// Decides what one sync write sends: everything that changed and fits, in one batch. What
// does not fit stays on this device, with the reason, until space frees up.
import { sameRecord, sameTombstone } from '../../core/templates/merge';
import type { Library, Tombstone } from '../../core/templates/types';
import {
  decodeProfile, decodeTemplate, decodeTombstones, encodeTombstones, PROFILE_KEY, SCHEMA_KEY, SCHEMA_VERSION, templateKey,
  TEMPLATE_PREFIX, TOMBSTONES_KEY, type StoredProfile,
} from './layout';
import { itemBytes, SYNC_LIMITS } from './limits';
import type { LocalOnlyReason } from './mirror';

export interface SyncPlan {
  set: Record<string, unknown>;
  remove: string[];
  /** Ids (or "profile", "deletions") this write leaves out, and why. */
  localOnly: Record<string, LocalOnlyReason>;
}

// Compared by meaning, not by JSON text: two devices may list the same clock in another order.
function sameTombstones(a: Record<string, Tombstone>, b: Record<string, Tombstone>): boolean {
  const ids = Object.keys(a);
  return ids.length === Object.keys(b).length && ids.every((id) => sameTombstone(a[id], b[id]));
}

/** The deletions that fit in one item: the most recent ones, when there are very many. */
function tombstonesItem(tombstones: Record<string, Tombstone>): Record<string, [number, Record<string, number>]> {
  const newestFirst = Object.entries(tombstones).sort(([, a], [, b]) => b.deletedAt - a.deletedAt);
  let kept = newestFirst;
  while (kept.length > 0 && itemBytes(TOMBSTONES_KEY, encodeTombstones(Object.fromEntries(kept))) > SYNC_LIMITS.quotaBytesPerItem) {
    kept = kept.slice(0, Math.floor(kept.length * 0.9));
  }
  return encodeTombstones(Object.fromEntries(kept));
}

export function planSync(library: Library, profile: StoredProfile, area: Record<string, unknown>): SyncPlan {
  const plan: SyncPlan = { set: {}, remove: [], localOnly: {} };
  for (const key of Object.keys(area)) {
    if (key.startsWith(TEMPLATE_PREFIX) && library.tombstones[key.slice(TEMPLATE_PREFIX.length)]) plan.remove.push(key);
  }
  const kept = Object.entries(area).filter(([key]) => !plan.remove.includes(key));
  let bytes = kept.reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
  let items = kept.length;

  /** Adds an item to the batch if the area can take it; false when it cannot. */
  const offer = (key: string, value: unknown): boolean | 'too-large' => {
    const size = itemBytes(key, value);
    if (size > SYNC_LIMITS.quotaBytesPerItem) return 'too-large';
    const present = key in area && !plan.remove.includes(key);
    const nextBytes = bytes + size - (present ? itemBytes(key, area[key]) : 0);
    const nextItems = items + (present ? 0 : 1);
    if (nextBytes > SYNC_LIMITS.quotaBytes || nextItems > SYNC_LIMITS.maxItems) return false;
    plan.set[key] = value;
    bytes = nextBytes;
    items = nextItems;
    return true;
  };

  if ((area[SCHEMA_KEY] as { version?: number } | undefined)?.version !== SCHEMA_VERSION) offer(SCHEMA_KEY, { version: SCHEMA_VERSION });
  const tombstones = tombstonesItem(library.tombstones);
  if (Object.keys(tombstones).length > 0 && !sameTombstones(decodeTombstones(tombstones), decodeTombstones(area[TOMBSTONES_KEY]))) {
    if (offer(TOMBSTONES_KEY, tombstones) !== true) plan.localOnly.deletions = 'quota';
  }
  const synced = decodeProfile(area[PROFILE_KEY]);
  if (profile.updatedAt > 0 && (!synced || synced.updatedAt < profile.updatedAt)) {
    const fits = offer(PROFILE_KEY, profile);
    if (fits !== true) plan.localOnly.profile = fits === 'too-large' ? 'too-large' : 'quota';
  }

  // Oldest first: templates already shared keep their place, the newest wait when space runs out.
  const byAge = Object.values(library.templates).sort((a, b) => a.updatedAt - b.updatedAt || (a.id < b.id ? -1 : 1));
  for (const record of byAge) {
    const key = templateKey(record.id);
    if (sameRecord(decodeTemplate(area[key]), record)) continue;
    const fits = offer(key, record);
    if (fits !== true) plan.localOnly[record.id] = fits === 'too-large' ? 'too-large' : 'quota';
  }
  return plan;
}
