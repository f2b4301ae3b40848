// Storage that fails or holds what this version cannot read (docs/design.md section 10): a clear
// problem in the sync status, safe defaults, the original kept for recovery, nothing lost.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { TemplateContent } from '../../core/templates/types';
import { DEFAULT_PROFILE } from '../../core/profile';
import { MemoryArea } from './memory-area';
import { createStore } from './store';

const content = (name: string): TemplateContent => ({ name, reason: 'schedule-full', locale: 'en', tone: 'warm', body: 'Hi {{clientFirstName}},\n\nMy calendar is full.' });
let time = 1_750_000_000_000;
const now = (): number => time;
beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

/** A device whose storage.local holds what another (or a broken) version left there. */
async function deviceWith(mirror: unknown, sync = new MemoryArea({ now })) {
  const local = new MemoryArea({ limits: 'none' });
  await local.set({ mirror });
  return { local, sync, store: createStore({ local, sync, now }) };
}

/** A healthy mirror with two templates, one of which never reached storage.sync. */
async function healthyMirror(): Promise<Record<string, any>> {
  const local = new MemoryArea({ limits: 'none' });
  const store = createStore({ local, sync: new MemoryArea({ now }), now, flushDelayMs: 60_000 });
  await store.save(content('Synced once'));
  await store.save(content('Only here'));
  await store.saveProfile({ ...DEFAULT_PROFILE, myName: 'Sam Rivera' });
  return (await local.get('mirror')).mirror as Record<string, any>;
}

describe('storage.sync refusing writes', () => {
  test('the browser\'s write-rate error keeps the template here, says why, and it syncs on the retry a minute later', async () => {
    const sync = new MemoryArea({ now });
    const store = createStore({ local: new MemoryArea({ limits: 'none' }), sync, now });
    const saved = await store.save(content('Refused for the rate'));
    sync.failNextWrite(new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'));
    await store.flush();
    expect((await store.status()).localOnly).toMatchObject([{ id: saved.id, reason: 'rate-limit', messageKey: 'syncRateLimit' }]);
    expect((await store.list()).templates).toEqual([saved]);
    time += 60_000;
    await vi.advanceTimersByTimeAsync(60_000);
    expect((await store.status()).localOnly).toEqual([]);
    expect(await sync.get(`t:${saved.id}`)).toEqual({ [`t:${saved.id}`]: saved });
  });
});

describe('a local mirror this version cannot fully read', () => {
  const damaged: [string, (m: Record<string, any>) => unknown][] = [
    ['not an object at all', () => 'mirror:{"version":2,"dev'],
    ['a list', (m) => [m]],
    ['its library of the wrong type', (m) => ({ ...m, library: 42 })],
    ['cut short: no device and no library', (m) => ({ version: m.version, profile: m.profile })],
  ];
  test.each(damaged)('%s: the original is kept under a recovery key, the status says so, and the extension works', async (_, damage) => {
    const original = damage(await healthyMirror());
    const { local, store } = await deviceWith(original);
    const status = await store.status();
    expect(status.problems).toEqual([{ key: 'syncProblemMirrorDamaged', detail: `recovery:${time}` }]);
    expect((await local.get(`recovery:${time}`))[`recovery:${time}`]).toEqual(original);
    const saved = await store.save(content('After the damage'));
    expect((await store.list()).templates.map((t) => t.id)).toContain(saved.id);
  });

  test('one damaged template: the readable ones stay, the one that never synced included, and the profile too', async () => {
    const mirror = await healthyMirror();
    const ids = Object.keys(mirror.library.templates);
    mirror.library.templates.broken = { id: 'broken', name: 'Half a template' };
    const { local, store } = await deviceWith(mirror);
    const { templates, profile } = await store.list();
    expect(templates.map((t) => t.id).sort()).toEqual(ids.sort());
    expect(profile.myName).toBe('Sam Rivera');
    expect(((await local.get(`recovery:${time}`))[`recovery:${time}`] as any).library.templates.broken).toEqual({ id: 'broken', name: 'Half a template' });
  });

  test('a device id that cannot go into a revision is replaced, so the templates saved next stay readable', async () => {
    const mirror = await healthyMirror();
    const { store } = await deviceWith({ ...mirror, device: 'a:b' });
    const saved = await store.save(content('Saved after'));
    expect(saved.rev).toMatch(/^[^:]+:1$/u);
    time += 1000;
    expect((await store.list()).templates.map((t) => t.id)).toContain(saved.id);
    expect((await store.status()).problems).toEqual([{ key: 'syncProblemMirrorDamaged', detail: `recovery:${time - 1000}` }]);
  });

  test('the problem is still in the sync status after the next sync, which refills the mirror', async () => {
    const sync = new MemoryArea({ now });
    const laptop = createStore({ local: new MemoryArea({ limits: 'none' }), sync, now });
    await laptop.save(content('From the laptop'));
    await laptop.flush();
    const { store } = await deviceWith({ version: 2, device: 7, library: 'broken' }, sync);
    await store.flush();
    expect((await store.list()).templates.map((t) => t.name)).toEqual(['From the laptop']);
    expect((await store.status()).problems).toEqual([{ key: 'syncProblemMirrorDamaged', detail: `recovery:${time}` }]);
  });

  test('an unknown reason for keeping a template local is dropped, so every reason the status lists has its words', async () => {
    const mirror = await healthyMirror();
    const id = Object.keys(mirror.library.templates)[0]!;
    const { store } = await deviceWith({ ...mirror, localOnly: { [id]: 'from-the-future', profile: 'quota' } });
    expect((await store.status()).localOnly).toEqual([{ id: 'profile', reason: 'quota', messageKey: 'syncQuota' }]);
  });

  test('a mirror from a newer version is kept untouched, this version starts fresh and says why', async () => {
    const newer = { ...(await healthyMirror()), version: 3, library: { templates: {}, shelves: {} } };
    const { local, store } = await deviceWith(newer);
    expect((await store.status()).problems).toEqual([{ key: 'syncProblemMirrorNewer', detail: `recovery:${time}` }]);
    expect((await local.get(`recovery:${time}`))[`recovery:${time}`]).toEqual(newer);
    expect((await store.list()).templates).toEqual([]);
  });
});
