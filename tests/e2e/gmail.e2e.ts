// Gmail: one button per compose window, drafts inserted where the user expects, in both browsers.
import { describe, expect, test } from 'vitest';
import { BROWSERS } from './harness';
import { useBrowser } from './session';
import { GMAIL_DARK, GMAIL_HEADERS, GMAIL_URL, fixture, hostPage } from '../fixtures/serve';
import { expectDialogTakesDraft, gmailDialogPage } from './gmail-dialog';
import { SAMPLE, bodies, composeIds, countOf, insertFromWorker, previewFor, warmEnglishPreview } from './compose-helpers';
import { clickToolbarIcon } from './toolbar-icon';

const ROOT = '.M9';

describe.each(BROWSERS)('%s: Gmail', (name) => {
  const ctx = useBrowser(name);
  const open = (path: string, body: string) => ctx.open(GMAIL_URL + path, { body, headers: GMAIL_HEADERS }, '[data-testid="dp-open"]');

  test('an inline reply in a Spanish thread: one button, Lucía greeted, draft above signature and quote, one Ctrl+Z removes it', async () => {
    const page = await open('?thread', hostPage('gmail-thread.html'));
    const [before] = await bodies(page, ROOT);
    expect(before?.buttons).toBe(1);

    await page.evaluate(() => (window as any).__rerenderToolbar(0));
    await page.waitFor('tr.btC [data-testid="dp-open"]');
    expect((await bodies(page, ROOT)).map((b) => b.buttons)).toEqual([1]);

    const preview = await previewFor(page, 0);
    expect(preview).toMatch(/^Dear Lucía,/);
    expect(preview).not.toContain('Sam Rivera'); // the signature already carries the name

    await page.click('panel:[data-testid="dp-insert"]');
    await page.waitUntil(() => !document.querySelector('[data-testid="dp-panel"]'));
    const [after] = await bodies(page, ROOT);
    expect(countOf(after!.text, 'Dear Lucía,')).toBe(1);
    expect(after!.text.indexOf('Dear Lucía,')).toBeLessThan(after!.text.indexOf('Sam Rivera · Diseño web'));
    expect(after!.signature).toBe(before!.signature);
    expect(after!.quote).toBe(before!.quote);
    const events = await page.evaluate(() => (window as any).__events as { type: string; trusted: boolean; body: number }[]);
    expect(events).toContainEqual(expect.objectContaining({ type: 'input', trusted: true, body: 0 }));

    await page.press('Control+z');
    const [undone] = await bodies(page, ROOT);
    expect(undone!.text).not.toContain('Dear Lucía');
    expect(undone!.quote).toBe(before!.quote);
  });

  test.each([['light', ''], ['dark', GMAIL_DARK]])('three pop-ups at once (%s theme): one button each, the draft lands only in the one asked for', async (theme, style) => {
    const page = await open(`?inbox-${theme}`, hostPage('gmail-popups.html', { theme: style }));
    await page.waitUntil(() => document.querySelectorAll('[data-testid="dp-open"]').length === 3);
    await page.evaluate(() => (window as any).__rerenderToolbar(1));
    await page.waitFor('.AD:nth-child(2) tr.btC [data-testid="dp-open"]');
    const before = await bodies(page, ROOT);
    expect(before.map((b) => b.buttons)).toEqual([1, 1, 1]);
    expect(await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-testid="dp-open"]')].map((b) => b.dataset.theme)))
      .toEqual([theme, theme, theme]);

    expect(await previewFor(page, 0)).toMatch(/^Dear Marco,/);
    expect(await previewFor(page, 1)).toMatch(/^Hi all,/);
    expect(await previewFor(page, 2)).toMatch(/^Dear Ana,/);

    const ids = await composeIds(page);
    const answer = await insertFromWorker(ctx.h, page.url, { composeId: ids[1]!, ...SAMPLE });
    expect(answer).toEqual({ ok: true, value: { inserted: true } });
    const after = await bodies(page, ROOT);
    expect(after.map((b) => countOf(b.text, 'Thank you for thinking of me.'))).toEqual([0, 1, 0]);
    expect(after[1]!.text.indexOf('I cannot take')).toBeLessThan(after[1]!.text.indexOf('Sam Rivera'));
    expect(after[1]!.signature).toBe(before[1]!.signature);

    await page.press('Control+z');
    expect((await bodies(page, ROOT))[1]!.text).not.toContain('Thank you');
  });

  test('the draft goes where the user left the caret, saved before the button took focus', async () => {
    const page = await open('?caret', hostPage('gmail-thread.html'));
    await page.click('[g_editable="true"] > div:first-child');
    await page.type('Intro line');
    await previewFor(page, 0);
    await page.click('panel:[data-testid="dp-insert"]');
    await page.waitUntil(() => !document.querySelector('[data-testid="dp-panel"]'));
    const [after] = await bodies(page, ROOT);
    const intro = after!.text.indexOf('Intro line');
    expect(intro).toBeGreaterThanOrEqual(0);
    expect(after!.text.indexOf('Dear Lucía,')).toBeGreaterThan(intro);
    expect(after!.text.indexOf('Dear Lucía,')).toBeLessThan(after!.text.indexOf('Sam Rivera · Diseño web'));
  });

  test('the toolbar icon opens the panel for the compose window opened last', async () => {
    const page = await open('?icon', hostPage('gmail-popups.html'));
    await page.waitUntil(() => document.querySelectorAll('[data-testid="dp-open"]').length === 3);
    const opened = await clickToolbarIcon(ctx.h, page);
    expect(opened).toBe('panel');
    expect(await warmEnglishPreview(page)).toMatch(/^Dear Ana,/);
  });

  test('closing a pop-up, minimising another and opening a new one keeps exactly one button per window', async () => {
    const page = await open('?reopen', hostPage('gmail-popups.html'));
    await page.waitUntil(() => document.querySelectorAll('[data-testid="dp-open"]').length === 3);
    const [closedId] = await composeIds(page);
    await page.evaluate(() => {
      const popups = document.querySelectorAll<HTMLElement>('.AD');
      const fresh = popups[0]!.cloneNode(true) as HTMLElement;
      fresh.querySelectorAll('[data-dp-cell]').forEach((cell) => cell.remove());
      popups[0]!.remove(); // closed
      popups[1]!.style.display = 'none'; // minimised
      popups[1]!.style.display = '';
      document.querySelector('.dw')!.append(fresh); // a new compose window
    });
    await page.waitUntil(() => document.querySelectorAll('.AD:last-child [data-testid="dp-open"]').length === 1);
    expect((await bodies(page, ROOT)).map((b) => b.buttons)).toEqual([1, 1, 1]);
    expect(await insertFromWorker(ctx.h, page.url, { composeId: closedId!, ...SAMPLE }))
      .toEqual({ ok: true, value: { inserted: false, error: expect.stringMatching(/closed/) } });
    const ids = await composeIds(page);
    expect(ids).not.toContain(closedId);
    expect(await insertFromWorker(ctx.h, page.url, { composeId: ids[2]!, ...SAMPLE })).toEqual({ ok: true, value: { inserted: true } });
    expect((await bodies(page, ROOT)).map((b) => countOf(b.text, 'Thank you for thinking of me.'))).toEqual([0, 0, 1]);
  });

  test('a popped-out forward: Giulia greeted, the draft above the forwarded message, one Ctrl+Z removes it', async () => {
    const page = await open('?view=cm&fs=1', hostPage('gmail-popout-forward.html'));
    const [before] = await bodies(page, ROOT);
    expect(before?.buttons).toBe(1);
    expect(await previewFor(page, 0)).toMatch(/^Dear Giulia,/);
    await page.click('panel:[data-testid="dp-insert"]');
    await page.waitUntil(() => !document.querySelector('[data-testid="dp-panel"]'));
    const [after] = await bodies(page, ROOT);
    expect(countOf(after!.text, 'Dear Giulia,')).toBe(1);
    expect(after!.text.indexOf('Dear Giulia,')).toBeLessThan(after!.text.indexOf('Forwarded message'));
    expect(after!.quote).toBe(before!.quote);
    await page.press('Control+z');
    expect((await bodies(page, ROOT))[0]!.text).not.toContain('Dear Giulia');
  });

  test('on a mail page with no compose window, the toolbar icon opens the panel in copy mode', async () => {
    const page = await ctx.open(`${GMAIL_URL}?inbox`, { body: '<!doctype html><title>Inbox - sam.rivera@gmail.com - Gmail</title><div role="main">Inbox</div>', headers: GMAIL_HEADERS });
    const opened = await clickToolbarIcon(ctx.h, page);
    expect(opened).toBe('panel');
    await page.waitFor('panel:[data-testid="dp-copy"]');
    expect(await page.evaluate(() => document.querySelector('[data-testid="dp-panel"]')!.shadowRoot!.querySelector('[data-testid="dp-insert"]'))).toBeNull();
  });

  test('plain-text mode gets text, typed as an insertText input the host sees', async () => {
    const page = await open('?plain', hostPage('gmail-popups.html'));
    await page.waitUntil(() => document.querySelectorAll('[data-testid="dp-open"]').length === 3);
    const ids = await composeIds(page);
    expect(await insertFromWorker(ctx.h, page.url, { composeId: ids[2]!, ...SAMPLE })).toEqual({ ok: true, value: { inserted: true } });
    const html = await page.evaluate(() => document.querySelectorAll('[g_editable="true"]')[2]!.innerHTML);
    expect(html).toContain('Thank you for thinking of me.');
    expect(html).not.toMatch(/<(p|b|strong)\b/);
    const events = await page.evaluate(() => (window as any).__events as { inputType: string; body: number }[]);
    expect(events).toContainEqual(expect.objectContaining({ inputType: 'insertText', body: 2 }));
  });

  test('a "New Message" dialog shaped like the 2020 capture takes a draft under Trusted Types, and one Ctrl+Z removes it', async () => {
    const page = await open('?dialog', gmailDialogPage(fixture('gmail-compose-dialog.html')));
    await expectDialogTakesDraft(ctx.h, page);
  });
});
