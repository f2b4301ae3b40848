// The README's screenshot of the tone check in a Gmail reply: marks under the user's words, the
// quoted message unmarked, and the popup of the "just" mark open under the pointer.
// `npx tsx scripts/tone-screenshot.ts [out.png]` (builds first; default docs/tone-marks-gmail.png).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { GMAIL_HEADERS, GMAIL_URL, fixture, page as fill } from '../tests/fixtures/serve';

const out = resolve(process.argv.slice(2).find((a) => a.endsWith('.png')) ?? 'docs/tone-marks-gmail.png');
execFileSync('npx', ['tsx', 'scripts/build.ts'], { stdio: 'inherit' });

const SLOTS = {
  // The fixture leaves room on the left for the panel, which this screenshot does not open.
  head: '<style>body [role=main] { margin-left: 16px; }</style>',
  subject: 'New shop by Friday?', sender: 'Olivia Grant', email: 'olivia@grantstudio.co.uk',
  message: 'Hi Sam, could you have the new shop ready by next Friday? I know we said six weeks, but our campaign starts then. Thanks, Olivia',
};
const REPLY = "Hi Olivia, I'm so sorry, I just can't have it ready by Friday. Maybe next month we could plan a smaller launch.";
const MARKS = '[data-testid="dp-marks"]';

const h = await launchChromium({ viewport: { width: 820, height: 440 } });
try {
  h.serve(GMAIL_URL, { body: fill(fixture('gmail-panel.html'), SLOTS), headers: GMAIL_HEADERS });
  const mail = await h.open(GMAIL_URL);
  await mail.waitFor('[data-testid="dp-open"]');
  await mail.click('[g_editable="true"] > div:first-child');
  await mail.type(REPLY);
  const rules = await mail.waitUntil((marks) => {
    const shown = [...document.querySelector(marks)?.shadowRoot?.querySelectorAll<HTMLElement>('[data-testid="dp-mark"]:not([hidden])') ?? []];
    return shown.length >= 3 ? shown.map((m) => m.dataset.rule).join(', ') : '';
  }, MARKS);
  // A real pointer resting on the mark, as a user's hover: the popup opens from the page's own events.
  const page = h.context.pages().find((p) => p.url() === GMAIL_URL)!;
  const centre = await mail.evaluate((marks) => {
    const box = document.querySelector(marks)!.shadowRoot!.querySelector('[data-rule="minimizer"]')!.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, MARKS);
  await page.mouse.move(centre.x, centre.y);
  await mail.waitUntil((marks) => document.querySelector(marks)!.shadowRoot!.querySelector('[data-testid="dp-mark-message"]')?.checkVisibility(), MARKS);
  await mail.screenshot(out);
  console.log(`marks: ${rules}\nwrote ${out}`);
} finally {
  await h.close();
}
