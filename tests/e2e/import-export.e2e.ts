// Import and export through the real worker and the browsers' own storage (docs/design.md section 10:
// a bad import file gets a clear error and changes nothing), from the options page's messages.
import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, eventually } from './harness';
import { useBrowser } from './session';
import { GMAIL_HEADERS, GMAIL_URL, fixture, page as fill } from '../fixtures/serve';
import { previewText } from './panel-helpers';
import { send, value, type Answer } from './worker-messages';
import { badFiles } from '../../src/core/templates/bad-transfer-files.test-helper';
import { parseImportFile, tooLargeMessage } from '../../src/core/templates/transfer-file';

const TEMPLATES = [
  { name: 'Agenda llena ☕', reason: 'schedule-full', locale: 'es', tone: 'warm',
    body: 'Hola {{clientFirstName}}:\n\nGracias por pensar en mí. Hasta {{date}} no tengo hueco.\n\nUn abrazo,' },
  { name: 'Perché no 🙅‍♀️', reason: 'not-a-fit', locale: 'it', tone: 'neutral',
    body: 'Ciao {{clientFirstName}},\n\ngrazie del messaggio.\n\tNon è il progetto giusto per me — ma ti auguro il meglio.' },
  { name: 'Extras', label: 'Scope «bonus»', locale: 'en', tone: 'firm', body: 'Hi {{clientFirstName}},\n\nThat is outside our agreement; I can quote it at {{rate}}.' },
];
const PROFILE = { myName: 'Zoë Müller', signature: 'Zoë\nStudio Ñ', tone: 'warm', locale: 'es', formality: 'informal', myGender: 'f',
  policies: { revisions: 'una ronda de cambios', workingHours: 'de 9 a 18', paymentTerms: '', rate: '60 €/h', boundaries: '' } };
const SPANISH = { sender: 'Lucía Ferrer', email: 'lucia@estudioferrer.es', subject: 'Tienda',
  message: 'Hola Sam, ¿tienes hueco para hacernos la tienda online este mes? Un saludo.' };

const words = (templates: any[]) => templates.map(({ name, reason, label, locale, tone, body }) => ({ name, reason, label, locale, tone, body }))
  .sort((a, b) => (a.name < b.name ? -1 : 1));

describe.each(BROWSERS)('%s: import and export', (name) => {
  const ctx = useBrowser(name, { optionsPage: true });
  beforeAll(async () => {
    for (const template of TEMPLATES) await value(ctx.options, 'templates/save', { template });
    await value(ctx.options, 'profile/save', { profile: PROFILE });
  });

  /** storage.local and storage.sync, whole, as JSON. */
  const areas = (): Promise<string> => ctx.h.inWorker(async (g) => {
    const storage = (g.browser ?? g.chrome).storage;
    return JSON.stringify([await storage.local.get(null), await storage.sync.get(null)]);
  });
  /**
   * Waits until storage.sync holds every template at the revision the worker lists, and the
   * profile: every flush still to come then finds nothing to write, so both areas hold still.
   */
  async function settled(): Promise<string> {
    await eventually('storage.sync to hold every listed template at its revision, and the profile', async () => {
      const { templates, profile } = await value(ctx.options, 'templates/list');
      const items = await ctx.h.inWorker((g) => (g.browser ?? g.chrome).storage.sync.get(null)) as Record<string, any>;
      const waiting = (templates as { id: string; rev: string; name: string }[]).filter((t) => items[`t:${t.id}`]?.rev !== t.rev).map((t) => t.name);
      return isDeepStrictEqual(items.profile?.value, profile) ? waiting : [...waiting, 'the profile'];
    }, (waiting) => waiting.length === 0);
    return areas();
  }

  test('an export imported back changes nothing; after edits, replace brings back exactly what was exported', async () => {
    const exported = await value(ctx.options, 'transfer/export');
    expect(exported).toMatchObject({ format: 'decline-politely', version: 1, profile: PROFILE });
    expect(words(exported.templates)).toEqual(words(TEMPLATES));
    const json = JSON.stringify(exported, null, 2);

    const before = await settled();
    for (const mode of ['merge', 'replace']) {
      const preview = await value(ctx.options, 'transfer/preview', { json, mode });
      expect(preview).toMatchObject({ added: [], changed: [], removed: [], profileChanged: false });
      expect(preview.skipped).toHaveLength(TEMPLATES.length);
      await value(ctx.options, 'transfer/apply', { json, mode });
      expect(await areas()).toBe(before);
    }

    // Change everything: one edited, one deleted, one new, another profile.
    const [first, second] = exported.templates;
    await value(ctx.options, 'templates/save', { id: first.id, template: { ...TEMPLATES[0], body: 'Edited after the export.' } });
    await value(ctx.options, 'templates/delete', { id: second.id });
    await value(ctx.options, 'templates/save', { template: { ...TEMPLATES[2], name: 'Made after the export' } });
    await value(ctx.options, 'profile/save', { profile: { ...PROFILE, myName: 'Someone else' } });

    const preview = await value(ctx.options, 'transfer/preview', { json, mode: 'replace' });
    expect(preview).toMatchObject({ added: [second.name], changed: [first.name], removed: ['Made after the export'], profileChanged: true });
    await value(ctx.options, 'transfer/apply', { json, mode: 'replace' });
    const after = await value(ctx.options, 'templates/list');
    expect(words(after.templates)).toEqual(words(TEMPLATES));
    expect(after.profile).toEqual(PROFILE);
    expect(await value(ctx.options, 'transfer/export')).toMatchObject({ profile: PROFILE, templates: expect.arrayContaining([expect.objectContaining({ id: first.id })]) });
  });

  test('a batch of bad files: each is refused with its clear message, and both storage areas stay byte for byte the same', async () => {
    const files = badFiles({ huge: false }).flatMap((b) => ('refused' in b ? [b.json] : []));
    expect(files.length).toBeGreaterThanOrEqual(50);
    const before = await settled();
    const answers = await ctx.options.evaluate(async (jsons: string[]) => {
      const api = ((globalThis as any).browser ?? (globalThis as any).chrome).runtime;
      // Over the size limit: built here, so 7 MB need not cross from the test to the page.
      const all = [...jsons, `{"format":"decline-politely","version":1,"pad":"${'x'.repeat(7_000_000)}"}`];
      const out: Answer[] = [];
      for (const [i, json] of all.entries()) {
        out.push(await api.sendMessage({ dp: 1, type: i % 2 === 0 ? 'transfer/apply' : 'transfer/preview', req: { json, mode: i % 3 === 0 ? 'merge' : 'replace' } }));
      }
      return out;
    }, files);
    const expected = [...files.map((json) => {
      const parsed = parseImportFile(json, 'en');
      return parsed.ok ? 'accepted' : parsed.error.message;
    }), tooLargeMessage('en')];
    expect(answers).toEqual(expected.map((error) => ({ ok: false, error })));
    expect(await areas()).toBe(before);
  });

  test('a file with a new and a changed template: the preview names them, apply stores them, and the panel lists the new one', async () => {
    const exported = await value(ctx.options, 'transfer/export');
    const changed = exported.templates.find((t: any) => t.locale === 'en');
    const file = { ...exported, templates: [
      { ...changed, body: 'Hi {{clientFirstName}},\n\nExtras are quoted separately.' },
      { id: 'from-a-file', name: 'Importada: sin hueco', reason: 'schedule-full', locale: 'es', tone: 'neutral',
        body: 'Hola {{clientFirstName}}:\n\nGracias por escribir. Este mes no tengo hueco.\n\nUn saludo,' },
    ] };
    const json = JSON.stringify(file);
    const preview = await value(ctx.options, 'transfer/preview', { json, mode: 'merge' });
    expect(preview).toMatchObject({ mode: 'merge', added: ['Importada: sin hueco'], changed: [changed.name], removed: [] });
    expect(await value(ctx.options, 'transfer/apply', { json, mode: 'merge' })).toEqual(preview);

    const list = (await value(ctx.options, 'templates/list')).templates;
    expect(list.find((t: any) => t.id === changed.id).body).toBe('Hi {{clientFirstName}},\n\nExtras are quoted separately.');
    const imported = list.find((t: any) => t.name === 'Importada: sin hueco');
    expect(imported.id).not.toBe('from-a-file');

    const gmail = await ctx.open(GMAIL_URL, { body: fill(fixture('gmail-panel.html'), SPANISH), headers: GMAIL_HEADERS });
    await gmail.click('[data-testid="dp-open"]');
    await gmail.click(`panel:[data-testid="dp-template"][data-template-id="${imported.id}"]`);
    expect(await previewText(gmail)).toBe('Hola Lucía:\n\nGracias por escribir. Este mes no tengo hueco.\n\nUn saludo,');
  });

  test('a request from a page that is not an import is refused with what is wrong', async () => {
    expect(await send(ctx.options, 'transfer/apply', { json: '{}', mode: 'overwrite' }))
      .toEqual({ ok: false, error: 'transfer/apply: "mode" must be "merge" or "replace"' });
  });
});
