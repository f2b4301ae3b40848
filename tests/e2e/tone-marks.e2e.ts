// The live tone check while the user writes (docs/design.md section 12), in both browsers:
// marks over the user's own words in Gmail and Outlook, never inside the editor.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, launch, type Harness, type MailPage } from './harness';
import { MARK, marksCover, marksOf, shownMarks } from './tone-marks-helpers';
import { GMAIL_HEADERS, GMAIL_URL, hostPage, outlookPage } from '../fixtures/serve';

const SENTENCES = [
  "I'm so sorry, I just can't make it, maybe next month",
  'Lo siento muchísimo, simplemente no puedo ir, quizás el mes que viene',
  'Mi dispiace tantissimo, semplicemente non posso venire, magari il mese prossimo',
];
const SENTENCE = SENTENCES[0]!;
const OUTLOOK_TONE_URL = 'https://outlook.office.com/mail/inbox/id/tone';
const PHRASES = ['so sorry', 'just', 'maybe next month'];

describe.each(BROWSERS)('%s: tone marks while writing', (name) => {
  let h: Harness;
  let opened = 0;
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

  /** Types a sentence in each pop-up, in three languages (waiting for its marks when the check is on); returns the editors' HTML. */
  const typeInPopups = async (page: MailPage, marked: boolean) => {
    for (const [i, sentence] of SENTENCES.entries()) {
      await page.click(`.AD:nth-child(${i + 1}) [g_editable="true"] > :first-child, .AD:nth-child(${i + 1}) [g_editable="true"]:not(:has(div))`);
      await page.type(sentence);
      if (marked) await shownMarks(page, 3 * (i + 1));
    }
    return page.evaluate(() => [...document.querySelectorAll('[g_editable="true"]')].map((e) => e.innerHTML));
  };

  /** Types the English sentence in an Outlook reply above the signature and the quote; returns the editor's HTML. */
  const typeInOutlook = async (marked: boolean) => {
    const url = `${OUTLOOK_TONE_URL}${++opened}`;
    h.serve(url, { body: outlookPage('outlook-reply.html') });
    const page = await h.open(url);
    await page.waitFor('[data-testid="dp-open"]');
    await page.click('[contenteditable="true"][role="textbox"] > div:first-child');
    await page.type(SENTENCES[0]!);
    if (marked) await shownMarks(page, 3);
    const html = await page.evaluate(() => document.querySelector('[contenteditable="true"][role="textbox"]')!.innerHTML);
    await page.close();
    return html;
  };

  /** Flips "Check my tone while I write" in the options and saves the profile. */
  const switchLiveTone = async () => {
    const options = await h.openExtensionPage('options.html');
    await options.waitFor('[data-testid="op-live-tone"]');
    await options.click('[data-testid="op-live-tone"]');
    await options.click('[data-testid="op-profile-save"]');
    await options.waitUntil(() => document.querySelector('[data-testid="op-profile"] [role="status"]')?.textContent);
    await options.close();
  };

  test('three Gmail pop-ups in three languages: each marks its own apology, minimizer and vague promise', async () => {
    const page = await gmail();
    await typeInPopups(page, true);
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
    await page.close();
  });

  test('the editors hold byte for byte the HTML that the same typing leaves with the check switched off before they got focus', async () => {
    const marked = await gmail();
    const gmailOn = await typeInPopups(marked, true);
    const outlookOn = await typeInOutlook(true);
    await switchLiveTone();
    await marked.waitUntil(() => !document.querySelector('[data-testid="dp-marks"]'));
    await marked.close();
    const plain = await gmail();
    expect(await typeInPopups(plain, false)).toEqual(gmailOn);
    expect(await typeInOutlook(false)).toEqual(outlookOn);
    expect(await plain.evaluate(() => document.querySelector('[data-testid="dp-marks"]'))).toBe(null);
    await plain.close();
    await switchLiveTone();
  });

  test('Gmail pop-ups moved without resizing: the marks follow their words; a phrase wrapped over two lines is one mark drawn on each line', async () => {
    const page = await gmail();
    await page.click('.AD:nth-child(1) [g_editable="true"]');
    await page.type(SENTENCE);
    await shownMarks(page, 3);
    await marksCover(page, PHRASES);
    // Gmail docks and moves its pop-ups: nothing resizes or scrolls.
    await page.evaluate(() => Object.assign((document.querySelector('.dw') as HTMLElement).style, { right: '230px', bottom: '70px' }));
    expect((await marksCover(page, PHRASES))[0]!.map((m) => m.covers)).toEqual(PHRASES.map((p) => [p]));

    // Narrows the pop-up until "maybe next month" breaks over two lines.
    const lines = await page.evaluate(() => {
      const editor = document.querySelector('.AD:nth-child(1) [g_editable="true"]')!;
      const text = [...editor.childNodes].find((n): n is Text => n instanceof Text && n.data.includes('maybe next month'))!;
      const range = document.createRange();
      range.setStart(text, text.data.indexOf('maybe next month'));
      range.setEnd(text, text.data.indexOf('maybe next month') + 'maybe next month'.length);
      const box = document.querySelector('.AD:nth-child(1)') as HTMLElement;
      const tops = () => new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      for (let width = box.offsetWidth; width > 120 && tops() < 2; width -= 2) box.style.width = `${width}px`;
      return tops();
    });
    expect(lines).toBe(2);
    const wrapped = (await marksCover(page, PHRASES))[0]!;
    expect(wrapped.map((m) => [m.rule, m.covers, m.lines])).toContainEqual(['vague-promise', ['maybe next month'], 2]);
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
    const url = `${OUTLOOK_TONE_URL}${++opened}`;
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
    await switchLiveTone();
    await page.waitUntil(() => !document.querySelector('[data-testid="dp-marks"]'));
    await switchLiveTone();
    await page.close();
  });
});
