// The real store on two or three simulated devices sharing one storage.sync area (last write wins
// per key, as browser sync does), with edits, deletions and syncs in random order, then a clock
// that runs on for up to years.
import { expect, test } from 'vitest';
import fc from 'fast-check';
import type { TemplateContent, TemplateRecord } from '../../core/templates/types';
import { MemoryArea } from './memory-area';
import { createStore, type Store } from './store';

type Op = { kind: 'create' | 'edit' | 'delete' | 'flush'; device: number; pick: number };
const op = fc.record({ kind: fc.constantFrom('create', 'edit', 'delete', 'flush'), device: fc.nat(2), pick: fc.nat() }) as fc.Arbitrary<Op>;
const versionKey = (t: TemplateRecord): string =>
  `${t.id.endsWith(`~${t.rev}`) ? t.id.slice(0, -(t.rev.length + 1)) : t.id}@${t.rev}`;
const content = (body: string): TemplateContent => ({ name: 'T', reason: 'not-a-fit', locale: 'en', tone: 'neutral', body });
// Past it deletions are forgotten (store.ts): the later clock values land on both sides of it.
const HORIZON_MS = 540 * 24 * 3_600_000;

test('devices syncing through storage.sync agree, lose no edit, revive no deletion at any later time, and leave no item behind', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(2, 3),
      fc.array(op, { minLength: 10, maxLength: 40, size: 'max' }),
      fc.array(fc.integer({ min: 1, max: 2 * HORIZON_MS }), { minLength: 1, maxLength: 3 }),
      async (count, ops, laterSteps) => {
        let time = 1_750_000_000_000;
        const now = (): number => time;
        const sync = new MemoryArea({ now });
        const devices: Store[] = Array.from({ length: count }, () =>
          createStore({ local: new MemoryArea({ limits: 'none' }), sync, now, flushDelayMs: 1e9 }));
        const made = new Set<string>();
        const replaced = new Set<string>();
        const deleted: { id: string; version: string }[] = [];
        for (const o of ops) {
          time += 1000;
          const store = devices[o.device % count]!;
          const list = (await store.list()).templates;
          const target = list[o.pick % Math.max(list.length, 1)];
          if (o.kind === 'create') made.add(versionKey(await store.save(content(`new ${time}`))));
          else if (o.kind === 'edit' && target) {
            made.add(versionKey(await store.save(content(`${target.body} +${time}`), target.id)));
            replaced.add(versionKey(target));
          } else if (o.kind === 'delete' && target) {
            deleted.push({ id: target.id, version: versionKey(target) });
            await store.remove(target.id);
          } else if (o.kind === 'flush') await store.flush();
        }
        const settle = async (): Promise<TemplateRecord[]> => {
          for (let round = 0; round < 3; round++) {
            for (const store of devices) {
              time += 61_000;
              await store.flush();
            }
          }
          const lists = await Promise.all(devices.map(async (d) => (await d.list()).templates));
          for (const list of lists.slice(1)) expect(list).toEqual(lists[0]);
          for (const d of devices) expect((await d.status()).localOnly).toEqual([]);
          // Every item in storage.sync is one some device lists, and every listed template is there.
          const inSync = Object.keys(await sync.get(null)).filter((k) => k.startsWith('t:')).sort();
          expect(inSync, 'an item no device lists').toEqual(lists[0]!.map((t) => `t:${t.id}`).sort());
          for (const { id, version } of deleted) {
            expect(lists[0]!.filter((t) => t.id === id || versionKey(t) === version), `deleted ${id} came back`).toEqual([]);
          }
          return lists[0]!;
        };

        const settled = await settle();
        const present = new Set(settled.map(versionKey));
        const deletedVersions = new Set(deleted.map((d) => d.version));
        for (const v of made) expect(present.has(v) || replaced.has(v) || deletedVersions.has(v), `edit ${v} vanished`).toBe(true);
        for (const step of laterSteps) {
          time += step;
          expect(await settle()).toEqual(settled);
        }
      },
    ),
    { numRuns: 200 },
  );
}, 120_000);
