// Decides what one sync write sends: everything that changed and fits, in one batch. What
// does not fit stays on this device, with the reason, until space frees up.
import { mergedAway, sameRecord } from '../../core/templates/merge';
import type { Library } from '../../core/templates/types';
import {
  decodeProfile, decodeTemplate, decodeTombstones, PROFILE_KEY, SCHEMA_KEY, SCHEMA_VERSION, templateKey, TEMPLATE_PREFIX,
  type StoredProfile,
} from './layout';
import { itemBytes, SYNC_LIMITS } from './limits';
import type { LocalOnlyReason } from './mirror';
import { isTombstonesKey, readTombstoneItems, sameTombstones, tombstoneItems, tombstonesKey } from './tombstone-items';

export interface SyncPlan {
  set: Record<string, unknown>;
  remove: string[];
  /** Ids (or "profile", "deletions") this write leaves out, and why. */
  localOnly: Record<string, LocalOnlyReason>;
}

export function planSync(library: Library, profile: StoredProfile, area: Record<string, unknown>): SyncPlan {
  const plan: SyncPlan = { set: {}, remove: [], localOnly: {} };
  let bytes = Object.entries(area).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
  let items = Object.keys(area).length;
  const present = (key: string): boolean => key in area && !plan.remove.includes(key);

  const remove = (key: string): void => {
    if (!present(key)) return;
    bytes -= itemBytes(key, area[key]);
    items -= 1;
    plan.remove.push(key);
  };
  /** Adds an item to the batch if the area can take it. */
  const offer = (key: string, value: unknown): 'ok' | 'too-large' | 'quota' => {
    const size = itemBytes(key, value);
    if (size > SYNC_LIMITS.quotaBytesPerItem) return 'too-large';
    const nextBytes = bytes + size - (present(key) ? itemBytes(key, area[key]) : 0);
    const nextItems = items + (present(key) ? 0 : 1);
    if (nextBytes > SYNC_LIMITS.quotaBytes || nextItems > SYNC_LIMITS.maxItems) return 'quota';
    plan.set[key] = value;
    bytes = nextBytes;
    items = nextItems;
    return 'ok';
  };
  // A deleted version leaves sync, under its own key and as any conflict copy made of it, only
  // once its deletion is there too: otherwise a device that has not heard of the deletion would
  // put it back, and the two would undo each other forever. Run after every merge (start-up
  // included), this also sweeps what an earlier write left behind, in the same batch.
  const removeDeletedTemplates = (published: Library['tombstones']): void => {
    for (const [key, value] of Object.entries(area)) {
      if (!key.startsWith(TEMPLATE_PREFIX)) continue;
      const id = key.slice(TEMPLATE_PREFIX.length);
      const record = decodeTemplate(value);
      if (published[id] || (record?.id === id && mergedAway(record, published))) remove(key);
    }
  };

  if ((area[SCHEMA_KEY] as { version?: number } | undefined)?.version !== SCHEMA_VERSION) offer(SCHEMA_KEY, { version: SCHEMA_VERSION });

  const synced = readTombstoneItems(area);
  removeDeletedTemplates(synced);
  if (!sameTombstones(library.tombstones, synced)) {
    const before = { bytes, items, removed: plan.remove.length };
    // The removals go first in the batch, so the deleted templates make room for their deletions.
    removeDeletedTemplates(library.tombstones);
    const wanted = tombstoneItems(library.tombstones);
    for (const key of Object.keys(area)) if (isTombstonesKey(key) && Number(key.split(':')[1] ?? 1) > wanted.length) remove(key);
    const changed = wanted.map((value, i) => [tombstonesKey(i), value] as const)
      .filter(([key, value]) => !sameTombstones(decodeTombstones(value), decodeTombstones(area[key])));
    if (!changed.map(([key, value]) => offer(key, value)).every((r) => r === 'ok')) {
      for (const [key] of changed) delete plan.set[key];
      plan.remove.length = before.removed;
      ({ bytes, items } = before);
      plan.localOnly.deletions = 'quota';
    }
  }

  const syncedProfile = decodeProfile(area[PROFILE_KEY]);
  if (profile.updatedAt > 0 && (!syncedProfile || syncedProfile.updatedAt < profile.updatedAt)) {
    const fits = offer(PROFILE_KEY, profile);
    if (fits !== 'ok') plan.localOnly.profile = fits;
  }

  // Oldest first: templates already shared keep their place, the newest wait when space runs out.
  const byAge = Object.values(library.templates).sort((a, b) => a.updatedAt - b.updatedAt || (a.id < b.id ? -1 : 1));
  for (const record of byAge) {
    const key = templateKey(record.id);
    if (sameRecord(decodeTemplate(area[key]), record)) continue;
    const fits = offer(key, record);
    if (fits !== 'ok') plan.localOnly[record.id] = fits;
  }
  return plan;
}
