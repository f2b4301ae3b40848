// Merging two views of the personal templates (two devices, or a device and the sync area).
// The result depends only on what both sides hold, never on the order deliveries arrive in,
// so every device that has seen the same edits shows the same library.
import { hasSeen, joinClocks, parseRev, sameClock } from './clock';
import type { Library, TemplateRecord, Tombstone } from './types';

/** The newer of two versions: later edit time, then the larger revision (revisions are unique). */
function isNewer(a: TemplateRecord, b: TemplateRecord): boolean {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt;
  return a.rev > b.rev;
}

/**
 * The loser of a concurrent edit, kept under its own id. The id and fields come from the losing
 * version alone, so every device that meets the same conflict makes the same copy.
 */
function conflictCopy(lost: TemplateRecord, of: string): TemplateRecord {
  const { device, n } = parseRev(lost.rev);
  return { ...lost, id: `${of}~${lost.rev}`, clock: { [device]: n }, conflictOf: of };
}

function resolve(x: TemplateRecord, y: TemplateRecord): { keep: TemplateRecord; lost?: TemplateRecord } {
  const clock = joinClocks(x.clock, y.clock);
  const xSeesY = hasSeen(x.clock, y.rev);
  const ySeesX = hasSeen(y.clock, x.rev);
  if (x.rev !== y.rev && xSeesY !== ySeesX) return { keep: { ...(xSeesY ? x : y), clock } };
  const [winner, loser] = isNewer(x, y) ? [x, y] : [y, x];
  // Same revision means same words; neither having seen the other means two people typed.
  const concurrent = x.rev !== y.rev && !xSeesY;
  return concurrent ? { keep: { ...winner, clock }, lost: loser } : { keep: { ...winner, clock } };
}

function joinTombstones(a: Tombstone, b: Tombstone): Tombstone {
  const revs = [...new Set([...a.revs, ...b.revs])].sort();
  return { deletedAt: Math.max(a.deletedAt, b.deletedAt), clock: joinClocks(a.clock, b.clock), revs };
}

/**
 * A version the deletion had seen goes with it (its words, if they lost a conflict, live on in
 * a copy); a later edit survives as a copy. A copy of the very version deleted stays deleted.
 */
function deletedBy(record: TemplateRecord, tombstones: Library['tombstones']): 'deleted' | 'edited-after' | 'alive' {
  const own = tombstones[record.id];
  if (own) return hasSeen(own.clock, record.rev) ? 'deleted' : 'edited-after';
  // Revisions count per id: only a copy not edited since (its id still names its revision) is
  // the same version as one deleted under the original id.
  const unedited = record.conflictOf !== undefined && record.id === `${record.conflictOf}~${record.rev}`;
  const original = unedited ? tombstones[record.conflictOf!] : undefined;
  return original?.revs.includes(record.rev) ? 'deleted' : 'alive';
}

/**
 * Whether these deletions take this version out of every library that merges them: deleted, or
 * moved to a copy under another id. Either way no device lists it under its own id any more.
 */
export const mergedAway = (record: TemplateRecord, tombstones: Library['tombstones']): boolean =>
  deletedBy(record, tombstones) !== 'alive';

export function mergeLibraries(a: Library, b: Library): Library {
  const tombstones: Library['tombstones'] = { ...a.tombstones };
  for (const [id, t] of Object.entries(b.tombstones)) {
    const mine = tombstones[id];
    tombstones[id] = mine ? joinTombstones(mine, t) : t;
  }
  const templates: Library['templates'] = {};
  const queue = [...Object.values(a.templates), ...Object.values(b.templates)];
  for (let record = queue.shift(); record; record = queue.shift()) {
    const fate = deletedBy(record, tombstones);
    if (fate === 'edited-after') queue.push(conflictCopy(record, record.id));
    if (fate !== 'alive') continue;
    const current = templates[record.id];
    if (!current) {
      templates[record.id] = record;
      continue;
    }
    const { keep, lost } = resolve(current, record);
    templates[record.id] = keep;
    if (lost) queue.push(conflictCopy(lost, keep.id));
  }
  return { templates, tombstones };
}

/** Whether two versions would be stored the same way (used to skip needless sync writes). */
export function sameRecord(a: TemplateRecord | undefined, b: TemplateRecord | undefined): boolean {
  if (!a || !b) return a === b;
  return a.rev === b.rev && sameClock(a.clock, b.clock) && a.id === b.id;
}

export const sameTombstone = (a: Tombstone | undefined, b: Tombstone | undefined): boolean =>
  !a || !b ? a === b : a.deletedAt === b.deletedAt && sameClock(a.clock, b.clock) && a.revs.join() === b.revs.join();

/**
 * Forgets deletions older than the horizon, so the record of them stays small. A deletion stays
 * while storage still holds a version it removes (`held`): forgetting it would bring that back.
 */
export function pruneTombstones(library: Library, now: number, horizonMs: number, held: readonly TemplateRecord[]): Library {
  const tombstones = Object.fromEntries(Object.entries(library.tombstones).filter(([id, t]) =>
    now - t.deletedAt < horizonMs || held.some((record) => mergedAway(record, { [id]: t }))));
  return { templates: library.templates, tombstones };
}
