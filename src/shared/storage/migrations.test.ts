import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { varietyOf } from '../../core/spanish-variety';
import { MemoryArea } from './memory-area';
import { toCurrentLayout } from './migrations';
import { createStore } from './store';

const v1 = (): Record<string, unknown> => JSON.parse(readFileSync(resolve(__dirname, 'fixtures/sync-v1.json'), 'utf8'));
const now = (): number => 1_760_000_000_000;

async function areaWith(items: Record<string, unknown>): Promise<MemoryArea> {
  const area = new MemoryArea({ limits: 'none' });
  await area.set(items);
  return area;
}

describe('version 1 (every template in one synced array) moves to one key per template', () => {
  test('the pure step turns each readable template into its own item and reports the damaged one', () => {
    const result = toCurrentLayout(v1());
    if (!result.ok) throw new Error(result.problem.key);
    expect(result.from).toBe(1);
    expect(Object.keys(result.items).sort()).toEqual(['profile', 'schema', 't:k3v9q2m1x0aa', 't:p7r2c8d4e5bb', 't:z1y2x3w4v5cc']);
    expect(result.items['t:z1y2x3w4v5cc']).toMatchObject({ label: 'Retainer al completo', locale: 'it', updatedAt: 1740787200000 });
    expect(result.problems).toEqual([{ key: 'syncProblemOldTemplate', detail: '4' }]);
  });

  test('a device meeting v1 data keeps every template, rewrites sync in the new layout and keeps the original', async () => {
    const sync = await areaWith(v1());
    const local = new MemoryArea({ limits: 'none' });
    const store = createStore({ local, sync, now });
    await store.flush();
    const { templates, profile } = await store.list();
    expect(templates.map((t) => t.name)).toEqual(['Fully booked, try in spring', 'Retainer pieno', 'Revisiones extra']);
    expect(profile).toMatchObject({ myName: 'Giulia Rossi', tone: 'warm', locale: 'it' });
    const synced = await sync.get(null);
    expect(synced.templates).toBeUndefined();
    expect(synced.schema).toEqual({ version: 2 });
    expect(Object.keys(synced).filter((k) => k.startsWith('t:'))).toHaveLength(3);
    expect((await local.get('recovery:sync-before-migration'))['recovery:sync-before-migration']).toEqual(v1());
    expect((await store.status()).problems).toEqual([{ key: 'syncProblemOldTemplate', detail: '4' }]);
  });

  test('two devices migrating the same data agree and write nothing twice', async () => {
    const sync = await areaWith(v1());
    const a = createStore({ local: new MemoryArea({ limits: 'none' }), sync, now });
    const b = createStore({ local: new MemoryArea({ limits: 'none' }), sync, now });
    await a.flush();
    const writes = sync.writeTimes.length;
    await b.flush();
    expect(sync.writeTimes.length).toBe(writes);
    expect((await b.list()).templates).toEqual((await a.list()).templates);
  });
});

describe('data this version cannot read is kept, not overwritten', () => {
  test('a newer schema in sync: nothing is written there, local templates stay and say why', async () => {
    const future = { schema: { version: 9 }, 'tpl/abc': { whatever: true } };
    const sync = await areaWith(future);
    const store = createStore({ local: new MemoryArea({ limits: 'none' }), sync, now });
    const saved = await store.save({ name: 'Mine', reason: 'not-a-fit', locale: 'en', tone: 'neutral', body: 'Thank you.' });
    await store.flush();
    expect(await sync.get(null)).toEqual(future);
    const status = await store.status();
    expect(status.localOnly).toMatchObject([{ id: saved.id, reason: 'newer-version' }]);
    expect(status.problems).toEqual([{ key: 'syncProblemSyncNewer' }]);
  });

  test('a damaged local mirror is kept under a recovery key and the device starts clean, refilled from sync', async () => {
    const sync = new MemoryArea({ limits: 'none' });
    const other = createStore({ local: new MemoryArea({ limits: 'none' }), sync, now });
    await other.save({ name: 'From the laptop', reason: 'not-a-fit', locale: 'en', tone: 'warm', body: 'Thanks.' });
    await other.flush();
    const local = await areaWith({ mirror: { version: 2, device: 7, library: 'broken' } });
    const store = createStore({ local, sync, now });
    expect((await store.status()).problems).toEqual([{ key: 'syncProblemMirrorDamaged', detail: `recovery:${now()}` }]);
    expect(await local.get(`recovery:${now()}`)).toEqual({ [`recovery:${now()}`]: { version: 2, device: 7, library: 'broken' } });
    await store.flush();
    expect((await store.list()).templates.map((t) => t.name)).toEqual(['From the laptop']);
  });

  test('a synced item that is not a template is reported and left in place', async () => {
    const sync = await areaWith({ schema: { version: 2 }, 't:bad': { id: 'bad', body: 12 } });
    const store = createStore({ local: new MemoryArea({ limits: 'none' }), sync, now });
    await store.flush();
    expect((await sync.get('t:bad'))['t:bad']).toEqual({ id: 'bad', body: 12 });
    expect((await store.status()).problems).toEqual([{ key: 'syncProblemItemUnreadable', detail: 't:bad' }]);
  });

  test('a damaged synced profile is kept on this device before this device\'s profile replaces it', async () => {
    const sync = await areaWith({ schema: { version: 2 }, profile: { value: 'not a profile' } });
    const local = new MemoryArea({ limits: 'none' });
    const store = createStore({ local, sync, now });
    await store.saveProfile({ ...(await store.getProfile()), myName: 'Ana' });
    await store.flush();
    expect((await local.get('recovery:sync-profile'))['recovery:sync-profile']).toEqual({ value: 'not a profile' });
    expect((await sync.get('profile')).profile).toMatchObject({ value: { myName: 'Ana' } });
  });
});

describe('data stored before the Spanish variety and the clause, declined, resources and amount fields', () => {
  // What the previous release wrote: schema 2, a profile without `variety`, templates with the old variables.
  const previous = (): Record<string, unknown> => ({
    schema: { version: 2 },
    profile: { value: { myName: 'Lucía Ferrer', signature: '', tone: 'warm', locale: 'es', formality: 'informal',
      policies: { revisions: 'una ronda', workingHours: '', paymentTerms: '', rate: '60 € la hora', boundaries: '' } }, updatedAt: 5 },
    't:old1': { id: 'old1', name: 'Agenda llena', reason: 'schedule-full', locale: 'es', tone: 'warm',
      body: 'Hola, {{clientFirstName}}:\n\nHasta {{date}} no tengo hueco; te recomiendo a {{referralName}} ({{referralContact}}).\n\n{{myName}}',
      rev: 'd1:1', base: '', device: 'd1', clock: { d1: 1 }, updatedAt: 4 },
  });

  test('the layout needs no migration: nothing is rewritten and the old profile and templates load as they were', async () => {
    expect(toCurrentLayout(previous())).toMatchObject({ ok: true, from: 2, problems: [] });
    const sync = await areaWith(previous());
    const store = createStore({ local: new MemoryArea({ limits: 'none' }), sync, now });
    await store.flush();
    expect(await sync.get(null)).toEqual(previous());
    const { templates, profile } = await store.list();
    expect(templates.map((t) => t.body)).toEqual([(previous()['t:old1'] as { body: string }).body]);
    expect(profile).toMatchObject({ myName: 'Lucía Ferrer', formality: 'informal', policies: { rate: '60 € la hora' } });
    expect((await store.status()).problems).toEqual([]);
  });

  test('a saved tú/usted choice stays; a profile saved before the choice existed follows the client', async () => {
    const store = createStore({ local: new MemoryArea({ limits: 'none' }), sync: await areaWith(previous()), now });
    await store.flush();
    expect((await store.list()).profile.formality).toBe('informal');
    const { formality: _dropped, ...older } = (previous().profile as { value: Record<string, unknown> }).value;
    const before = createStore({ local: new MemoryArea({ limits: 'none' }), sync: await areaWith({ ...previous(), profile: { value: older, updatedAt: 5 } }), now });
    await before.flush();
    expect((await before.list()).profile.formality).toBe('match');
  });

  test('a profile without a variety gets the browser\'s: vosotros for Spanish from Spain, ustedes otherwise', async () => {
    const store = createStore({ local: new MemoryArea({ limits: 'none' }), sync: await areaWith(previous()), now });
    const { profile } = await store.list();
    expect(profile.variety).toBeUndefined();
    expect(varietyOf(profile, ['es-ES', 'es'])).toBe('spain');
    expect(varietyOf(profile, ['es-AR'])).toBe('latam');
    expect(varietyOf(profile, [])).toBe('latam');
  });

  test('a profile saved with a variety keeps it through sync', async () => {
    const sync = await areaWith(previous());
    const a = createStore({ local: new MemoryArea({ limits: 'none' }), sync, now });
    await a.saveProfile({ ...(await a.getProfile()), variety: 'spain' });
    await a.flush();
    const b = createStore({ local: new MemoryArea({ limits: 'none' }), sync, now: () => now() + 1 });
    await b.flush();
    expect((await b.getProfile()).variety).toBe('spain');
  });
});
