// The Decline panel end to end (docs/design.md section 1, flows 1 and 2): in both browsers, on Gmail
// fixtures served with Gmail's Trusted Types header (and one Outlook reply).
import { describe, expect, test } from 'vitest';
import { BROWSERS, type MailPage } from './harness';
import { useBrowser } from './session';
import { GMAIL_HEADERS, GMAIL_URL, fixture, outlookPage, page as fill } from '../fixtures/serve';
import { editorText, findings, focused, panelAttributes, panelValue, previewText, greetsInSpanish } from './panel-helpers';
import { clickToolbarIcon } from './toolbar-icon';

const SPANISH = { subject: 'Tienda online', sender: 'Lucía Ferrer', email: 'lucia@estudioferrer.es',
  message: 'Hola Sam, necesitamos la tienda para el viernes que viene, es muy urgente. ¿Podrías tenerla lista en cuatro días en lugar de seis semanas? Un saludo.' };
const ITALIAN = { subject: 'Fattura sito', sender: 'Rossi, Giulia', email: 'giulia.rossi@studiorossi.it',
  message: 'Buongiorno, il sito è consegnato e funziona, ma visto che il risultato non ci convince del tutto vorremmo uno sconto del 30% sulla fattura. Fateci sapere.' };

// Reading the client like a person would (issue 15): the form of address the client uses, and the
// reason of a long rambling email with a quoted earlier message.
const lines = (...text: string[]) => text.map((line) => `<div>${line || '<br>'}</div>`).join('');

const INFORMAL_SPANISH = { subject: 'Catálogo', sender: 'Martina Sosa', email: 'martina@tiendasosa.com.ar',
  message: lines('Hola Sam, ¿cómo andás?', '¿Me podés pasar el catálogo terminado para el jueves? Nos adelantaron la feria y no llegamos.', 'Gracias, sos un sol.', 'Martina') };

const RAMBLING = { subject: 'Quick update', sender: 'Tom Hughes', email: 'tom@brightline.co.uk',
  message: lines('Hi Sam,', '',
    'Hope you had a good weekend! We finally made it to the coast on Saturday, the kids loved it even though it rained most of the afternoon. Anyway, enough about that.',
    'Bit of news from our side: the board met on Friday and, long story short, the investor presentation has been moved up by two weeks. So instead of the 28th we now need the whole deck, charts and speaker notes included, by this Thursday morning. I know we planned three weeks for it and I know it is a lot to ask, but can you make it happen by then? Everyone here is counting on it.',
    'Also, Priya says hi and says thanks again for the coffee recommendation.', '',
    'Cheers,', 'Tom', '',
    'On Mon, 3 Mar 2026 at 10:12, Sam Rivera <sam.rivera@example.com> wrote:',
    '&gt; Hi Tom, attached is the invoice for the two extra rounds of revisions. As agreed in writing,',
    '&gt; the discount only applied to the first phase, and I cannot guarantee the sales figures you mentioned.') };

const panelChecked = (page: MailPage, selector: string): Promise<boolean | null> => page.evaluate((css) => {
  const el = document.querySelector('[data-testid="dp-panel"]')?.shadowRoot?.querySelector(css) as HTMLInputElement | null;
  return el ? el.checked : null;
}, selector);

// The Outlook reply fixture, answering Giulia Rossi's formal Italian message instead of Lucía's.
const formalItalianReply = () => outlookPage('outlook-reply.html')
  .replaceAll('Lucía Ferrer', 'Giulia Rossi').replaceAll('lucia.ferrer@estudioferrer.es', 'giulia.rossi@studiorossi.it')
  .replace(/<div>Hola Sam,<\/div>.*?<div>Lucía<\/div>/g,
    '<div>Gentile Sam,</div><div>La ringrazio per la proposta. Le chiedo se può consegnare il sito entro venerdì: il nostro evento è stato anticipato.</div><div>Cordiali saluti,</div><div>Giulia Rossi</div>');

const thread = (slots: Record<string, string>) => ({ body: fill(fixture('gmail-panel.html'), slots), headers: GMAIL_HEADERS });

describe.each(BROWSERS)('%s: the Decline panel', (name) => {
  const ctx = useBrowser(name);

  async function open(slots: Record<string, string>): Promise<MailPage> {
    const page = await ctx.open(GMAIL_URL, thread(slots));
    await page.click('[data-testid="dp-open"]');
    await page.waitFor('panel:[data-testid="dp-reason"][data-suggested="true"]');
    return page;
  }

  test('a Spanish client asking for it sooner: suggested reason, Spanish preselected, tone and field shape the draft, insert lands with her name', async () => {
    const page = await open(SPANISH);
    expect(await panelAttributes(page, '[data-testid="dp-reason"][data-suggested="true"]', 'data-reason')).toContain('deadline-too-tight');
    expect(await panelValue(page, 'select[data-testid="dp-locale"]')).toBe('es');
    await page.click('panel:[data-testid="dp-reason"][data-reason="deadline-too-tight"]');
    await page.click('panel:[data-testid="dp-tone"][data-tone="warm"]');
    expect(await panelAttributes(page, '[data-testid="dp-tone"][data-tone="warm"]', 'aria-checked')).toEqual(['true']);
    const warm = await previewText(page);
    expect(warm).toMatch(greetsInSpanish('Lucía'));

    await page.click('panel:input[data-testid="dp-field"][data-var="date"]');
    await page.type('el 12 de diciembre');
    await page.waitUntil(() => document.querySelector('[data-testid="dp-panel"]')?.shadowRoot
      ?.querySelector('[data-testid="dp-preview"]')?.textContent?.includes('12 de diciembre'));

    await page.click('panel:[data-testid="dp-tone"][data-tone="firm"]');
    expect(await previewText(page)).not.toBe(warm);
    expect(await findings(page)).not.toContain('structure/regret-firm');
    await page.click('panel:textarea');
    await page.press('Control+End');
    await page.type(' Lamentablemente, quizá más adelante.');
    await page.waitUntil(() => (document.querySelector('[data-testid="dp-panel"]')?.shadowRoot?.querySelectorAll('[data-testid="dp-finding"][data-severity="warning"]').length ?? 0) > 0);

    await page.click('panel:[data-testid="dp-insert"]');
    await page.waitUntil(() => !document.querySelector('[data-testid="dp-panel"]'));
    const body = await editorText(page);
    expect(body).toMatch(greetsInSpanish('Lucía'));
    expect(body).toContain('quizá más adelante');
    expect(body).toContain('Hola Sam, necesitamos'); // the quoted message is still there, below
    expect(await page.evaluate(() => (window as unknown as { __inputs: number }).__inputs)).toBeGreaterThan(0);
  });

  test('an Italian client wanting a discount after delivery: Italian preselected, the reason suggested, first name from "Rossi, Giulia"', async () => {
    const page = await open(ITALIAN);
    expect(await panelValue(page, 'select[data-testid="dp-locale"]')).toBe('it');
    expect(await panelAttributes(page, '[data-testid="dp-reason"][data-suggested="true"]', 'data-reason')).toContain('discount-after-delivery');
    await page.click('panel:[data-testid="dp-reason"][data-reason="discount-after-delivery"]');
    expect(await previewText(page)).toMatch(/^(Gentile|Buongiorno) Giulia,/u);
    expect(await panelValue(page, 'input[data-var="clientFirstName"]')).toBe('Giulia');
    await page.click('panel:[data-testid="dp-insert"]');
    await page.waitUntil(() => document.querySelector('[g_editable="true"]')?.textContent?.includes('Giulia'));
  });

  test('keyboard only: arrows through reasons, Enter to choose, Tab onward, Esc back to the editor; Gmail shortcuts never fire', async () => {
    const page = await open(SPANISH);
    await page.waitUntil(() => document.querySelector('[data-testid="dp-panel"]')?.shadowRoot?.activeElement !== null);
    expect(await focused(page)).toBe('dp-reason:deadline-too-tight');
    await page.press('ArrowDown');
    const second = await focused(page);
    expect(second).toMatch(/^dp-reason:/u);
    await page.press('Enter');
    const chosen = second.split(':')[1]!;
    expect(await panelAttributes(page, `[data-reason="${chosen}"]`, 'aria-checked')).toEqual(['true']);
    await page.press('Shift+Tab');
    expect(await focused(page)).toBe('dp-filter:');
    await page.type('cj#');
    await page.press('Escape');
    await page.waitUntil(() => !document.querySelector('[data-testid="dp-panel"]'));
    expect(await page.evaluate(() => (window as unknown as { __shortcuts: string[] }).__shortcuts)).toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('g_editable'))).toBe('true');
  });

  test('a page script clicking Insert inside the open shadow root inserts nothing', async () => {
    const page = await open(SPANISH);
    await page.evaluate(() => (document.querySelector('[data-testid="dp-panel"]')!.shadowRoot!.querySelector('[data-testid="dp-insert"]') as HTMLElement).click());
    // A real click after the forged one: once the panel has answered it, the forged click was long handled.
    await page.click('panel:[data-testid="dp-tone"][data-tone="firm"]');
    await page.waitUntil(() => document.querySelector('[data-testid="dp-panel"]')?.shadowRoot
      ?.querySelector('[data-testid="dp-tone"][data-tone="firm"]')?.getAttribute('aria-checked') === 'true');
    expect(await editorText(page)).not.toContain('Lucía:');
    expect(await page.evaluate(() => Boolean(document.querySelector('[data-testid="dp-panel"]')))).toBe(true);
  });

  test('the toolbar icon opens the panel for the compose window on the page', async () => {
    const page = await ctx.open(GMAIL_URL, thread(SPANISH), '[data-testid="dp-open"]');
    const opened = await clickToolbarIcon(ctx.h, page);
    expect(opened).toBe('panel');
    await page.waitFor('panel:[data-testid="dp-reason"]');
    expect(await page.evaluate(() => document.querySelector('[data-testid="dp-panel"]')!.shadowRoot!.querySelector('section')!.textContent))
      .not.toContain('Open a reply to insert directly');
    await page.waitFor('panel:[data-testid="dp-insert"]');
  });

  /** Opens the panel and waits until it shows what the worker read in the client's message. */
  async function openPanel(url: string, body: string, headers?: Record<string, string>, locale = 'es'): Promise<MailPage> {
    const page = await ctx.open(url, headers ? { body, headers } : { body });
    await page.click('[data-testid="dp-open"]');
    await page.waitUntil((want) => (document.querySelector('[data-testid="dp-panel"]')?.shadowRoot
      ?.querySelector('select[data-testid="dp-locale"]') as HTMLSelectElement | null)?.value === want, locale);
    return page;
  }
  const openGmail = (slots: Record<string, string>, locale?: string) =>
    openPanel(GMAIL_URL, thread(slots).body, GMAIL_HEADERS, locale);

  test('a Gmail reply to a client who writes vos: Spanish and the informal form of address preselected, the draft says tú', async () => {
    const page = await openGmail(INFORMAL_SPANISH);
    expect(await panelChecked(page, '[data-testid="dp-formality"]')).toBe(true);
    await page.click('panel:[data-testid="dp-reason"][data-reason="deadline-too-tight"]');
    expect(await previewText(page)).toMatch(/^Hola, Martina:/u);
  });

  test('an Outlook reply to an Italian client who writes Lei: Italian and the formal form of address preselected', async () => {
    const page = await openPanel('https://outlook.office.com/mail/inbox/id/lei', formalItalianReply(), undefined, 'it');
    expect(await panelChecked(page, '[data-testid="dp-formality"]')).toBe(false);
    await page.click('panel:[data-testid="dp-reason"][data-reason="deadline-too-tight"]');
    expect(await previewText(page)).toMatch(/^Gentile Giulia,/u);
  });

  test('a long rambling email with a quoted earlier message: the reason it is about comes first and is chosen', async () => {
    const page = await openGmail(RAMBLING, 'en');
    await page.waitFor('panel:[data-testid="dp-reason"][data-suggested="true"]');
    expect((await panelAttributes(page, '[data-testid="dp-reason"][data-suggested="true"]', 'data-reason'))[0]).toBe('deadline-too-tight');
    expect(await panelAttributes(page, '[data-testid="dp-reason"][aria-checked="true"]', 'data-reason')).toEqual(['deadline-too-tight']);
  });
});
