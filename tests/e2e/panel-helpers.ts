// Reading the open panel from the page (its shadow root is open). The functions run in the page
// and close over nothing; the Gmail fixtures forbid string-to-code, so no eval here.
import type { MailPage } from './harness';

export const previewText = (page: MailPage): Promise<string> => page.evaluate(() =>
  document.querySelector('[data-testid="dp-panel"]')?.shadowRoot?.querySelector('[data-testid="dp-preview"]')?.textContent ?? '');

export const editorText = (page: MailPage): Promise<string> =>
  page.evaluate(() => (document.querySelector('[g_editable="true"]') as HTMLElement).innerText);

export const panelValue = (page: MailPage, selector: string): Promise<string | null> => page.evaluate((css) => {
  const el = document.querySelector('[data-testid="dp-panel"]')?.shadowRoot?.querySelector(css) as HTMLInputElement | null;
  return el ? el.value : null;
}, selector);

export const panelAttributes = (page: MailPage, selector: string, attribute: string): Promise<(string | null)[]> =>
  page.evaluate(([css, name]: [string, string]) => [...(document.querySelector('[data-testid="dp-panel"]')?.shadowRoot?.querySelectorAll(css) ?? [])]
    .map((el) => el.getAttribute(name)), [selector, attribute] as [string, string]);

export const findings = (page: MailPage): Promise<string[]> => page.evaluate(() =>
  [...(document.querySelector('[data-testid="dp-panel"]')?.shadowRoot?.querySelectorAll('[data-testid="dp-finding"]') ?? [])]
    .map((el) => el.getAttribute('data-rule') ?? ''));

/** The element focused inside the panel, as "testid:attr" for assertions. */
export const focused = (page: MailPage): Promise<string> => page.evaluate(() => {
  const el = document.querySelector('[data-testid="dp-panel"]')?.shadowRoot?.activeElement as HTMLElement | null;
  return el ? `${el.dataset.testid ?? el.tagName.toLowerCase()}:${el.dataset.reason ?? el.dataset.tone ?? el.dataset.var ?? ''}` : 'none';
});

/** The start of a formal Spanish draft to this client: any of the house greetings, so a test does not pin one wording. */
export const greetsInSpanish = (name: string): RegExp => new RegExp(`^(Hola, |Buenos días, |Estimad[oa] )${name}:`, 'u');
