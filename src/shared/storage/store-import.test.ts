import { describe, expect, test } from 'vitest';
import { buildExportFile, type TransferFile } from '../../core/templates/transfer-file';
import type { TemplateContent } from '../../core/templates/types';
import { DEFAULT_PROFILE } from '../../core/profile';
import { MemoryArea } from './memory-area';
import { MIRROR_KEY } from './mirror';
import { createStore } from './store';

const words = (name: string, body = `Hola {{clientFirstName}}:\n\n${name}. Gracias.`): TemplateContent =>
  ({ name, reason: 'schedule-full', locale: 'es', tone: 'warm', body });
let time = 1_750_000_000_000;
const now = (): number => (time += 1000);

function device(sync = new MemoryArea({ now })) {
  const local = new MemoryArea({ limits: 'none' });
  return { local, sync, store: createStore({ local, sync, now, flushDelayMs: 60_000 }) };
}
const contents = (templates: readonly TemplateContent[]) => templates.map(({ name, reason, label, locale, tone, body }) => ({ name, reason, label, locale, tone, body }));
const areaJson = (area: MemoryArea): string => JSON.stringify([...area.items].sort());

describe('importing into the store', () => {
  test('merge stores new templates under new ids and changed ones as a new version, in one mirror write, then syncs them', async () => {
    const { store, sync } = device();
    const kept = await store.save(words('Agenda'));
    const edited = await store.save(words('Presupuesto'));
    await store.flush();
    const file: TransferFile = buildExportFile({ templates: [kept, { ...edited, body: 'Otras palabras.' }, { id: 'elsewhere', ...words('Nueva') }], profile: DEFAULT_PROFILE }, new Date());
    const plan = await store.importFile(file, 'merge');
    expect(plan.added.map((t) => t.name)).toEqual(['Nueva']);
    const after = (await store.list()).templates;
    expect(after.map((t) => t.name)).toEqual(['Agenda', 'Nueva', 'Presupuesto']);
    const added = after.find((t) => t.name === 'Nueva')!;
    expect(added.id).not.toBe('elsewhere');
    const changed = after.find((t) => t.id === edited.id)!;
    expect(changed).toMatchObject({ body: 'Otras palabras.', base: edited.rev });
    expect(after.find((t) => t.id === kept.id)).toEqual(kept);
    await store.flush();
    expect(await sync.get([`t:${added.id}`, `t:${edited.id}`])).toEqual({ [`t:${added.id}`]: added, [`t:${edited.id}`]: changed });
  });

  test('replace deletes what the file lacks on every device, with undo, and takes the file\'s profile', async () => {
    const laptop = device();
    const gone = await laptop.store.save(words('Vieja'));
    await laptop.store.flush();
    const phone = device(laptop.sync);
    await phone.store.flush();
    const profile = { ...DEFAULT_PROFILE, myName: 'Lucía' };
    const plan = await laptop.store.importFile(buildExportFile({ templates: [{ id: 'n1', ...words('Nueva') }], profile }, new Date()), 'replace');
    expect(plan.removed).toEqual([{ id: gone.id, name: 'Vieja' }]);
    await laptop.store.flush();
    await phone.store.flush();
    expect((await phone.store.list()).templates.map((t) => t.name)).toEqual(['Nueva']);
    expect(await phone.store.getProfile()).toEqual(profile);
    const restored = await laptop.store.restore(gone.id);
    expect(restored.body).toBe(gone.body);
  });

  test('an export imported into a new browser in replace mode loses nothing; imported again it changes nothing', async () => {
    const laptop = device();
    for (const [name, body] of [['Café ☕', 'Hola:\n\n\tgracias «por todo» 👩‍👩‍👧'], ['Perché', 'Ciao {{clientFirstName}},\n\ngrazie.\n\n— A.']]) await laptop.store.save(words(name!, body));
    await laptop.store.saveProfile({ ...DEFAULT_PROFILE, myName: 'Zoë', signature: 'Zoë\nStudio', myGender: 'f' });
    const file = JSON.parse(JSON.stringify(buildExportFile(await laptop.store.list(), new Date()))) as TransferFile;

    const fresh = device();
    await fresh.store.importFile(file, 'replace');
    const there = await fresh.store.list();
    expect(contents(there.templates)).toEqual(contents((await laptop.store.list()).templates));
    expect(there.profile).toEqual(await laptop.store.getProfile());

    const before = areaJson(fresh.local);
    const again = buildExportFile(there, new Date());
    for (const mode of ['merge', 'replace'] as const) {
      const plan = await fresh.store.importFile(again, mode);
      expect(plan.skipped).toHaveLength(2);
      expect(areaJson(fresh.local)).toBe(before); // nothing to do: not even the mirror is rewritten
    }
  });

  test('a preview writes nothing', async () => {
    const { store, local, sync } = device();
    await store.save(words('Agenda'));
    const before = [areaJson(local), areaJson(sync)];
    const plan = await store.previewImport(buildExportFile({ templates: [{ id: 'x', ...words('Nueva') }], profile: DEFAULT_PROFILE }, new Date()), 'replace');
    expect(plan.added).toHaveLength(1);
    expect(plan.removed).toHaveLength(1);
    expect([areaJson(local), areaJson(sync)]).toEqual(before);
  });

  test('with a damaged mirror, the original is kept for recovery and export still answers', async () => {
    const { store, local } = device();
    await local.set({ [MIRROR_KEY]: { version: 2, device: 'd', library: { templates: { x: { id: 'x', body: 42 } } } } });
    const snapshot = await store.list();
    expect(buildExportFile(snapshot, new Date()).templates).toEqual([]);
    const recovery = Object.keys(await local.get(null)).filter((k) => k.startsWith('recovery:'));
    expect(recovery).toHaveLength(1);
    expect((await local.get(recovery[0]!))[recovery[0]!]).toMatchObject({ library: { templates: { x: { body: 42 } } } });
  });
});
