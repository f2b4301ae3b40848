import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { createTemplate, deleteTemplate, editTemplate } from './edit';
import { mergeLibraries, pruneTombstones } from './merge';
import { emptyLibrary, type Library, type TemplateContent, type TemplateRecord } from './types';

const content = (body: string): TemplateContent => ({ name: 'Rates', reason: 'budget-too-low', locale: 'en', tone: 'neutral', body });

describe('two devices editing the same template', () => {
  const base = createTemplate('t1', content('v0'), { device: 'a', now: 1 });

  test('an edit made after seeing the other simply replaces it', () => {
    const later = editTemplate(base, content('v1'), { device: 'b', now: 2 });
    const merged = mergeLibraries({ templates: { t1: base }, tombstones: {} }, { templates: { t1: later }, tombstones: {} });
    expect(Object.values(merged.templates).map((t) => t.body)).toEqual(['v1']);
  });

  test('concurrent edits: the newer wins and the other is kept as a visible conflict copy', () => {
    const onA = editTemplate(base, content('from laptop'), { device: 'a', now: 10 });
    const onB = editTemplate(base, content('from phone'), { device: 'b', now: 20 });
    const merged = mergeLibraries({ templates: { t1: onA }, tombstones: {} }, { templates: { t1: onB }, tombstones: {} });
    expect(merged.templates.t1!.body).toBe('from phone');
    const copies = Object.values(merged.templates).filter((t) => t.conflictOf === 't1');
    expect(copies.map((t) => t.body)).toEqual(['from laptop']);
  });

  test('a deletion made without seeing an edit keeps that edit as a copy, and the deleted one stays gone', () => {
    const edited = editTemplate(base, content('edited offline'), { device: 'b', now: 5 });
    const deleted = deleteTemplate({ templates: { t1: base }, tombstones: {} }, 't1', 6);
    const merged = mergeLibraries(deleted, { templates: { t1: edited }, tombstones: {} });
    expect(merged.templates.t1).toBeUndefined();
    expect(Object.values(merged.templates).map((t) => t.body)).toEqual(['edited offline']);
  });

  test('a version deleted on one device does not return as the copy it became elsewhere', () => {
    const older = editTemplate(base, content('laptop, older'), { device: 'a', now: 10 });
    const newer = editTemplate(base, content('phone, newer'), { device: 'b', now: 20 });
    const third = mergeLibraries({ templates: { t1: older }, tombstones: {} }, { templates: { t1: newer }, tombstones: {} });
    const laptopDeletes = deleteTemplate({ templates: { t1: older }, tombstones: {} }, 't1', 30);
    for (const merged of [mergeLibraries(third, laptopDeletes), mergeLibraries(laptopDeletes, third)]) {
      expect(Object.values(merged.templates).map((t) => t.body)).toEqual(['phone, newer']);
    }
  });

  test('deleting the winner of a conflict keeps the conflict copy, on every device', () => {
    const onA = editTemplate(base, content('laptop, lost'), { device: 'a', now: 10 });
    const onB = editTemplate(base, content('phone, won'), { device: 'b', now: 20 });
    const merged = mergeLibraries({ templates: { t1: onA }, tombstones: {} }, { templates: { t1: onB }, tombstones: {} });
    const winnerDeleted = deleteTemplate(merged, 't1', 30);
    const stale = { templates: { t1: onA }, tombstones: {} };
    for (const result of [mergeLibraries(winnerDeleted, stale), mergeLibraries(stale, winnerDeleted)]) {
      expect(Object.values(result.templates).map((t) => t.body)).toEqual(['laptop, lost']);
    }
  });

  test('a deletion past the horizon is forgotten only once storage holds none of the versions it removed', () => {
    const onA = editTemplate(base, content('laptop, lost'), { device: 'a', now: 10 });
    const onB = editTemplate(base, content('phone, won'), { device: 'b', now: 20 });
    const copy = Object.values(mergeLibraries({ templates: { t1: onA }, tombstones: {} }, { templates: { t1: onB }, tombstones: {} }).templates)
      .find((t) => t.conflictOf === 't1')!;
    const deleted = deleteTemplate({ templates: { t1: onA }, tombstones: {} }, 't1', 30);
    expect(pruneTombstones(deleted, 30 + 1000, 1000, [copy]).tombstones).toEqual(deleted.tombstones);
    const survivor = { ...onB, id: `t1~${onB.rev}`, conflictOf: 't1' };
    expect(pruneTombstones(deleted, 30 + 1000, 1000, [survivor]).tombstones).toEqual({});
  });

  test('a device offline for months does not bring a deleted template back', () => {
    const deleted = deleteTemplate({ templates: { t1: base }, tombstones: {} }, 't1', 2);
    const stale = { templates: { t1: base }, tombstones: {} };
    expect(mergeLibraries(stale, deleted).templates).toEqual({});
    expect(mergeLibraries(deleted, stale).templates).toEqual({});
  });
});

// Simulated devices exchanging what they hold through a channel that delays, reorders and
// duplicates deliveries, as browser sync does between a user's computers.
type Op =
  | { kind: 'create'; device: number }
  | { kind: 'edit'; device: number; pick: number }
  | { kind: 'delete'; device: number; pick: number }
  | { kind: 'send'; device: number; pick: number; whole: boolean }
  | { kind: 'deliver'; pick: number; duplicate: boolean };

const DEVICES = 3;
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), device: fc.nat(DEVICES - 1) }),
  fc.record({ kind: fc.constant('edit' as const), device: fc.nat(DEVICES - 1), pick: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), device: fc.nat(DEVICES - 1), pick: fc.nat() }),
  fc.record({ kind: fc.constant('send' as const), device: fc.nat(DEVICES - 1), pick: fc.nat(), whole: fc.boolean() }),
  fc.record({ kind: fc.constant('deliver' as const), pick: fc.nat(), duplicate: fc.boolean() }),
);

interface World {
  devices: Library[];
  inFlight: { to: number; part: Library }[];
  made: Set<string>; // every version a user wrote
  replaced: Set<string>; // versions a user edited further, having seen them
  deleted: { id: string; version: string }[];
}

/** One version of one template, the same whether it is current or survives as a conflict copy. */
const versionKey = (t: TemplateRecord): string =>
  `${t.id.endsWith(`~${t.rev}`) ? t.id.slice(0, -(t.rev.length + 1)) : t.id}@${t.rev}`;

const sorted = (l: Library): TemplateRecord[] => Object.values(l.templates).sort((x, y) => (x.id < y.id ? -1 : 1));

function run(ops: Op[], clockSkew: number[]): World {
  const w: World = { devices: Array.from({ length: DEVICES }, emptyLibrary), inFlight: [], made: new Set(), replaced: new Set(), deleted: [] };
  let time = 0;
  let nextId = 0;
  const ctx = (d: number) => ({ device: `d${d}`, now: ++time + (clockSkew[d] ?? 0) });
  for (const o of ops) {
    if (o.kind === 'deliver') {
      if (w.inFlight.length === 0) continue;
      const i = o.pick % w.inFlight.length;
      const message = w.inFlight[i]!;
      if (!o.duplicate) w.inFlight.splice(i, 1);
      w.devices[message.to] = mergeLibraries(w.devices[message.to]!, message.part);
      continue;
    }
    const lib = w.devices[o.device]!;
    const list = sorted(lib);
    const target = o.kind === 'create' ? undefined : list[o.pick % Math.max(list.length, 1)];
    if (o.kind === 'create') {
      const record = createTemplate(`t${nextId++}`, content(`new ${time}`), ctx(o.device));
      w.made.add(versionKey(record));
      w.devices[o.device] = { ...lib, templates: { ...lib.templates, [record.id]: record } };
    } else if (o.kind === 'edit' && target) {
      const record = editTemplate(target, content(`${target.body} +${time}`), ctx(o.device));
      w.made.add(versionKey(record));
      w.replaced.add(versionKey(target));
      w.devices[o.device] = { ...lib, templates: { ...lib.templates, [record.id]: record } };
    } else if (o.kind === 'delete' && target) {
      w.deleted.push({ id: target.id, version: versionKey(target) });
      w.devices[o.device] = deleteTemplate(lib, target.id, ctx(o.device).now);
    } else if (o.kind === 'send') {
      // One storage key at a time (a template or a deletion), or everything at once.
      const ids = [...Object.keys(lib.templates), ...Object.keys(lib.tombstones)];
      const id = ids[o.pick % Math.max(ids.length, 1)];
      const part: Library = o.whole || id === undefined ? lib : {
        templates: lib.templates[id] ? { [id]: lib.templates[id] } : {},
        tombstones: lib.tombstones[id] ? { [id]: lib.tombstones[id] } : {},
      };
      for (let to = 0; to < DEVICES; to++) if (to !== o.device) w.inFlight.push({ to, part });
    }
  }
  return w;
}

/** Delivers what is still in flight, then lets every device hear from every other. */
function settle(w: World): Library[] {
  let devices = w.devices;
  for (const m of w.inFlight) devices[m.to] = mergeLibraries(devices[m.to]!, m.part);
  for (let round = 0; round < 2; round++) {
    devices = devices.map((mine) => devices.reduce((acc, other) => mergeLibraries(acc, other), mine));
  }
  return devices;
}

test('every device ends with the same library, no edit lost without a copy, no deleted template back', () => {
  fc.assert(
    fc.property(fc.array(op, { minLength: 1, maxLength: 60, size: 'medium' }), fc.array(fc.integer({ min: -5, max: 5 }), { minLength: DEVICES, maxLength: DEVICES }), (ops, skew) => {
      const w = run(ops, skew);
      const finals = settle(w);
      for (const other of finals.slice(1)) expect(sorted(other)).toEqual(sorted(finals[0]!));
      expect(finals[1]!.tombstones).toEqual(finals[0]!.tombstones);

      const present = new Set(sorted(finals[0]!).map(versionKey));
      const deletedVersions = new Set(w.deleted.map((d) => d.version));
      for (const version of w.made) {
        expect(present.has(version) || w.replaced.has(version) || deletedVersions.has(version), `edit ${version} vanished`).toBe(true);
      }
      for (const { id, version } of w.deleted) {
        const back = sorted(finals[0]!).filter((t) => t.id === id || versionKey(t) === version);
        expect(back, `deleted ${id} came back`).toEqual([]);
      }
    }),
    { numRuns: 1500 },
  );
}, 60_000);
