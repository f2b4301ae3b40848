// Outlook on the web: the button beside Send, never on the reading pane, and drafts pasted
// through the editor's own paste handling (its own undo), in both browsers.
import { describe, expect, test } from 'vitest';
import { BROWSERS } from './harness';
import { useBrowser } from './session';
import { OUTLOOK_DARK, outlookPage } from '../fixtures/serve';
import { SAMPLE, bodies, composeIds, countOf, insertFromWorker, previewFor } from './compose-helpers';

const ROOT = '.compose';

describe.each(BROWSERS)('%s: Outlook', (name) => {
  const ctx = useBrowser(name);
  const open = (url: string, body: string) => ctx.open(url, { body }, '[data-testid="dp-open"]');

  test('a reply in the reading pane: one button beside Send, kept through re-renders and reopening; Lucía greeted; pasted above signature and quote; Ctrl+Z undoes it', async () => {
    const page = await open('https://outlook.office.com/mail/inbox/id/1', outlookPage('outlook-reply.html'));
    expect(await page.evaluate(() => document.querySelectorAll('[data-testid="dp-open"]').length)).toBe(1);
    expect(await page.evaluate(() => document.querySelector('.ms-Button-splitContainer + [data-testid="dp-open"]') !== null)).toBe(true);

    await page.evaluate(() => (window as any).__rerenderCommandBar());
    await page.waitFor('.commandBar [data-testid="dp-open"]');
    await page.evaluate(() => (window as any).__closeCompose());
    await page.evaluate(() => (window as any).__openCompose());
    await page.waitFor('.compose [data-testid="dp-open"]');
    expect(await page.evaluate(() => document.querySelectorAll('[data-testid="dp-open"]').length)).toBe(1);

    const [before] = await bodies(page, ROOT);
    const preview = await previewFor(page, 0);
    expect(preview).toMatch(/^Dear Lucía,/);
    expect(preview).not.toContain('Sam Rivera');

    await page.click('panel:[data-testid="dp-insert"]');
    await page.waitUntil(() => !document.querySelector('[data-testid="dp-panel"]'));
    const [after] = await bodies(page, ROOT);
    expect(countOf(after!.text, 'Dear Lucía,')).toBe(1);
    expect(after!.text.indexOf('Dear Lucía,')).toBeLessThan(after!.text.indexOf('Diseño web'));
    expect(after!.signature).toBe(before!.signature);
    expect(after!.quote).toBe(before!.quote);
    expect(await page.evaluate(() => (window as any).__events)).toContainEqual(expect.objectContaining({ type: 'paste', body: 0 }));
    expect(await page.evaluate(() => document.querySelector('[role="document"]')!.textContent)).not.toContain('Dear Lucía');

    await page.press('Control+z');
    const [undone] = await bodies(page, ROOT);
    expect(undone!.text).toBe(before!.text);
  });

  test.each([['light', ''], ['dark', OUTLOOK_DARK]])('a popped-out new message to two people (%s theme): one button, a plural greeting, the draft pasted once', async (theme, style) => {
    const page = await open(`https://outlook.live.com/mail/0/deeplink/compose?${theme}`, outlookPage('outlook-popout.html', { theme: style }));
    expect(await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-testid="dp-open"]')].map((b) => b.dataset.theme)))
      .toEqual([theme]);
    expect(await previewFor(page, 0)).toMatch(/^Hi all,/);
    const [id] = await composeIds(page);
    const answer = await insertFromWorker(ctx.h, page.url, { composeId: id!, ...SAMPLE });
    expect(answer).toEqual({ ok: true, value: { inserted: true } });
    const [after] = await bodies(page, ROOT);
    expect(countOf(after!.text, 'Thank you for thinking of me.')).toBe(1);
    expect(await page.evaluate(() => (window as any).__events)).toContainEqual(expect.objectContaining({ type: 'paste' }));
    await page.press('Control+z');
    expect((await bodies(page, ROOT))[0]!.text).not.toContain('Thank you');
  });

  test('when the compose window closes under the panel, Insert shows an alert and offers the draft for copying', async () => {
    const page = await open('https://outlook.cloud.microsoft/mail/', outlookPage('outlook-reply.html'));
    expect(await previewFor(page, 0)).toMatch(/^Dear Lucía,/);
    await page.evaluate(() => (window as any).__closeCompose());
    await page.click('panel:[data-testid="dp-insert"]');
    await page.waitFor('panel:[role="alert"]:not([hidden])');
    const shown = await page.evaluate(() => {
      const root = document.querySelector('[data-testid="dp-panel"]')!.shadowRoot!;
      const copy = root.querySelector<HTMLButtonElement>('[data-testid="dp-copy"]')!;
      return { alert: root.querySelector('[role="alert"]')!.textContent, draft: copy.disabled ? null : root.querySelector('[data-testid="dp-preview"]')!.textContent };
    });
    expect(shown.alert).toMatch(/closed.*copy/i);
    expect(shown.draft).toMatch(/^Dear Lucía,/);
  });

  test('a compose window that is gone gets a message the user can act on, and nothing is thrown into the page', async () => {
    const page = await open('https://outlook.office365.com/mail/inbox', outlookPage('outlook-reply.html'));
    const [id] = await composeIds(page);
    await page.evaluate(() => (window as any).__closeCompose());
    const answer = await insertFromWorker(ctx.h, page.url, { composeId: id!, ...SAMPLE });
    expect(answer).toEqual({ ok: true, value: { inserted: false, error: expect.stringMatching(/closed.*copy/i) } });
  });
});
