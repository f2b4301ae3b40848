// Steps the Gmail and Outlook end-to-end tests share. Functions passed to evaluate run in the
// page, so they close over nothing.
import type { Harness, MailPage } from './harness';

export const SAMPLE = {
  text: 'Thank you for thinking of me.\n\nI cannot take this on right now.',
  html: '<p>Thank you for thinking of me.</p><p>I cannot take this on right now.</p>',
};

export interface BodyState { text: string; signature: string | null; quote: string | null; buttons: number }

/** Every compose body of the page, with the signature and quoted text it holds and the buttons in its window. */
export function bodies(page: MailPage, root: string): Promise<BodyState[]> {
  return page.evaluate((rootSelector) => [...document.querySelectorAll(rootSelector)].map((r) => {
    const body = r.querySelector('[contenteditable="true"][role="textbox"]') as HTMLElement;
    return {
      text: body.innerText,
      signature: body.querySelector('.gmail_signature, #Signature')?.outerHTML ?? null,
      quote: body.querySelector('.gmail_quote, #divRplyFwdMsg')?.outerHTML ?? null,
      buttons: r.querySelectorAll('[data-testid="dp-open"]').length,
    };
  }), root);
}

export function composeIds(page: MailPage): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-testid="dp-open"]')].map((b) => b.dataset.composeId ?? ''));
}

/** What the right-click menu will do from the worker to reach a compose window: compose/insert to the tab at that exact URL. */
export function insertFromWorker(h: Harness, tabUrl: string, req: { composeId: string; html: string; text: string }): Promise<unknown> {
  return h.inWorker(async (g, a) => {
    const api = g.browser ?? g.chrome;
    const [tab] = await api.tabs.query({ url: a.tabUrl });
    return api.tabs.sendMessage(tab.id, { dp: 1, type: 'compose/insert', req: a.req });
  }, { tabUrl, req });
}

export const countOf = (text: string, part: string): number => text.split(part).length - 1;

/** Opens the panel from a window's button and previews a warm English refusal for a full schedule. */
export async function previewFor(page: MailPage, buttonIndex: number): Promise<string> {
  await page.evaluate(() => document.querySelector('[data-testid="dp-panel"]')?.remove());
  await page.evaluate((i) => document.querySelectorAll('[data-testid="dp-open"]')[i]?.setAttribute('data-under-test', ''), buttonIndex);
  await page.click('[data-testid="dp-open"][data-under-test]');
  await page.evaluate(() => document.querySelector('[data-under-test]')?.removeAttribute('data-under-test'));
  return warmEnglishPreview(page);
}

/** In the open panel: a full schedule, in English, warm; returns the preview. */
export async function warmEnglishPreview(page: MailPage): Promise<string> {
  await page.click('panel:[data-testid="dp-reason"][data-reason="schedule-full"]');
  // The panel ignores a page script's change events: focus the language list and press Home,
  // as a user would, for its first entry (English).
  await page.evaluate(() => (document.querySelector('[data-testid="dp-panel"]')!.shadowRoot!.querySelector('select[data-testid="dp-locale"]') as HTMLSelectElement).focus());
  await page.press('Home');
  await page.waitUntil(() => (document.querySelector('[data-testid="dp-panel"]')!.shadowRoot!.querySelector('select[data-testid="dp-locale"]') as HTMLSelectElement).value === 'en');
  await page.click('panel:[data-testid="dp-tone"][data-tone="warm"]');
  return page.evaluate(() => document.querySelector('[data-testid="dp-panel"]')!.shadowRoot!.querySelector('[data-testid="dp-preview"]')!.textContent ?? '');
}
