// The browser may stop the MV3 worker (Firefox: the event page) at any moment (docs/design.md
// section 10): stopped between every step of a reply and during a save, each next action works.
import { describe, expect, test } from 'vitest';
import { BROWSERS } from './harness';
import { useBrowser } from './session';
import { GMAIL_HEADERS, GMAIL_URL, fixture, page as fill } from '../fixtures/serve';
import { editorText, previewText, greetsInSpanish } from './panel-helpers';
import { send, syncedKey, type Answer } from './worker-messages';

const SPANISH = { sender: 'Lucía Ferrer', email: 'lucia@estudioferrer.es', subject: 'Tienda',
  message: 'Hola Sam, ¿podrías tenernos la tienda online para el viernes? Es urgente, lo sentimos por las prisas.' };

describe.each(BROWSERS)('%s: the worker stopped at any moment', (name) => {
  const ctx = useBrowser(name, { optionsPage: true, idleTimeoutMs: 1500 });
  /** The worker's start time at each stop: all different at the end, so every stop really stopped it. */
  const lives: number[] = [];

  /** Wakes the worker (an extension page asks it something), notes which life it is in, and stops it. */
  async function stopHere(): Promise<void> {
    expect((await send(ctx.options, 'templates/list', {})).ok).toBe(true);
    lives.push(await ctx.h.inWorker((g) => g.performance.timeOrigin));
    await ctx.h.stopWorker();
  }

  test('a whole reply with the worker stopped before every step: open, choose, type, insert, open again', async () => {
    const page = await ctx.open(GMAIL_URL, { body: fill(fixture('gmail-panel.html'), SPANISH), headers: GMAIL_HEADERS }, '[data-testid="dp-open"]');

    await stopHere(); // after the page loaded, before the button is clicked
    await page.click('[data-testid="dp-open"]');
    await page.waitFor('panel:[data-testid="dp-reason"][data-suggested="true"]');

    await stopHere(); // the panel is open
    await page.click('panel:[data-testid="dp-reason"][data-reason="deadline-too-tight"]');
    await page.click('panel:[data-testid="dp-tone"][data-tone="firm"]');
    expect(await previewText(page)).toMatch(greetsInSpanish('Lucía'));

    await stopHere(); // a field was changed
    await page.click('panel:input[data-testid="dp-field"][data-var="clientFirstName"]');
    await page.press('Control+End');
    await page.type(' María');
    expect(await previewText(page)).toMatch(greetsInSpanish('Lucía María'));

    await stopHere(); // right before Insert
    await page.click('panel:[data-testid="dp-insert"]');
    await page.waitUntil(() => !document.querySelector('[data-testid="dp-panel"]'));
    expect(await editorText(page)).toMatch(greetsInSpanish('Lucía María'));

    await stopHere(); // after the insert, before opening the panel again
    await page.click('[data-testid="dp-open"]');
    await page.click('panel:[data-testid="dp-reason"][data-reason="schedule-full"]');
    await page.click('panel:[data-testid="dp-insert"]');
    await page.waitUntil(() => !document.querySelector('[data-testid="dp-panel"]'));
    expect((await editorText(page)).match(/Lucía/gu)?.length).toBeGreaterThanOrEqual(3); // two drafts, and the quote below
  });

  test('stopped while the options page saves a template: nothing is lost, and the template still reaches storage.sync', async () => {
    const template = { name: 'Saved as it stopped', reason: 'schedule-full', locale: 'en', tone: 'warm', body: 'Hi {{clientFirstName}},\n\nMy calendar is full.' };
    expect((await send(ctx.options, 'templates/list', {})).ok).toBe(true);
    lives.push(await ctx.h.inWorker((g) => g.performance.timeOrigin));
    const [answer] = await Promise.all([send(ctx.options, 'templates/save', { template }).catch((error: unknown): Answer => ({ ok: false, error: String(error) })), ctx.h.stopWorker()]);
    // Whether the stop came before or after the answer, a saved template is listed and a refused one can be saved again.
    const saved = answer.ok ? answer.value : (await send(ctx.options, 'templates/save', { template })).value;
    const listed = (await send(ctx.options, 'templates/list', {})).value.templates;
    expect(listed.map((t: { id: string }) => t.id)).toContain(saved.id);
    // The save's sync write was due a second later, in a worker that no longer runs: the next one sends it.
    await syncedKey(ctx.options, `t:${saved.id}`);
    lives.push(await ctx.h.inWorker((g) => g.performance.timeOrigin));
    expect(new Set(lives).size).toBe(lives.length);
  });
});
