// A host redesign our selectors do not know (docs/design.md section 10): no exception reaches the page,
// no button goes where it could not work, and the toolbar icon still opens the panel: in copy
// mode where no compose window is recognised, beside the one whose toolbar is gone otherwise.
import { describe, expect, test } from 'vitest';
import { BROWSERS, type MailPage } from './harness';
import { useBrowser } from './session';
import { GMAIL_HEADERS, GMAIL_URL, OUTLOOK_URL, fixture, page as fill } from '../fixtures/serve';
import { previewText } from './panel-helpers';
import { clickToolbarIcon } from './toolbar-icon';

const ERRORS = fixture('page-errors.html');
/** The editor lost Gmail's g_editable flag; the window wrapper (.M9) and the bottom bar (tr.btC) were renamed, and no subject field is left to find the window by. */
const NOTHING_MATCHES = `
  <div class="compose"><div contenteditable="true" role="textbox" aria-multiline="true"><div><br></div></div>
    <table><tbody><tr class="btC"><td class="gU Up"><div role="button">Send</div></td></tr></tbody></table></div>
  <div class="compose"><div g_editable="true" contenteditable="true" role="textbox" aria-multiline="true"><div><br></div></div>
    <table><tbody><tr class="sendRow"><td class="cell"><div role="button">Send</div></td></tr></tbody></table></div>`;
/** The compose window is still known by its editor, but its bottom bar with Send is gone. */
const TOOLBAR_GONE = `
  <div class="M9 compose"><div g_editable="true" contenteditable="true" role="textbox" aria-multiline="true"><div><br></div></div></div>`;

describe.each(BROWSERS)('%s: a mail page our selectors no longer match', (name) => {
  const ctx = useBrowser(name);

  async function openAt(url: string, body: string, headers?: Record<string, string>): Promise<MailPage> {
    const page = await ctx.open(url, { body, ...(headers ? { headers } : {}) });
    await page.waitUntil(() => document.readyState === 'complete');
    return page;
  }


  /** The host keeps changing its page: more windows of the same unknown shape, and typing in them. */
  async function keepChanging(page: MailPage): Promise<void> {
    await page.evaluate(() => {
      const main = document.querySelector('[role="main"], #ReadingPaneContainerId')!;
      for (const compose of [...document.querySelectorAll('.compose')]) main.append(compose.cloneNode(true));
    });
    await page.click('[contenteditable="true"]');
    await page.type('Hola Lucía');
  }

  const pageErrors = (page: MailPage): Promise<string[]> => page.evaluate(() => (window as unknown as { __pageErrors: string[] }).__pageErrors);

  async function copyFromIcon(page: MailPage): Promise<void> {
    expect(await clickToolbarIcon(ctx.h, page)).toBe('panel');
    await page.waitFor('panel:[role="alert"]');
    expect(await page.evaluate(() => document.querySelector('[data-testid="dp-panel"]')!.shadowRoot!.querySelector('[data-testid="dp-insert"]'))).toBeNull();
    await page.click('panel:[data-testid="dp-reason"][data-reason="schedule-full"]');
    expect(await previewText(page)).toMatch(/\w/u);
    await page.click('panel:[data-testid="dp-copy"]');
    await page.waitFor('panel:[role="status"]');
  }

  test('Gmail: an editor without its flag and renamed windows get no button, nothing is thrown, and the toolbar icon offers the draft to copy', async () => {
    const page = await openAt(GMAIL_URL, fill(fixture('gmail-changed.html'), { errors: ERRORS, compose: NOTHING_MATCHES }), GMAIL_HEADERS);
    await keepChanging(page);
    expect(await page.evaluate(() => document.querySelectorAll('[data-testid="dp-open"]').length)).toBe(0);
    await copyFromIcon(page);
    expect(await pageErrors(page)).toEqual([]);
    expect(page.errors()).toEqual([]);
  });

  test('Gmail: a compose window without its bottom bar gets no button, and the toolbar icon opens the panel beside it to insert', async () => {
    const page = await openAt(GMAIL_URL, fill(fixture('gmail-changed.html'), { errors: ERRORS, compose: TOOLBAR_GONE }), GMAIL_HEADERS);
    await page.click('[contenteditable="true"]');
    expect(await page.evaluate(() => document.querySelectorAll('[data-testid="dp-open"]').length)).toBe(0);
    expect(await clickToolbarIcon(ctx.h, page)).toBe('panel');
    await page.click('panel:[data-testid="dp-reason"][data-reason="schedule-full"]');
    await page.click('panel:[data-testid="dp-insert"]');
    await page.waitUntil(() => !document.querySelector('[data-testid="dp-panel"]'));
    expect(await page.evaluate(() => (document.querySelector('[contenteditable="true"]') as HTMLElement).innerText)).toMatch(/Lucía/u);
    expect(await pageErrors(page)).toEqual([]);
    expect(page.errors()).toEqual([]);
  });

  test('Outlook: an editor outside editorParent_ and a Send without its classes: no button, nothing thrown, copy mode from the toolbar icon', async () => {
    const page = await openAt(OUTLOOK_URL, fill(fixture('outlook-changed.html'), { errors: ERRORS }));
    await keepChanging(page);
    expect(await page.evaluate(() => document.querySelectorAll('[data-testid="dp-open"]').length)).toBe(0);
    await copyFromIcon(page);
    expect(await pageErrors(page)).toEqual([]);
    expect(page.errors()).toEqual([]);
  });
});
