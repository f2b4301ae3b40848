// Deletions in storage.sync: as many items as they need ("tombstones", "tombstones:2", …),
// each under the per-item limit, so no deletion is ever left out for want of room in one item.
import { sameTombstone } from '../../core/templates/merge';
import type { Tombstone } from '../../core/templates/types';
import { decodeTombstones, encodeTombstones, TOMBSTONES_KEY } from './layout';
import { itemBytes, SYNC_LIMITS } from './limits';

export const tombstonesKey = (index: number): string => (index === 0 ? TOMBSTONES_KEY : `${TOMBSTONES_KEY}:${index + 1}`);
export const isTombstonesKey = (key: string): boolean => key === TOMBSTONES_KEY || key.startsWith(`${TOMBSTONES_KEY}:`);

/** Every deletion recorded in the area's tombstone items. */
export function readTombstoneItems(area: Record<string, unknown>): Record<string, Tombstone> {
  const out: Record<string, Tombstone> = {};
  for (const [key, value] of Object.entries(area)) if (isTombstonesKey(key)) Object.assign(out, decodeTombstones(value));
  return out;
}

/** The items for a set of deletions, in id order so one more deletion changes few of them. */
export function tombstoneItems(tombstones: Record<string, Tombstone>): Record<string, unknown>[] {
  const items: Record<string, unknown>[] = [];
  let current: Record<string, Tombstone> = {};
  for (const id of Object.keys(tombstones).sort()) {
    const next = { ...current, [id]: tombstones[id]! };
    if (Object.keys(current).length > 0 && itemBytes(tombstonesKey(items.length), encodeTombstones(next)) > SYNC_LIMITS.quotaBytesPerItem) {
      items.push(encodeTombstones(current));
      current = { [id]: tombstones[id]! };
    } else {
      current = next;
    }
  }
  if (Object.keys(current).length > 0) items.push(encodeTombstones(current));
  return items;
}

// Compared by meaning, not by JSON text: two devices may list the same clock in another order.
export function sameTombstones(a: Record<string, Tombstone>, b: Record<string, Tombstone>): boolean {
  const ids = Object.keys(a);
  return ids.length === Object.keys(b).length && ids.every((id) => sameTombstone(a[id], b[id]));
}
