// The Decline panel end to end (DESIGN.md section 1, flows 1 and 2): in both browsers, on Gmail
// fixtures served with Gmail's Trusted Types header.
import { describe, expect, test } from 'vitest';
import { BROWSERS, type MailPage } from './harness';
import { useBrowser } from './session';
import { GMAIL_HEADERS, GMAIL_URL, fixture, page as fill } from '../fixtures/serve';
import { editorText, findings, focused, panelAttributes, panelValue, previewText, greetsInSpanish } from './panel-helpers';

const SPANISH = { subject: 'Tienda online', sender: 'Lucía Ferrer', email: 'lucia@estudioferrer.es',
  message: 'Hola Sam, necesitamos la tienda para el viernes que viene, es muy urgente. ¿Podrías tenerla lista en cuatro días en lugar de seis semanas? Un saludo.' };
const ITALIAN = { subject: 'Fattura sito', sender: 'Rossi, Giulia', email: 'giulia.rossi@studiorossi.it',
  message: 'Buongiorno, il sito è consegnato e funziona, ma visto che il risultato non ci convince del tutto vorremmo uno sconto del 30% sulla fattura. Fateci sapere.' };

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
    const opened = await ctx.h.inWorker(async (g, url) => {
      const api = g.browser ?? g.chrome;
      const [tab] = await api.tabs.query({ url });
      return g.declinePolitely.onActionClicked!(tab as never);
    }, page.url);
    expect(opened).toBe('panel');
    await page.waitFor('panel:[data-testid="dp-reason"]');
    expect(await page.evaluate(() => document.querySelector('[data-testid="dp-panel"]')!.shadowRoot!.querySelector('section')!.textContent))
      .not.toContain('Open a reply to insert directly');
    await page.waitFor('panel:[data-testid="dp-insert"]');
  });
});

