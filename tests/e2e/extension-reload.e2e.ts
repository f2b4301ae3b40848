// The extension is updated or reloaded while a Gmail tab is open (docs/design.md section 10): the old
// content script goes quiet without an error reaching the page, and after the page reloads the
// new one adds its button and a whole insert works.
import { describe, expect, test } from 'vitest';
import { BROWSERS, type MailPage } from './harness';
import { useBrowser } from './session';
import { GMAIL_HEADERS, GMAIL_URL, fixture, page as fill } from '../fixtures/serve';
import { editorText, previewText, greetsInSpanish } from './panel-helpers';

const SPANISH = { sender: 'Lucía Ferrer', email: 'lucia@estudioferrer.es', subject: 'Tienda',
  message: 'Hola Sam, ¿podrías tenernos la tienda online para el viernes? Es urgente, lo sentimos por las prisas.' };

const owners = (page: MailPage): Promise<string[]> =>
  page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-testid="dp-open"]')].map((b) => b.dataset.dpOwner ?? ''));
const pageErrors = (page: MailPage): Promise<string[]> => page.evaluate(() => (window as unknown as { __pageErrors: string[] }).__pageErrors);

describe.each(BROWSERS)('%s: the extension reloaded under an open Gmail tab', (name) => {
  const ctx = useBrowser(name);

  test('the old content script goes quiet with no error in the page; after a page reload the new one inserts', async () => {
    const page = await ctx.open(GMAIL_URL, { body: fill(fixture('gmail-panel.html'), { ...SPANISH, head: fixture('page-errors.html') }), headers: GMAIL_HEADERS },
      '[data-testid="dp-open"]');
    const [before] = await owners(page);

    await ctx.h.reloadExtension();

    // The page goes on: the user types, the host re-renders the bottom bar, the user clicks the button still showing.
    await page.click('[g_editable="true"]');
    await page.type('Hola Lucía, ');
    await page.evaluate(() => {
      const bar = document.querySelector('tr.btC')!;
      const fresh = document.createElement('tr');
      fresh.className = 'btC';
      for (const cell of bar.children) if (!cell.hasAttribute('data-dp-cell')) fresh.append(cell.cloneNode(true));
      bar.replaceWith(fresh);
    });
    if ((await owners(page)).includes(before!)) {
      await page.click(`[data-testid="dp-open"][data-dp-owner="${before}"]`);
      // A click on a dead script's button makes it step down: the button goes, and no panel comes.
      await page.waitUntil((owner) => !document.querySelector(`[data-testid="dp-open"][data-dp-owner="${owner}"]`), before);
    }
    expect(await owners(page)).not.toContain(before);
    expect(await page.evaluate(() => document.querySelector('[data-testid="dp-panel"] [data-testid="dp-reason"]'))).toBeNull();
    expect(await pageErrors(page)).toEqual([]);
    expect(page.errors()).toEqual([]);

    await page.evaluate(() => location.reload());
    await page.waitUntil(() => document.readyState === 'complete' && document.querySelector('[data-testid="dp-open"]'));
    await page.click('[data-testid="dp-open"]');
    await page.click('panel:[data-testid="dp-reason"][data-reason="deadline-too-tight"]');
    expect(await previewText(page)).toMatch(greetsInSpanish('Lucía'));
    await page.click('panel:[data-testid="dp-insert"]');
    await page.waitUntil(() => !document.querySelector('[data-testid="dp-panel"]'));
    expect(await editorText(page)).toMatch(greetsInSpanish('Lucía'));
    expect(await pageErrors(page)).toEqual([]);
    expect(page.errors()).toEqual([]);
  });
});
