// Keystroke to marks (docs/design.md section 9): in a Gmail compose window holding a 1,000-word
// email with findings on every line, from a key's keydown to the overlay's marks being moved for
// the new text, timed inside the page (the overlay's shadow root is open) over many keystrokes.
import type { ChromiumHarness } from '../../tests/e2e/harness/chromium';
import type { BenchWindow } from './bench-page';
import { BENCH_URL } from './browsers';
import type { Row } from './report';
import { summarize } from './stats';

const WARM_UP = 5;
const PARAGRAPH = "I'm so sorry, I just can't make it this week, maybe next month. The studio is full until the spring and " +
  'I would rather tell you now than keep you waiting for an answer that does not change. Thanks again for thinking of me.';

type ToneBenchWindow = BenchWindow & { __keystrokes: number[] };

export async function measureToneKeystroke(h: ChromiumHarness, keystrokes = 40): Promise<Row[]> {
  const page = await h.context.newPage();
  await page.goto(BENCH_URL);
  const words = await page.evaluate((paragraph) => {
    (window as BenchWindow).__bench.addCompose();
    const editor = document.querySelector('[g_editable="true"]') as HTMLElement;
    const count = paragraph.split(' ').length;
    editor.replaceChildren(...Array.from({ length: Math.ceil(1000 / count) }, () => Object.assign(document.createElement('div'), { textContent: paragraph })));
    return [...editor.children].reduce((n, line) => n + line.textContent!.split(' ').length, 0);
  }, PARAGRAPH);
  await page.click('[g_editable="true"]');
  await page.waitForFunction(() => (document.querySelector('[data-testid="dp-marks"]')?.shadowRoot?.querySelectorAll('[data-testid="dp-mark"]:not([hidden])').length ?? 0) > 0,
    undefined, { polling: 20 });
  // The caret at the start, so each letter moves the first line's marks.
  await page.evaluate(() => {
    const first = document.querySelector('[g_editable="true"] div')!.firstChild!;
    getSelection()!.collapse(first, 0);
    const w = window as ToneBenchWindow;
    w.__keystrokes = [];
    let pressed: number | undefined;
    document.addEventListener('keydown', () => (pressed = performance.now()), true);
    new MutationObserver(() => {
      if (pressed === undefined) return;
      w.__keystrokes.push(performance.now() - pressed);
      pressed = undefined;
    }).observe(document.querySelector('[data-testid="dp-marks"]')!.shadowRoot!, { subtree: true, attributes: true });
  });
  for (let i = 0; i < 2 * (WARM_UP + keystrokes); i++) {
    await page.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace');
    await page.waitForFunction((n) => (window as ToneBenchWindow).__keystrokes.length === n, i + 1, { polling: 10 });
  }
  const times = (await page.evaluate(() => (window as ToneBenchWindow).__keystrokes)).slice(2 * WARM_UP);
  await page.close();
  const s = summarize(times);
  const note = `${words.toLocaleString('en-US')} words, ${times.length} keystrokes: a letter typed, then deleted`;
  return [
    { group: 'tone check', figure: 'keystroke → marks redrawn, median', value: s.median, unit: 'ms', spread: s, budget: 16, note },
    { group: 'tone check', figure: 'keystroke → marks redrawn, p95', value: s.p95, unit: 'ms', budget: 16 },
  ];
}
