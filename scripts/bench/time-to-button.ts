// From a compose editor entering the page to its Decline button being in the page: timed inside
// the page, by an observer on the new compose window, over many windows opened and closed.
import type { ChromiumHarness } from '../../tests/e2e/harness/chromium';
import type { BenchWindow } from './bench-page';
import { BENCH_URL } from './browsers';
import type { Row } from './report';
import { summarize } from './stats';

const WARM_UP = 5;

export async function measureTimeToButton(h: ChromiumHarness, windows = 60): Promise<Row[]> {
  const page = await h.context.newPage();
  await page.goto(BENCH_URL);
  const times: number[] = [];
  let missing = 0;
  for (let i = 0; i < WARM_UP + windows; i++) {
    const ms = await page.evaluate(() => (window as BenchWindow).__bench.openCompose());
    await page.evaluate(() => (window as BenchWindow).__bench.closeCompose());
    if (i < WARM_UP) continue;
    if (ms < 0) missing++;
    else times.push(ms);
  }
  await page.close();
  const s = summarize(times);
  const note = missing ? `${missing} of ${windows} windows got no button` : `${windows} windows`;
  return [
    { group: 'button', figure: 'editor in page → button present, median', value: missing ? undefined : s.median, unit: 'ms', spread: s, budget: 50, note },
    { group: 'button', figure: 'editor in page → button present, p95', value: missing ? undefined : s.p95, unit: 'ms', budget: 50 },
  ];
}
