// `npm start`: opens Chromium with the built extension on a demo Gmail reply and an Outlook
// reply and walks the flow: the button beside Send, the panel (for now a placeholder with a
// sample draft), the draft inserted above the quoted text. With a display the browser stays
// open for you; without one it runs headless and saves screenshots.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { GMAIL_HEADERS, GMAIL_URL, OUTLOOK_URL, outlookPage } from '../tests/fixtures/serve';
import type { MailPage } from '../tests/e2e/harness';

const headless = !process.env.DISPLAY;
const out = resolve('artifacts/demo');
mkdirSync(out, { recursive: true });
const shots: string[] = [];

async function shot(page: MailPage, name: string): Promise<void> {
  const path = resolve(out, `${name}.png`);
  await page.screenshot(path);
  shots.push(path);
}

async function step(what: string, run: () => Promise<void>): Promise<boolean> {
  try {
    await run();
    console.log(`✓ ${what}`);
    return true;
  } catch (error) {
    console.log(`✗ ${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return false;
  }
}

/** Button, panel, insertion: the same steps in each mail client. */
async function walk(page: MailPage, host: string, editor: string): Promise<boolean> {
  const prefix = host.toLowerCase();
  let ok = await step(`${host}: the "Decline politely" button sits beside Send`, async () => {
    await page.waitFor('[data-testid="dp-open"]');
    await shot(page, `${prefix}-1-button`);
  });
  ok &&= await step(`${host}: the panel opens beside the reply, with the reason the client's message suggests first`, async () => {
    await page.click('[data-testid="dp-open"]');
    await page.waitFor('panel:[data-testid="dp-reason"][data-suggested="true"]');
    await page.click('panel:[data-testid="dp-reason"][data-suggested="true"]');
    await page.click('panel:[data-testid="dp-tone"][data-tone="warm"]');
    await page.waitUntil(() => document.querySelector('[data-testid="dp-panel"]')?.shadowRoot
      ?.querySelector('[data-testid="dp-preview"]')?.textContent?.includes('Lucía'));
    await shot(page, `${prefix}-2-panel`);
  });
  ok &&= await step(`${host}: a tone finding appears when the draft is edited`, async () => {
    await page.click('panel:textarea');
    await page.press('Control+End');
    await page.type(' Lo siento mucho, quizá más adelante.');
    await page.waitFor('panel:[data-testid="dp-finding"][data-severity="warning"]');
    await shot(page, `${prefix}-3-findings`);
    await page.click('panel:[data-testid="dp-another"]');
  });
  ok &&= await step(`${host}: the draft is inserted above the quoted text, greeting Lucía`, async () => {
    await page.click('panel:[data-testid="dp-insert"]');
    await page.waitUntil((selector) => document.querySelector(selector)?.textContent?.includes('Lucía:'), editor);
    await shot(page, `${prefix}-4-inserted`);
  });
  return ok;
}

const h = await launchChromium({ headless });
h.serve(GMAIL_URL, { body: readFileSync('scripts/demo/gmail-reply.html', 'utf8'), headers: GMAIL_HEADERS });
h.serve(OUTLOOK_URL, { body: outlookPage('outlook-reply.html') });
const gmailOk = await walk(await h.open(GMAIL_URL), 'Gmail', '[g_editable="true"]');
const outlookOk = await walk(await h.open(OUTLOOK_URL), 'Outlook', '[id^="editorParent_"] [contenteditable="true"]');

console.log(shots.length ? `\nScreenshots:\n${shots.map((s) => `  ${s}`).join('\n')}` : '');
if (headless) {
  await h.close();
  process.exit(gmailOk && outlookOk ? 0 : 1);
} else {
  console.log('\nThe browser stays open: try the button yourself, then close the window to finish.');
}
