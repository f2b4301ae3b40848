import { describe, expect, test, vi } from 'vitest';
import { MemoryArea } from '../../shared/storage/memory-area';
import { createStore } from '../../shared/storage/store';
import { badFiles, goodFile } from '../../core/templates/bad-transfer-files.test-helper';
import { parseImportFile } from '../../core/templates/transfer-file';

vi.mock('../../shared/browser', () => ({ default: { runtime: { id: 'ours', getURL: (path: string) => `chrome-extension://ours/${path}` } } }));
vi.mock('../../shared/storage/managed', () => ({ readTeamState: async () => ({}) }));
// The handlers run against an in-memory store; the test reads both areas directly.
const areas = vi.hoisted(() => ({}) as { local: MemoryArea; sync: MemoryArea });
vi.mock('../../shared/storage', () => {
  areas.local = new MemoryArea({ limits: 'none' });
  areas.sync = new MemoryArea();
  return { store: createStore({ ...areas, flushDelayMs: 0 }) };
});

const { saveTemplate } = await import('./save-template');
const { listTemplates } = await import('./list-templates');
const { exportTemplates } = await import('./export-templates');
const { previewImport } = await import('./preview-import');
const { applyImport } = await import('./apply-import');
const { store } = await import('../../shared/storage');

const optionsPage = { id: 'ours', url: 'chrome-extension://ours/options.html' };
const both = (): string => JSON.stringify([[...areas.local.items].sort(), [...areas.sync.items].sort()]);

describe('transfer handlers', () => {
  test('export, then a file with a new and a changed template: the preview names them and apply stores them', async () => {
    const saved = await saveTemplate({ template: { name: 'Agenda', reason: 'schedule-full', locale: 'en', tone: 'warm', body: 'Hi {{clientFirstName}},\n\nI am booked.' } });
    const exported = await exportTemplates({}, optionsPage);
    expect(exported).toMatchObject({ format: 'decline-politely', version: 1, templates: [{ id: saved.id, name: 'Agenda', body: saved.body }] });
    const json = JSON.stringify({ ...exported, templates: [{ ...exported.templates[0], body: 'Booked, sorry.' }, { id: 'n', name: 'Nuevo', reason: 'not-a-fit', locale: 'es', tone: 'firm', body: 'No, gracias.' }] });
    const before = both();
    const preview = await previewImport({ json, mode: 'merge' }, optionsPage);
    expect(preview).toMatchObject({ added: ['Nuevo'], changed: ['Agenda'], skipped: [], removed: [] });
    expect(both()).toBe(before);
    expect(await applyImport({ json, mode: 'merge' }, optionsPage)).toEqual(preview);
    expect((await listTemplates()).templates.map((t) => [t.name, t.body])).toEqual([['Agenda', 'Booked, sorry.'], ['Nuevo', 'No, gracias.']]);
  });

  test('every bad file is refused with its clear message, and storage.local and storage.sync stay byte for byte the same', async () => {
    await store.flush();
    const before = both();
    for (const bad of badFiles()) {
      if (!('refused' in bad)) continue;
      for (const handler of [previewImport, applyImport]) {
        const expected = parseImportFile(bad.json, 'it');
        await expect(handler({ json: bad.json, mode: 'replace', uiLocale: 'it' }, optionsPage), bad.label).rejects.toThrow(expected.ok ? 'accepted?' : expected.error.message);
      }
      expect(both(), bad.label).toBe(before);
    }
  }, 60_000);

  test('a request that is not an import is refused with what is wrong', async () => {
    const json = JSON.stringify(goodFile());
    await expect(applyImport({ json, mode: 'overwrite' } as never, optionsPage)).rejects.toThrow('transfer/apply: "mode" must be "merge" or "replace"');
    await expect(previewImport(null as never, optionsPage)).rejects.toThrow('transfer/preview: the request must be an object');
    await expect(applyImport({ json: 42, mode: 'merge' } as never, optionsPage)).rejects.toThrow(/not valid JSON/u);
  });

  test.each([
    ['our content script on a mail page', { id: 'ours', url: 'https://mail.google.com/mail/u/0/', tab: { id: 3 } }],
    ['another extension', { id: 'theirs', url: 'chrome-extension://theirs/page.html' }],
  ])('%s can neither export nor import', async (_, sender) => {
    const before = both();
    await expect(exportTemplates({}, sender as never)).rejects.toThrow("transfer/export: only the extension's own pages may import or export");
    await expect(applyImport({ json: JSON.stringify(goodFile()), mode: 'replace' }, sender as never)).rejects.toThrow(/only the extension's own pages/u);
    expect(both()).toBe(before);
  });
});
