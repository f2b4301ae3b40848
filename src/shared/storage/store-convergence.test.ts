// The real store on three simulated devices sharing one storage.sync area (last write wins per
// key, as browser sync does), with edits, deletions and syncs in random order.
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

test('devices syncing through storage.sync agree in the end, lose no edit and revive no deletion', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(op, { minLength: 10, maxLength: 40, size: 'max' }), async (ops) => {
      let time = 1_750_000_000_000;
      const now = (): number => time;
      const sync = new MemoryArea({ now });
      const devices: Store[] = [0, 1, 2].map(() => createStore({ local: new MemoryArea({ limits: 'none' }), sync, now, flushDelayMs: 1e9 }));
      const made = new Set<string>();
      const replaced = new Set<string>();
      const deleted: { id: string; version: string }[] = [];
      for (const o of ops) {
        time += 1000;
        const store = devices[o.device]!;
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
      for (let round = 0; round < 3; round++) {
        for (const store of devices) {
          time += 61_000;
          await store.flush();
        }
      }
      const lists = await Promise.all(devices.map(async (d) => (await d.list()).templates));
      expect(lists[1]).toEqual(lists[0]);
      expect(lists[2]).toEqual(lists[0]);
      const present = new Set(lists[0]!.map(versionKey));
      const deletedVersions = new Set(deleted.map((d) => d.version));
      for (const v of made) expect(present.has(v) || replaced.has(v) || deletedVersions.has(v), `edit ${v} vanished`).toBe(true);
      for (const { id, version } of deleted) {
        expect(lists[0]!.filter((t) => t.id === id || versionKey(t) === version), `deleted ${id} came back`).toEqual([]);
      }
      for (const d of devices) expect((await d.status()).localOnly).toEqual([]);
    }),
    { numRuns: 200 },
  );
}, 60_000);
