import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { TemplateContent } from '../../core/templates/types';
import { MemoryArea } from './memory-area';
import { createStore } from './store';

const content = (name: string, body = 'Hi {{clientFirstName}},\n\nThanks for asking. My calendar is full until {{date}}.'): TemplateContent =>
  ({ name, reason: 'schedule-full', locale: 'en', tone: 'warm', body });

let time = 1_750_000_000_000;
const now = (): number => time;
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function device(sync: MemoryArea) {
  return createStore({ local: new MemoryArea({ limits: 'none' }), sync, now });
}

/** Laptop and phone share a template, then each edits it before either syncs again: the laptop first, the phone a second later. */
async function editedOnBoth() {
  const sync = new MemoryArea({ now });
  const laptop = device(sync);
  const phone = device(sync);
  const original = await laptop.save(content('Rates'));
  await laptop.flush();
  await phone.flush();
  time += 1000;
  await laptop.save(content('Rates', 'Laptop words.'), original.id);
  time += 1000;
  await phone.save(content('Rates', 'Phone words.'), original.id);
  return { sync, laptop, phone, original };
}

describe('templates shared between two devices', () => {
  test('a template saved on one device appears on the other', async () => {
    const sync = new MemoryArea({ now });
    const laptop = device(sync);
    const phone = device(sync);
    sync.onChanged(() => void phone.flush()); // as the worker does on storage.onChanged
    const saved = await laptop.save(content('Fully booked'));
    await laptop.flush();
    expect((await phone.list()).templates).toEqual([saved]);
  });

  test('edits made on both devices before syncing: the newer wins and the other is a conflict copy on both', async () => {
    const { laptop, phone, original } = await editedOnBoth();
    await phone.flush();
    await laptop.flush();
    await phone.flush();
    for (const store of [laptop, phone]) {
      const bodies = (await store.list()).templates.map((t) => [t.body, t.conflictOf]);
      expect(bodies).toEqual(expect.arrayContaining([['Phone words.', undefined], ['Laptop words.', original.id]]));
      expect((await store.status()).conflicts).toHaveLength(1);
    }
  });

  test('a template deleted on one device stays deleted when the other syncs its old copy', async () => {
    const sync = new MemoryArea({ now });
    const laptop = device(sync);
    const phone = device(sync);
    const saved = await laptop.save(content('Old'));
    await laptop.flush();
    await phone.flush();
    await laptop.remove(saved.id);
    await laptop.flush();
    await phone.flush();
    await laptop.flush();
    expect((await phone.list()).templates).toEqual([]);
    expect((await laptop.list()).templates).toEqual([]);
    expect(Object.keys(await sync.get(null))).not.toContain(`t:${saved.id}`);
  });

  test('a deleted version that lives on as a conflict copy leaves storage.sync, and stays gone past the deletion horizon', async () => {
    const { sync, laptop, phone, original } = await editedOnBoth();
    await laptop.flush();
    await phone.flush(); // the phone's newer edit wins: the laptop's becomes a conflict copy there
    time += 1000;
    await laptop.remove(original.id); // the laptop still shows its own edit, and deletes it
    for (let round = 0; round < 2; round++) {
      await laptop.flush();
      await phone.flush();
    }
    const templateKeys = async (): Promise<string[]> => Object.keys(await sync.get(null)).filter((k) => k.startsWith('t:')).sort();
    const listed = async (store: typeof laptop): Promise<string[]> => (await store.list()).templates.map((t) => `t:${t.id}`).sort();
    expect((await laptop.list()).templates.map((t) => t.body)).toEqual(['Phone words.']);
    expect(await templateKeys()).toEqual(await listed(laptop));
    expect(await listed(phone)).toEqual(await listed(laptop));

    time += 541 * 24 * 3_600_000; // past the 18 months deletions are remembered
    for (let round = 0; round < 2; round++) {
      await laptop.flush();
      await phone.flush();
    }
    for (const store of [laptop, phone]) expect((await store.list()).templates.map((t) => t.body)).toEqual(['Phone words.']);
    expect(Object.keys(await sync.get(null)).filter((k) => k.startsWith('tombstones'))).toEqual([]);
    expect(await templateKeys()).toEqual(await listed(laptop));
  });

  test('the sync status counts what storage.sync holds, leftovers from other versions included', async () => {
    const sync = new MemoryArea({ now });
    const laptop = device(sync);
    await laptop.save(content('Counted'));
    await sync.set({ 'written-by-someone-else': 'x'.repeat(100) });
    await laptop.flush();
    const held = await sync.get(null);
    const status = await laptop.status();
    expect(status.itemsUsed).toBe(Object.keys(held).length);
    expect(status.bytesUsed).toBe(Object.entries(held).reduce((sum, [k, v]) => sum + k.length + JSON.stringify(v).length, 0));
  });

  test('hundreds of deletions all reach the other device, spread over items that each fit', async () => {
    const sync = new MemoryArea({ now });
    const laptop = device(sync);
    const phone = device(sync);
    const saved = [];
    for (let i = 0; i < 250; i++) saved.push(await laptop.save(content(`T${i}`, 'Short.')));
    await laptop.flush();
    await phone.flush();
    expect((await phone.list()).templates).toHaveLength(250);
    for (const t of saved) await laptop.remove(t.id);
    await laptop.flush();
    await phone.flush();
    await laptop.flush();
    expect((await phone.list()).templates).toEqual([]);
    const items = await sync.get(null);
    const chunks = Object.keys(items).filter((k) => k.startsWith('tombstones'));
    expect(chunks.length).toBeGreaterThan(1);
    expect(Object.keys(items).filter((k) => k.startsWith('t:'))).toEqual([]);
  }, 30_000);

  test('undoing a deletion brings the words back as a template that syncs', async () => {
    const sync = new MemoryArea({ now });
    const laptop = device(sync);
    const saved = await laptop.save(content('Keep me'));
    await laptop.remove(saved.id);
    const restored = await laptop.restore(saved.id);
    await laptop.flush();
    const phone = device(sync);
    await phone.flush();
    expect((await phone.list()).templates).toMatchObject([{ id: restored.id, name: 'Keep me', body: saved.body }]);
  });

  test('changes wait a moment and go out in one write', async () => {
    const sync = new MemoryArea({ now });
    const laptop = createStore({ local: new MemoryArea({ limits: 'none' }), sync, now, flushDelayMs: 1000 });
    for (let i = 0; i < 30; i++) await laptop.save(content(`Template ${i}`));
    expect(sync.writeTimes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sync.writeTimes).toHaveLength(1);
    expect((await laptop.status()).localOnly).toEqual([]);
  });
});

describe('limits never cost a word', () => {
  test('past the sync quota, every template stays on this device and the extra ones say why', async () => {
    const sync = new MemoryArea({ now });
    const laptop = device(sync);
    const long = 'A long template paragraph that goes on. '.repeat(150);
    for (let i = 0; i < 20; i++) {
      time += 1000;
      await laptop.save(content(`Long ${i}`, long));
    }
    await laptop.flush();
    const status = await laptop.status();
    expect((await laptop.list()).templates).toHaveLength(20);
    expect(status.bytesUsed).toBeLessThanOrEqual(status.bytesLimit);
    expect(status.localOnly.length).toBeGreaterThan(0);
    expect(status.localOnly.every((t) => t.reason === 'quota' && t.messageKey === 'syncQuota')).toBe(true);

    // Space frees up: the waiting templates sync.
    for (const t of (await laptop.list()).templates.slice(0, 8)) if (!status.localOnly.some((l) => l.id === t.id)) await laptop.remove(t.id);
    await laptop.flush();
    expect((await laptop.status()).localOnly).toEqual([]);
  });

  test('a template too large for one sync item stays local, marked too large', async () => {
    const sync = new MemoryArea({ now });
    const laptop = device(sync);
    const saved = await laptop.save(content('Euros', '€'.repeat(3000)));
    await laptop.flush();
    expect((await laptop.status()).localOnly).toMatchObject([{ id: saved.id, reason: 'too-large' }]);
    expect((await laptop.list()).templates).toHaveLength(1);
  });

  test('a quota error from the browser keeps the template here, marked, and it syncs on the next try', async () => {
    const sync = new MemoryArea({ now });
    const laptop = device(sync);
    const saved = await laptop.save(content('Refused once'));
    sync.failNextWrite(new Error('QUOTA_BYTES quota exceeded'));
    await laptop.flush();
    expect((await laptop.status()).localOnly).toMatchObject([{ id: saved.id, reason: 'quota' }]);
    expect((await laptop.list()).templates).toEqual([saved]);
    await laptop.flush();
    expect((await laptop.status()).localOnly).toEqual([]);
    expect(await sync.get(`t:${saved.id}`)).toEqual({ [`t:${saved.id}`]: saved });
  });

  test('hundreds of saves in a minute stay within the browser write limits and all sync in the end', async () => {
    const sync = new MemoryArea({ now }); // throws once past 120 writes a minute, as Chrome does
    const laptop = device(sync);
    for (let i = 0; i < 250; i++) {
      time += 240;
      await laptop.save(content(`T${i}`, `Body ${i}.`));
      await laptop.flush();
    }
    const perMinute = sync.writeTimes.map((t) => sync.writeTimes.filter((u) => u >= t && u - t < 60_000).length);
    expect(Math.max(...perMinute)).toBeLessThanOrEqual(120);
    expect(sync.refusedWrites).toBe(0);
    expect((await laptop.status()).localOnly.every((t) => t.reason === 'rate-limit')).toBe(true);
    time += 60_000;
    await laptop.flush();
    expect((await laptop.status()).localOnly).toEqual([]);
    expect(Object.keys(await sync.get(null)).filter((k) => k.startsWith('t:'))).toHaveLength(250);
  }, 30_000);
});

test('without storage.sync at all, templates are kept and marked, and the status still answers', async () => {
  const local = new MemoryArea({ limits: 'none' });
  const sync = new MemoryArea({ now });
  sync.get = () => Promise.reject(new Error('storage.sync is disabled'));
  const laptop = createStore({ local, sync, now });
  const saved = await laptop.save(content('Here only'));
  await laptop.flush();
  expect(await laptop.status()).toMatchObject({ bytesUsed: 0, localOnly: [{ id: saved.id, reason: 'sync-unavailable', messageKey: 'syncUnavailable' }] });
  expect((await laptop.list()).templates).toEqual([saved]);
});
