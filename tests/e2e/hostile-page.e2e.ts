// A hostile mail page (docs/design.md section 10; tests/fixtures/hostile-page.html): CSS that resets
// and forces everything, overlays at the highest z-index, tampered built-ins, forged messages and
// events under our names, and a loop that keeps clicking inside the panel. The panel looks as it
// does on a normal page, the user's real clicks still insert, and the page neither inserts nor
// reads anything the user has not put on screen.
import { beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, type MailPage } from './harness';
import { useBrowser } from './session';
import { GMAIL_HEADERS, GMAIL_URL, fixture, outlookPage, page as fill } from '../fixtures/serve';

const CLIENT = { sender: 'Ana Ruiz', email: 'ana@example.com', subject: 'Proyecto', message: 'Hi Sam, could you take on the redesign this month?' };
const OUTLOOK_URL = 'https://outlook.office.com/mail/inbox/id/hostile-page';
const overlay = (side: 'left' | 'right', edge: 'top' | 'bottom') =>
  `<div class="dp-overlay" style="position:fixed !important;${edge}:0 !important;${side}:0 !important;width:300px !important;height:70px !important;` +
  'z-index:2147483647 !important;background:rgba(255,0,255,.6) !important;display:block !important">overlay</div>';
// Beside the panel, never over it: Gmail's panel docks left of the reply, Outlook's at the right edge.
const GMAIL_OVERLAYS = overlay('right', 'top') + overlay('right', 'bottom');
const OUTLOOK_OVERLAYS = overlay('left', 'top') + overlay('left', 'bottom');
const SECRET = `SECRET-BODY-${Math.random().toString(36).slice(2, 10)}`;

type Answer = { ok: boolean; value?: { id: string }; error?: string };

/** The panel's box, the styles a user sees, and whether it is on top at its centre and corners. */
function panelLook() {
  const host = document.querySelector('[data-testid="dp-panel"]') as HTMLElement;
  const root = host.shadowRoot!;
  const box = host.getBoundingClientRect();
  const pick = (el: Element | null, props: string[]) => {
    const style = el ? getComputedStyle(el) : null;
    return Object.fromEntries(props.map((p) => [p, style?.getPropertyValue(p) ?? 'missing']));
  };
  const text = ['font-family', 'font-size', 'font-style', 'color', 'letter-spacing', 'text-transform'];
  const boxProps = ['display', 'background-color', 'border-top-width', 'border-top-style', 'padding-top', 'padding-left', 'border-radius', 'opacity', 'transform', 'filter'];
  const inset = 6;
  const points = [[box.left + box.width / 2, box.top + box.height / 2], [box.left + inset, box.top + inset], [box.right - inset, box.top + inset],
    [box.left + inset, box.bottom - inset], [box.right - inset, box.bottom - inset]];
  return {
    size: { width: Math.round(box.width), height: Math.round(box.height) },
    inViewport: box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth,
    host: pick(host, ['position', 'z-index', 'display', 'visibility', 'opacity', 'transform', 'filter', 'margin-top', 'transition-duration']),
    panel: pick(root.querySelector('.panel'), [...text, ...boxProps]),
    title: pick(root.querySelector('h2'), [...text, 'margin-top']),
    heading: pick(root.querySelector('h3'), text),
    insert: pick(root.querySelector('[data-testid="dp-insert"]'), [...text, ...boxProps]),
    filter: pick(root.querySelector('[data-testid="dp-filter"]'), [...text, ...boxProps, 'width']),
    onTop: points.map(([x, y]) => document.elementFromPoint(x!, y!) === host),
  };
}

describe.each(BROWSERS)('%s: a hostile page', (name) => {
  const ctx = useBrowser(name, { optionsPage: true });
  let visibleId = '';
  beforeAll(async () => {
    const answers = await ctx.options.evaluate(async (reqs) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const out = [];
      for (const req of reqs) out.push(await api.runtime.sendMessage({ dp: 1, type: 'templates/save', req }));
      return out;
    }, [
      { template: { name: 'Kept for later', reason: 'contract-terms', locale: 'en', tone: 'neutral', body: `Hi {{clientFirstName}},\n\n${SECRET} stays in the library.` } },
      { template: { name: 'Visible one', reason: 'not-a-fit', locale: 'en', tone: 'neutral', body: 'Hi {{clientFirstName}},\n\nThanks for thinking of me. This project is not a fit for my studio.\n\nBest,' } },
    ]) as Answer[];
    visibleId = answers[1]!.value!.id;
  });

  async function gmail(hostile: boolean): Promise<MailPage> {
    const head = fixture('tripwire.html') + (hostile ? fixture('hostile-page.html') + GMAIL_OVERLAYS : '');
    return ctx.open(GMAIL_URL, { body: fill(fixture('gmail-panel.html'), { ...CLIENT, head }), headers: GMAIL_HEADERS }, '[data-testid="dp-open"]');
  }

  async function outlook(hostile: boolean): Promise<MailPage> {
    return ctx.open(OUTLOOK_URL, { body: outlookPage('outlook-reply.html', { theme: fixture('tripwire.html') + (hostile ? fixture('hostile-page.html') + OUTLOOK_OVERLAYS : '') }) }, '[data-testid="dp-open"]');
  }

  async function openPanel(page: MailPage): Promise<void> {
    await page.click('[data-testid="dp-open"]');
    await page.waitFor(`panel:[data-testid="dp-template"][data-template-id="${visibleId}"]`);
  }

  const attack = (page: MailPage, rounds: number) => page.evaluate(async (n) => {
    const w = window as unknown as { __attack(): void; __hostile: { attempts: number } };
    for (let i = 0; i < n; i++) {
      w.__attack();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return w.__hostile.attempts;
  }, rounds);

  const editorText = (page: MailPage) => page.evaluate(() => (document.querySelector('[contenteditable="true"][role="textbox"]') as HTMLElement).textContent ?? '');
  const trips = (page: MailPage) => page.evaluate(() => (window as unknown as { __dpTrips: string[] }).__dpTrips);

  test.each([['Gmail', gmail], ['Outlook', outlook]] as const)('%s: the panel has the same box, styles and place on top as on a normal page', async (_, open) => {
    const normal = await open(false);
    await openPanel(normal);
    const expected = await normal.evaluate(panelLook);
    expect(expected.onTop).toEqual([true, true, true, true, true]);
    const hostile = await open(true);
    await openPanel(hostile);
    expect(await hostile.evaluate(panelLook)).toEqual(expected);
  });

  test.each([['Gmail', gmail], ['Outlook', outlook]] as const)('%s: while the page attacks, real clicks insert the chosen template; the page inserts nothing and never sees the other template', async (host, open) => {
    const page = await open(true);
    const before = await editorText(page);
    // Before the user opens the panel: forged clicks on our button open nothing, forged messages insert nothing.
    expect(await attack(page, 10)).toBeGreaterThanOrEqual(10);
    expect(await page.evaluate(() => Boolean(document.querySelector('[data-testid="dp-panel"]')))).toBe(false);

    await openPanel(page);
    // With the panel open, the page clicks and presses keys on every item and on Insert.
    await attack(page, 15);
    expect(await page.evaluate(() => Boolean(document.querySelector('[data-testid="dp-panel"]')))).toBe(true);
    expect(await editorText(page)).toBe(before);
    expect(await page.evaluate(() => document.querySelector('[data-testid="dp-panel"]')!.shadowRoot!
      .querySelectorAll('[data-testid="dp-template"][aria-checked="true"]').length)).toBe(0);

    await page.click(`panel:[data-testid="dp-template"][data-template-id="${visibleId}"]`);
    await page.waitUntil(() => document.querySelector('[data-testid="dp-panel"]')?.shadowRoot?.querySelector('[data-testid="dp-preview"]')?.textContent?.includes('not a fit'));
    await attack(page, 5);
    await page.click('panel:[data-testid="dp-insert"]');
    await page.waitUntil(() => !document.querySelector('[data-testid="dp-panel"]'));
    const after = await editorText(page);
    expect(after.split('This project is not a fit for my studio.').length - 1).toBe(1);
    expect(after).not.toMatch(/FORGED|TAMPERED/);

    // The page may see what went into its own editor, and the names on screen, never the other template's body.
    const readable = await page.evaluate(() => (window as unknown as { __pageCanRead(): string }).__pageCanRead());
    expect(readable).toContain('Kept for later');
    expect(readable).not.toContain(SECRET);
    expect(await trips(page)).toEqual([]);
    // Its attachShadow, forced to open mode, never saw ours: the button's root stays closed.
    expect(await page.evaluate(() => [document.querySelector('[data-testid="dp-open"]')!.shadowRoot,
      (window as unknown as { __hostile: { shadowRoots: unknown[] } }).__hostile.shadowRoots.length])).toEqual([null, 0]);
    if (host === 'Outlook') {
      // The draft went in through the editor's own paste handling, not the fallback.
      expect(await page.evaluate(() => (window as any).__events)).toContainEqual(expect.objectContaining({ type: 'paste', body: 0 }));
    }
  });
});
