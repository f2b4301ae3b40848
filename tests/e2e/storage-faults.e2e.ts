// Stored data this version cannot read, and storage.sync refusing writes, in the real browsers'
// storage (docs/design.md section 10): the panel says so with role="alert", the sync status explains it
// in the browser's language, the original is kept for recovery, and nothing is lost.
import { describe, expect, test } from 'vitest';
import { BROWSERS, eventually } from './harness';
import { useBrowser } from './session';
import { GMAIL_HEADERS, GMAIL_URL, fixture, page as fill } from '../fixtures/serve';
import { editorText, previewText } from './panel-helpers';
import { send } from './worker-messages';

const SPANISH = { sender: 'Lucía Ferrer', email: 'lucia@estudioferrer.es', subject: 'Tienda',
  message: 'Hola Sam, ¿tienes hueco para hacernos la tienda online este mes? Un saludo.' };
const GOOD = { id: 'kept1', name: 'Still readable', reason: 'schedule-full', locale: 'es', tone: 'neutral',
  body: 'Hola {{clientFirstName}}:\n\nGracias por pensar en mí. Este mes tengo la agenda completa.', rev: 'old001:1', base: '',
  device: 'old001', clock: { old001: 1 }, updatedAt: 1_760_000_000_000 };
const DAMAGED_MIRROR = { version: 2, device: 'old001', library: { templates: { kept1: GOOD, cut: { id: 'cut', name: 'Half a templ' } }, tombstones: {} } };

describe.each(BROWSERS)('%s: stored data this version cannot read', (name) => {
  const ctx = useBrowser(name, { optionsPage: true });
  const gmail = { body: fill(fixture('gmail-panel.html'), SPANISH), headers: GMAIL_HEADERS };

  test('a damaged mirror: the panel says so, the readable template still inserts, and the original is kept for recovery', async () => {
    await ctx.h.inWorker((g, mirror) => (g.browser ?? g.chrome).storage.local.set({ mirror }), DAMAGED_MIRROR);
    const page = await ctx.open(GMAIL_URL, gmail);
    await page.click('[data-testid="dp-open"]');
    await page.waitFor('panel:[role="alert"][data-testid="dp-storage-notice"]');
    await page.click('panel:[data-testid="dp-template"][data-template-id="kept1"]');
    expect(await previewText(page)).toMatch(/^Hola Lucía:/u);
    await page.click('panel:[data-testid="dp-insert"]');
    await page.waitUntil(() => !document.querySelector('[data-testid="dp-panel"]'));
    expect(await editorText(page)).toMatch(/^Hola Lucía:\s+Gracias por pensar en mí/u);

    const { problems } = (await send(ctx.options, 'sync/status', {})).value;
    const damaged = problems.find((p: { key: string }) => p.key === 'syncProblemMirrorDamaged');
    expect(damaged.message).toContain(damaged.detail);
    expect(damaged.message).toMatch(/could not be read/u);
    expect(await ctx.h.inWorker((g, key) => (g.browser ?? g.chrome).storage.local.get(key), damaged.detail)).toEqual({ [damaged.detail]: DAMAGED_MIRROR });
  });

  test('storage.sync written by a newer version: nothing is written there, templates stay on this device and the status says why', async () => {
    await ctx.h.inWorker((g) => (g.browser ?? g.chrome).storage.sync.set({ schema: { version: 9 }, 'shelf:1': { from: 'the future' } }));
    const saved = (await send(ctx.options, 'templates/save', { template: { name: 'Kept here', reason: 'not-a-fit', locale: 'en', tone: 'neutral', body: 'Thank you.' } })).value;
    const status = await eventually('the template listed as kept on this device', async () => (await send(ctx.options, 'sync/status', {})).value,
      (s) => s.localOnly.some((t: { id: string }) => t.id === saved.id));
    expect(status.problems).toContainEqual(expect.objectContaining({ key: 'syncProblemSyncNewer', message: expect.stringMatching(/newer version/u) }));
    expect(status.localOnly).toContainEqual(expect.objectContaining({ id: saved.id, reason: 'newer-version', message: expect.stringMatching(/\w/u) }));
    const synced = await ctx.h.inWorker((g) => (g.browser ?? g.chrome).storage.sync.get(null));
    expect(synced.schema).toEqual({ version: 9 });
    expect(synced[`t:${saved.id}`]).toBeUndefined();
    expect((await send(ctx.options, 'templates/list', {})).value.templates.map((t: { id: string }) => t.id)).toContain(saved.id);
  });

  test('storage.sync refusing writes for their rate: the template is kept here, listed, and marked with the reason', async () => {
    await ctx.h.inWorker((g) => (g.browser ?? g.chrome).storage.sync.remove('schema')); // the newer version of the test before is gone
    await ctx.h.inWorker(async (g, browserName) => {
      const area = (g.browser ?? g.chrome).storage.sync;
      if (browserName === 'chromium') {
        // Chromium enforces 120 writes a minute itself: use them up for real.
        for (let i = 0; i < 130; i++) await area.set({ 'rate:probe': i }).catch(() => undefined);
      } else {
        // Firefox enforces no write rate: its API is made to answer as Chromium's does past it.
        area.set = () => Promise.reject(new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'));
      }
    }, name);
    const saved = (await send(ctx.options, 'templates/save', { template: { name: 'Saved in a burst', reason: 'not-a-fit', locale: 'en', tone: 'warm', body: 'Thank you.' } })).value;
    const status = await eventually('the template kept on this device for the write rate', async () => (await send(ctx.options, 'sync/status', {})).value,
      (s) => s.localOnly.some((t: { id: string; reason: string }) => t.id === saved.id && t.reason === 'rate-limit'));
    expect(status.localOnly).toContainEqual(expect.objectContaining({ id: saved.id, reason: 'rate-limit', message: expect.stringMatching(/\w/u) }));
    expect((await send(ctx.options, 'templates/list', {})).value.templates.map((t: { id: string }) => t.id)).toContain(saved.id);
  });
});
