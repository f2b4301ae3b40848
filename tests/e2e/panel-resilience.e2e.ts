// The panel keeps working when the browser stops the worker, opens in copy mode where there is
// no compose window, and passes axe-core with no serious or critical violation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, type MailPage } from './harness';
import { useBrowser } from './session';
import { GMAIL_HEADERS, GMAIL_URL, fixture, outlookPage, page as fill } from '../fixtures/serve';
import { editorText, previewText, greetsInSpanish } from './panel-helpers';
import { send } from './worker-messages';
import { clickToolbarIcon } from './toolbar-icon';

const AXE_URL = 'https://mail.google.com/__test/axe.js';
const OUTLOOK_AXE_URL = 'https://outlook.office.com/__test/axe.js';
const OUTLOOK_URL = 'https://outlook.office.com/mail/inbox/id/axe';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SPANISH = { sender: 'Lucía Ferrer', email: 'lucia@estudioferrer.es', subject: 'Tienda',
  message: 'Hola Sam, ¿podrías tenernos la tienda online para el viernes? Es urgente, lo sentimos por las prisas.' };

describe.each(BROWSERS)('%s: the panel when things go wrong, and for everyone', (name) => {
  const ctx = useBrowser(name, { idleTimeoutMs: 1500 });
  beforeAll(() => {
    ctx.h.serve(AXE_URL, { body: axeSource, contentType: 'text/javascript; charset=utf-8' });
    ctx.h.serve(OUTLOOK_AXE_URL, { body: axeSource, contentType: 'text/javascript; charset=utf-8' });
  });

  const openOn = (body: string): Promise<MailPage> => ctx.open(GMAIL_URL, { body, headers: GMAIL_HEADERS });

  test('with the worker stopped mid-session, the preview still follows every change and Insert still lands', async () => {
    const page = await openOn(fill(fixture('gmail-panel.html'), SPANISH));
    await page.click('[data-testid="dp-open"]');
    await page.click('panel:[data-testid="dp-reason"][data-reason="deadline-too-tight"]');
    const before = await previewText(page);
    const started = await ctx.h.inWorker((g) => g.performance.timeOrigin);
    await ctx.h.stopWorker();
    await page.click('panel:[data-testid="dp-tone"][data-tone="firm"]');
    expect(await previewText(page)).not.toBe(before);
    await page.click('panel:input[data-testid="dp-field"][data-var="clientFirstName"]');
    await page.press('Control+End');
    await page.type(' María');
    expect(await previewText(page)).toMatch(greetsInSpanish('Lucía María'));
    await page.click('panel:[data-testid="dp-insert"]');
    await page.waitUntil(() => document.querySelector('[g_editable="true"]')?.textContent?.includes('Lucía María'));
    expect(await editorText(page)).toMatch(greetsInSpanish('Lucía María'));
    // Neither the preview nor Insert needed the worker: wake it from an extension page, as the options page would.
    const options = await ctx.openExtensionPage('options.html');
    expect((await send(options, 'templates/list', {})).ok).toBe(true);
    expect(await ctx.h.inWorker((g) => g.performance.timeOrigin)).not.toBe(started); // it really was stopped
  });

  test('on a mail page with no compose window, the toolbar icon opens the panel in copy mode', async () => {
    const page = await openOn(fixture('gmail-inbox.html'));
    await page.waitUntil(() => document.readyState === 'complete');
    const mode = await clickToolbarIcon(ctx.h, page);
    expect(mode).toBe('panel');
    await page.waitFor('panel:[role="alert"]');
    await page.click('panel:[data-testid="dp-reason"][data-reason="schedule-full"]');
    expect(await previewText(page)).toMatch(/^(Hi|Hello|Dear)\b/u);
    expect(await page.evaluate(() => ({
      insert: Boolean(document.querySelector('[data-testid="dp-panel"]')!.shadowRoot!.querySelector('[data-testid="dp-insert"]')),
      copy: Boolean(document.querySelector('[data-testid="dp-panel"]')!.shadowRoot!.querySelector('[data-testid="dp-copy"]')),
    }))).toEqual({ insert: false, copy: true });
  });

  const axeViolations = (page: MailPage) => page.evaluate(async () => {
    type Result = { id: string; impact: string; nodes: { target: unknown }[] };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
    const result = await axe.run({ include: [['[data-testid="dp-panel"]']] }, {});
    // Proof that axe looked inside the shadow root: the panel's own buttons were checked.
    const checkedInside = result.passes.some((p) => p.id === 'button-name' && p.nodes.length > 5);
    return [...(checkedInside ? [] : ['axe did not reach the panel']), ...result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`)];
  });

  test('axe-core finds no serious or critical problem in the open panel on Gmail', async () => {
    const page = await openOn(fill(fixture('gmail-panel.html'), { ...SPANISH, head: `<script src="${AXE_URL}"></script>` }));
    await page.click('[data-testid="dp-open"]');
    await page.click('panel:[data-testid="dp-reason"][data-reason="deadline-too-tight"]');
    await page.waitFor('panel:[data-testid="dp-finding"], .note');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('axe-core finds no serious or critical problem in the open panel on Outlook, in its dark theme', async () => {
    const page = await ctx.open(OUTLOOK_URL, { body: outlookPage('outlook-reply.html', {
      theme: `<script src="${OUTLOOK_AXE_URL}"></script><style>body,#ReadingPaneContainerId{background:#292929!important;color:#fff}</style>` }) });
    await page.click('[data-testid="dp-open"]');
    await page.click('panel:[data-testid="dp-reason"][data-reason="schedule-full"]');
    await page.waitFor('panel:[data-testid="dp-finding"], .note');
    expect(await page.evaluate(() => document.querySelector('[data-testid="dp-panel"]')!.shadowRoot!.querySelector('.panel')!.getAttribute('data-theme'))).toBe('dark');
    expect(await axeViolations(page)).toEqual([]);
  });
});
