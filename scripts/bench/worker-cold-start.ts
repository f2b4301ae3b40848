// The worker's cold start as the user meets it: the browser has stopped the idle worker (here
// through the DevTools protocol), the user opens the panel on a freshly loaded mail page, and
// the panel must wake the worker for its library before the first draft is painted. The same
// with the worker running is measured beside it, so the difference is the cold start.
import type { Page } from 'playwright-core';
import type { ChromiumHarness } from '../../tests/e2e/harness/chromium';
import { PANEL_URL, click, lastClick, nextMark, recordClicks } from './browsers';
import { insert } from './panel';
import type { Row } from './report';
import { summarize } from './stats';

async function firstDraft(page: Page): Promise<number> {
  await page.goto(PANEL_URL);
  await page.waitForFunction(() => document.querySelector('[data-testid="dp-open"]'), undefined, { polling: 20 });
  await recordClicks(page);
  await click(page, '[data-testid="dp-open"]');
  const preview = await nextMark(page, 'dp:preview', 0);
  return preview.startTime - (await lastClick(page));
}

export async function measureWorkerColdStart(h: ChromiumHarness, runs = 6): Promise<Row[]> {
  const page = await h.context.newPage();
  await firstDraft(page); // warm-up
  const cold: number[] = [];
  const warm: number[] = [];
  const insertCold: number[] = [];
  for (let i = 0; i < runs; i++) {
    warm.push(await firstDraft(page));
    await h.stopWorker();
    cold.push(await firstDraft(page));
    // The user read and adjusted the draft for longer than the worker's idle timeout.
    await h.stopWorker();
    insertCold.push(await insert(page));
  }
  await page.close();
  const s = summarize(cold);
  const w = summarize(warm);
  const ins = summarize(insertCold);
  return [
    { group: 'worker', figure: 'worker stopped: click → first draft painted', value: s.median, unit: 'ms', spread: s, note: 'fresh page; the panel wakes the worker' },
    { group: 'worker', figure: 'worker running: click → first draft painted', value: w.median, unit: 'ms', spread: w, note: 'fresh page' },
    { group: 'worker', figure: 'insert with the worker stopped: click → inserted', value: ins.median, unit: 'ms', spread: ins, budget: 50,
      note: 'the panel stayed open past the worker\'s idle timeout' },
  ];
}
