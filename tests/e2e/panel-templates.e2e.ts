// Personal templates in the panel (docs/design.md section 1, flows 1 and 4): saved through the worker,
// listed under their reason, filled like a built-in draft, and live when another device syncs one.
import { describe, expect, test } from 'vitest';
import { BROWSERS, type MailPage } from './harness';
import { useBrowser } from './session';
import { GMAIL_HEADERS, GMAIL_URL, fixture, page as fill } from '../fixtures/serve';
import { editorText, previewText } from './panel-helpers';
import { value } from './worker-messages';

const SPANISH = { sender: 'Lucía Ferrer', email: 'lucia@estudioferrer.es', subject: 'Tienda',
  message: 'Hola Sam, ¿tienes hueco para hacernos la tienda online este mes? Un saludo.' };

describe.each(BROWSERS)('%s: personal templates in the panel', (name) => {
  const ctx = useBrowser(name, { optionsPage: true });

  async function openPanel(): Promise<MailPage> {
    const page = await ctx.open(GMAIL_URL, { body: fill(fixture('gmail-panel.html'), SPANISH), headers: GMAIL_HEADERS });
    await page.click('[data-testid="dp-open"]');
    await page.waitFor('panel:[data-testid="dp-reason"]');
    return page;
  }

  test('a template saved through the worker shows under its reason and inserts with its variables filled', async () => {
    const { id } = await value(ctx.options, 'templates/save', { template: { name: 'Booked until spring', reason: 'schedule-full', locale: 'en', tone: 'warm',
      body: "Hi {{clientFirstName}},\n\nThanks for thinking of me. My calendar is full until {{date}}, so I can't take this on.\n\nWarm regards," } }) as { id: string };

    const page = await openPanel();
    await page.click(`panel:[data-testid="dp-template"][data-template-id="${id}"]`);
    expect(await previewText(page)).toBe('Hi Lucía,\n\nThanks for thinking of me.\n\nWarm regards,'); // the sentence waiting for a date is left out, not left gaping
    await page.click('panel:input[data-testid="dp-field"][data-var="date"]');
    await page.type('mid-March');
    await page.waitUntil(() => document.querySelector('[data-testid="dp-panel"]')?.shadowRoot
      ?.querySelector('[data-testid="dp-preview"]')?.textContent?.includes('full until mid-March'));
    await page.click('panel:[data-testid="dp-insert"]');
    await page.waitUntil(() => !document.querySelector('[data-testid="dp-panel"]'));
    const body = await editorText(page);
    expect(body).toMatch(/^Hi Lucía,/u);
    expect(body).toContain("My calendar is full until mid-March, so I can't take this on.");
  });

  test('a template another device writes to storage.sync appears in the open panel without reopening it', async () => {
    const page = await openPanel();
    const remote = { id: 'from-phone-7', name: 'Desde el móvil: no trabajo en festivos', reason: 'after-hours', locale: 'es', tone: 'neutral',
      body: 'Hola {{clientFirstName}}:\n\nGracias por el mensaje. No trabajo en festivos; te respondo el lunes.\n\nUn saludo,',
      rev: 'phone007:1', base: '', device: 'phone007', clock: { phone007: 1 }, updatedAt: Date.now() };
    await ctx.h.inWorker((g, record) => (g.browser ?? g.chrome).storage.sync.set({ [`t:${record.id}`]: record }), remote);
    await page.waitFor('panel:[data-testid="dp-template"][data-template-id="from-phone-7"]');
    await page.click('panel:[data-testid="dp-template"][data-template-id="from-phone-7"]');
    expect(await previewText(page)).toMatch(/^Hola Lucía:\n\nGracias por el mensaje\. No trabajo en festivos/u);
  });
});
