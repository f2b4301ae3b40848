// `npm start`: opens Chromium with the built extension on a demo reply to a client and walks
// the flow: the button, the panel with a suggested reason, the draft inserted. With a display
// the browser stays open for you; without one it runs headless and saves screenshots.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { GMAIL_HEADERS, GMAIL_URL } from '../tests/fixtures/serve';
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

const h = await launchChromium({ headless });
h.serve(GMAIL_URL, { body: readFileSync('scripts/demo/gmail-reply.html', 'utf8'), headers: GMAIL_HEADERS });
const gmail = await h.open(GMAIL_URL);
let ok = await step('Gmail: the "Decline politely" button sits beside Send', async () => {
  await gmail.waitFor('[data-testid="dp-open"]');
  await shot(gmail, '1-gmail-button');
});
ok &&= await step('Gmail: the panel opens with a suggested reason for Lucía\'s message', async () => {
  await gmail.click('[data-testid="dp-open"]');
  await gmail.waitFor('panel:[data-testid="dp-reason"][data-suggested="true"]');
  await gmail.waitFor('panel:[data-testid="dp-preview"]');
  await shot(gmail, '2-gmail-panel');
});
ok &&= await step('Gmail: a warm refusal is previewed and inserted above the quoted text', async () => {
  await gmail.click('panel:[data-testid="dp-tone"][data-tone="warm"]');
  await gmail.click('panel:[data-testid="dp-insert"]');
  await gmail.waitUntil(() => document.querySelector('[g_editable="true"]')?.textContent?.includes('Lucía'));
  await shot(gmail, '3-gmail-inserted');
});

console.log(shots.length ? `\nScreenshots:\n${shots.map((s) => `  ${s}`).join('\n')}` : '');
if (headless) {
  await h.close();
  process.exit(ok ? 0 : 1);
} else {
  console.log('\nThe browser stays open: try the panel yourself, then close the window to finish.');
}
