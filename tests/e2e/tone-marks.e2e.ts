// The live tone check while the user writes (docs/design.md section 12), in both browsers:
// marks over the user's own words in Gmail and Outlook, never inside the editor.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, launch, type Harness, type MailPage } from './harness';
import { GMAIL_HEADERS, GMAIL_URL, hostPage, outlookPage } from '../fixtures/serve';

const MARK = '[data-testid="dp-mark"]:not([hidden])';

/** Each overlay's shown marks: rule, category, and the words whose rects its box covers (within a pixel). */
function marksOf(page: MailPage, phrases: string[] = []): Promise<{ rule: string; category: string; covers: string[] }[][]> {
  return page.evaluate(({ mark, phrases }) => {
    const rects = new Map<string, DOMRect>();
    for (const editor of document.querySelectorAll('[contenteditable="true"]')) {
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (const phrase of phrases) {
          const at = node.data.indexOf(phrase);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + phrase.length);
          rects.set(phrase, range.getBoundingClientRect());
        }
      }
    }
    const near = (a: DOMRect, b: DOMRect) => ['left', 'top', 'right', 'bottom'].every((k) => Math.abs((a as any)[k] - (b as any)[k]) <= 1);
    return [...document.querySelectorAll('[data-testid="dp-marks"]')].map((host) =>
      [...host.shadowRoot!.querySelectorAll<HTMLElement>(mark)].map((m) => ({
        rule: m.dataset.rule!,
        category: m.dataset.category!,
        covers: [...rects].filter(([, rect]) => near(rect, m.getBoundingClientRect())).map(([phrase]) => phrase),
      })));
  }, { mark: MARK, phrases });
}

const shownMarks = (page: MailPage, count: number) =>
  page.waitUntil((a) => [...document.querySelectorAll('[data-testid="dp-marks"]')]
    .reduce((n, host) => n + host.shadowRoot!.querySelectorAll(a.mark).length, 0) === a.count, { mark: MARK, count });

describe.each(BROWSERS)('%s: tone marks while writing', (name) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch(name);
  });
  afterAll(async () => h?.close());

  const gmail = async () => {
    h.serve(`${GMAIL_URL}?popups`, { body: hostPage('gmail-popups.html'), headers: GMAIL_HEADERS });
    const page = await h.open(`${GMAIL_URL}?popups`);
    await page.waitFor('[data-testid="dp-open"]');
    return page;
  };

  test('three Gmail pop-ups in three languages: each marks its own apology, minimizer and vague promise, and the editors hold only what was typed', async () => {
    const page = await gmail();
    const sentences = [
      "I'm so sorry, I just can't make it, maybe next month",
      'Lo siento muchísimo, simplemente no puedo ir, quizás el mes que viene',
      'Mi dispiace tantissimo, semplicemente non posso venire, magari il mese prossimo',
    ];
    for (const [i, sentence] of sentences.entries()) {
      await page.click(`.AD:nth-child(${i + 1}) [g_editable="true"] > :first-child, .AD:nth-child(${i + 1}) [g_editable="true"]:not(:has(div))`);
      await page.type(sentence);
      await shownMarks(page, 3 * (i + 1));
    }
    const phrases = [['so sorry', 'just', 'maybe next month'], ['Lo siento muchísimo', 'simplemente', 'quizás el mes que viene'],
      ['Mi dispiace tantissimo', 'semplicemente', 'magari il mese prossimo']];
    const marks = await marksOf(page, phrases.flat());
    expect(marks.map((m) => m.map((x) => x.rule))).toEqual([
      ['apology-excessive', 'minimizer', 'vague-promise'],
      ['apology-excessive', 'minimizer', 'vague-promise'],
      ['apology-excessive', 'minimizer', 'vague-promise'],
    ]);
    expect(marks.map((m) => m.map((x) => x.covers))).toEqual(phrases.map((p) => p.map((phrase) => [phrase])));
    expect(marks[0]!.map((m) => m.category)).toEqual(['over-apology', 'hedge', 'vague-promise']);
    const html = await page.evaluate(() => [...document.querySelectorAll('[g_editable="true"]')].map((e) => e.innerHTML));
    for (const body of html) expect(body).not.toMatch(/dp-|data-testid/);
    expect(await page.evaluate(() => document.querySelector('[g_editable="true"]')!.textContent)).toBe(sentences[0]);
    await page.close();
  });

  test('Gmail: the "just" fix deletes it through the editor, one Ctrl+Z brings it back; switching the message off clears its marks', async () => {
    const page = await gmail();
    await page.click('.AD:nth-child(1) [g_editable="true"]');
    await page.type("I'm so sorry, I just can't make it, maybe next month");
    await shownMarks(page, 3);
    await page.evaluate(() => (document.querySelector('[data-testid="dp-marks"]')!.shadowRoot!
      .querySelector('[data-rule="minimizer"]') as HTMLElement).focus());
    expect(await page.evaluate(() => document.querySelector('[data-testid="dp-marks"]')!.shadowRoot!
      .querySelector('[data-testid="dp-mark-message"]')!.textContent)).toContain('“just”');
    await page.click('marks:[data-testid="dp-mark-apply"]');
    expect(await page.waitUntil(() => {
      const text = document.querySelector('[g_editable="true"]')!.textContent!;
      return !text.includes('just') && text;
    })).toBe("I'm so sorry, I can't make it, maybe next month");
    await shownMarks(page, 2);
    await page.press('Control+z');
    expect(await page.waitUntil(() => document.querySelector('[g_editable="true"]')!.textContent!.includes('I just can'))).toBe(true);
    await shownMarks(page, 3);

    await page.evaluate(() => (document.querySelector('[data-testid="dp-marks"]')!.shadowRoot!
      .querySelector('[data-rule="vague-promise"]') as HTMLElement).focus());
    await page.click('marks:[data-testid="dp-mark-off"]');
    await page.waitUntil(() => !document.querySelector('[data-testid="dp-marks"]'));
    await page.close();
  });

  test('Outlook reply: only the user\'s own words are marked, not the signature or the quoted message; the fix goes through the editor\'s paste and its undo', async () => {
    const url = 'https://outlook.office.com/mail/inbox/id/tone';
    h.serve(url, { body: outlookPage('outlook-reply.html') });
    const page = await h.open(url);
    await page.waitFor('[data-testid="dp-open"]');
    await page.evaluate(() => {
      document.querySelector('#Signature div')!.textContent = 'Sorry again!! I just work here';
      document.querySelector('#divRplyFwdMsg + div div')!.textContent = 'Maybe later, I guess. So sorry.';
    });
    await page.click('[contenteditable="true"][role="textbox"] > div:first-child');
    await page.type("I'm so sorry, I just can't make it, maybe next month");
    await shownMarks(page, 3);
    expect((await marksOf(page))[0]!.map((m) => m.rule)).toEqual(['apology-excessive', 'minimizer', 'vague-promise']);

    await page.evaluate(() => (document.querySelector('[data-testid="dp-marks"]')!.shadowRoot!
      .querySelector('[data-rule="minimizer"]') as HTMLElement).focus());
    await page.click('marks:[data-testid="dp-mark-apply"]');
    await page.waitUntil(() => document.querySelector('[contenteditable="true"][role="textbox"] > div')!.textContent === "I'm so sorry, I can't make it, maybe next month");
    await page.press('Control+z');
    await page.waitUntil(() => document.querySelector('[contenteditable="true"][role="textbox"] > div')!.textContent!.includes('I just can'));
    await page.close();
  });

  test('switching "Check my tone while I write" off in the options removes every mark', async () => {
    const page = await gmail();
    await page.click('.AD:nth-child(1) [g_editable="true"]');
    await page.type('I just wanted to say sorry!!');
    await page.waitUntil((mark) => document.querySelector('[data-testid="dp-marks"]')?.shadowRoot?.querySelector(mark) !== null, MARK);
    const options = await h.openExtensionPage('options.html');
    await options.waitFor('[data-testid="op-live-tone"]');
    await options.click('[data-testid="op-live-tone"]');
    await options.click('[data-testid="op-profile-save"]');
    await page.waitUntil(() => !document.querySelector('[data-testid="dp-marks"]'));
    await options.click('[data-testid="op-live-tone"]');
    await options.click('[data-testid="op-profile-save"]');
    await options.close();
    await page.close();
  });
});
