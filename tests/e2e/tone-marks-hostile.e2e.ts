// The tone marks on a hostile mail page (docs/design.md sections 10 and 12): the panel's hostile
// page (tests/fixtures/hostile-page.html) plus CSS aimed at the overlay's host and a shifted,
// transformed root element. The marks look the same and cover the same words as on a normal
// page; the page's forged events apply no fix; what the page can read is the findings on the
// words in its own editor, never the extension's stored data.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, launch, type Harness, type MailPage } from './harness';
import { MARK, marksOf, shownMarks } from './tone-marks-helpers';
import { GMAIL_HEADERS, GMAIL_URL, fixture, hostPage } from '../fixtures/serve';

const SENTENCE = "I'm so sorry, I just can't make it, maybe next month";
const PHRASES = ['so sorry', 'just', 'maybe next month'];
const SECRET = `SECRET-${Math.random().toString(36).slice(2, 10)}`;
// Every way page CSS could reach the overlay: its test id, any attribute, a div at the root,
// and a root element that is moved and transformed (the containing block of fixed elements).
const AIMED = `<style>
  [data-testid], [data-testid="dp-marks"], html > div { display: none !important; visibility: hidden !important; opacity: 0 !important;
    position: absolute !important; inset: auto !important; top: 300px !important; left: 200px !important; width: 10px !important;
    height: 10px !important; transform: translate(90px, 40px) scale(1.5) !important; clip-path: inset(50%) !important;
    filter: blur(9px) !important; overflow: hidden !important; z-index: -1 !important; }
  html { display: block !important; margin: 23px 0 0 31px !important; transform: translate(7px, 5px) !important; }
</style>`;

/** How the first shown mark's underline and its host look to the user. */
function markLook(mark: string) {
  const host = document.querySelector('[data-testid="dp-marks"]') as HTMLElement;
  const first = host.shadowRoot!.querySelector(`${mark} .line`)!;
  const pick = (el: Element, props: string[]) => Object.fromEntries(props.map((p) => [p, getComputedStyle(el).getPropertyValue(p)]));
  return {
    host: pick(host, ['display', 'visibility', 'opacity', 'position', 'z-index', 'filter', 'clip-path']),
    mark: pick(first, ['display', 'visibility', 'border-bottom-style', 'border-bottom-width', 'border-bottom-color', 'background-color', 'opacity']),
  };
}

describe.each(BROWSERS)('%s: tone marks on a hostile page', (name) => {
  let h: Harness;
  let pages: MailPage[] = [];
  let opened = 0;
  beforeAll(async () => {
    h = await launch(name);
    const options = await h.openExtensionPage('options.html');
    await options.evaluate(async (secret) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.runtime.sendMessage({ dp: 1, type: 'templates/save', req: { template: { name: 'Kept', reason: 'not-a-fit', locale: 'en', tone: 'neutral',
        body: `Hi {{clientFirstName}},\n\nSo sorry, ${secret} maybe next month.` } } });
    }, SECRET);
    await options.close();
  });
  afterEach(async () => {
    await Promise.all(pages.map((p) => p.close().catch(() => undefined)));
    pages = [];
  });
  afterAll(async () => h?.close());

  async function gmail(hostile: boolean): Promise<MailPage> {
    const url = `${GMAIL_URL}?tone-hostile=${++opened}`;
    const theme = fixture('tripwire.html') + (hostile ? fixture('hostile-page.html') + AIMED : '');
    h.serve(url, { body: hostPage('gmail-popups.html', { theme }), headers: GMAIL_HEADERS });
    const page = await h.open(url);
    pages.push(page);
    await page.waitFor('[data-testid="dp-open"]');
    await page.click('.AD:nth-child(1) [g_editable="true"]');
    await page.type(SENTENCE);
    await shownMarks(page, 3);
    return page;
  }

  test('page CSS neither hides nor moves the marks: same look, and each box still covers its words', async () => {
    const normal = await gmail(false);
    const expected = await normal.evaluate(markLook, MARK);
    expect(expected.host.visibility).toBe('visible');
    const hostile = await gmail(true);
    expect(await hostile.evaluate(markLook, MARK)).toEqual(expected);
    expect((await marksOf(hostile, PHRASES))[0]!.map((m) => m.covers)).toEqual(PHRASES.map((p) => [p]));
  });

  test('forged clicks, keys and pointer events on a mark\'s popup apply no fix and switch nothing off; the page reads no stored data', async () => {
    const page = await gmail(true);
    const forge = () => page.evaluate(() => {
      const root = document.querySelector('[data-testid="dp-marks"]')!.shadowRoot!;
      (root.querySelector('[data-rule="minimizer"]') as HTMLElement).focus();
      for (const id of ['dp-mark-apply', 'dp-mark-off']) {
        const button = root.querySelector(`[data-testid="${id}"]`) as HTMLElement;
        button.click();
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) button.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
        for (const key of ['Enter', ' ']) button.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
        button.dispatchEvent(new KeyboardEvent('keyup', { key: ' ', bubbles: true, composed: true }));
      }
      return root.querySelector('[data-testid="dp-mark-message"]')!.textContent;
    });
    // Focus is the page's to move: the popup opens, with what the rules say of the page's own words.
    expect(await forge()).toContain('“just”');
    await page.evaluate(() => (window as unknown as { __attack(): void }).__attack());
    await forge();
    expect(await page.evaluate(() => document.querySelector('.AD:nth-child(1) [g_editable="true"]')!.textContent)).toBe(SENTENCE);
    expect((await marksOf(page))[0]!.map((m) => m.rule)).toEqual(['apology-excessive', 'minimizer', 'vague-promise']);

    const readable = await page.evaluate(() => (window as unknown as { __pageCanRead(): string }).__pageCanRead());
    expect(readable).toContain('data-rule="minimizer"');
    expect(readable).not.toContain(SECRET);
    expect(await page.evaluate(() => (window as unknown as { __dpTrips: string[] }).__dpTrips)).toEqual([]);

    // The user's own click still works.
    await page.click('marks:[data-testid="dp-mark-apply"]');
    await page.waitUntil(() => document.querySelector('.AD:nth-child(1) [g_editable="true"]')!.textContent === "I'm so sorry, I can't make it, maybe next month");
  });

  test('text the page puts outside the user\'s words gets no marks: its own editable box and the signature', async () => {
    const page = await gmail(false);
    await page.evaluate(() => {
      const box = Object.assign(document.createElement('div'), { contentEditable: 'true', textContent: 'So sorry!! I just maybe next month' });
      box.id = 'page-box';
      document.body.append(box);
      const signature = document.querySelector('.AD:nth-child(2) .gmail_signature')!;
      signature.textContent = 'So sorry, I just maybe next month';
    });
    await page.click('#page-box');
    await page.type(' really sorry!!');
    await page.click('.AD:nth-child(2) [g_editable="true"] > div:first-child');
    await page.type('Thanks for asking.');
    await page.click('.AD:nth-child(1) [g_editable="true"]');
    await page.type(' ');
    await shownMarks(page, 3);
    expect((await marksOf(page)).flat().map((m) => m.rule)).toEqual(['apology-excessive', 'minimizer', 'vague-promise']);
  });
});
