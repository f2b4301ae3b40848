// What the extension adds to a busy Gmail-like page: the same page makes the same 20,000 DOM
// mutations in a browser with the extension and in one without, runs alternating, and the
// main thread's script and task time (CPU time of the renderer's main thread, from the DevTools
// protocol's Performance metrics) is compared around the burst.
import type { CDPSession, Page } from 'playwright-core';
import type { ChromiumHarness } from '../../tests/e2e/harness/chromium';
import type { BenchWindow } from './bench-page';
import { BENCH_URL, type Browsers } from './browsers';
import type { Row } from './report';
import { median, summarize } from './stats';

const MUTATIONS = 20_000;
/** Gmail renders in tasks of a few dozen to a few hundred changes. */
const PER_TASK = 100;
const WARM_UP = 2;

interface Side { page: Page; session: CDPSession; extension: boolean }
interface Cost { script: number; task: number }

async function sideOf(h: ChromiumHarness, extension: boolean): Promise<Side> {
  const page = await h.context.newPage();
  const session = await h.context.newCDPSession(page);
  // Thread CPU time, not wall time: another process taking the core does not count against us.
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  return { page, session, extension };
}

async function metrics(session: CDPSession): Promise<Cost> {
  const { metrics: list } = await session.send('Performance.getMetrics');
  const get = (name: string) => (list.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
  return { script: get('ScriptDuration'), task: get('TaskDuration') };
}

/** One burst on a freshly loaded page holding `composes` compose windows. */
async function burst(side: Side, composes: number): Promise<Cost> {
  const { page, session } = side;
  await page.goto(BENCH_URL);
  await page.evaluate((n) => { for (let i = 0; i < n; i++) (window as BenchWindow).__bench.addCompose(); }, composes);
  if (side.extension && composes > 0) {
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="dp-open"]').length === n, composes, { polling: 20 });
  }
  // Let loading and first paint settle in both browsers alike; with compose windows open, the
  // extension also preloads the panel code when idle: a one-off per page, not a cost of mutations.
  await page.waitForTimeout(composes > 0 ? 500 : 150);
  const before = await metrics(session);
  await page.evaluate(([count, perTask]) => (window as BenchWindow).__bench.mutate(count, perTask), [MUTATIONS, PER_TASK] as const);
  const after = await metrics(session);
  return { script: after.script - before.script, task: after.task - before.task };
}

export async function measureMutationCost(browsers: Browsers, composes: number, pairs: number): Promise<Row[]> {
  const withSide = await sideOf(browsers.withExtension, true);
  const withoutSide = await sideOf(browsers.without, false);
  const withRuns: Cost[] = [];
  const withoutRuns: Cost[] = [];
  for (let i = 0; i < WARM_UP + pairs; i++) {
    // Alternate which browser goes first, so a drift in the machine's load hits both alike.
    const order = i % 2 === 0 ? [withSide, withoutSide] : [withoutSide, withSide];
    const costs = new Map<Side, Cost>();
    for (const side of order) costs.set(side, await burst(side, composes));
    if (i < WARM_UP) continue;
    withRuns.push(costs.get(withSide)!);
    withoutRuns.push(costs.get(withoutSide)!);
  }
  await Promise.all([withSide.page.close(), withoutSide.page.close()]);

  const label = composes === 0 ? 'no compose window' : `${composes} compose windows open`;
  const group = composes === 0 ? 'idle cost' : 'compose cost';
  const of = (runs: Cost[], kind: keyof Cost) => runs.map((r) => r[kind]);
  const task = { with: of(withRuns, 'task'), without: of(withoutRuns, 'task') };
  const script = { with: of(withRuns, 'script'), without: of(withoutRuns, 'script') };
  const note = `${MUTATIONS.toLocaleString('en-US')} mutations, ${pairs} alternating pairs; spread of per-pair ratios`;
  return [
    { group, figure: `main-thread time, with / without extension (${label})`, value: median(task.with) / median(task.without), unit: '×',
      spread: summarize(task.with.map((v, i) => v / task.without[i]!)), budget: 1.03, note },
    { group, figure: 'main-thread time without → with extension', value: median(task.with) - median(task.without), unit: 'ms',
      note: `${median(task.without).toFixed(1)} → ${median(task.with).toFixed(1)} ms` },
    // The page's own script time is a few ms of the burst: a ratio of it would be mostly noise.
    { group, figure: 'main-thread script time without → with extension', value: median(script.with) - median(script.without), unit: 'ms',
      spread: summarize(script.with.map((v, i) => v - script.without[i]!)), note: `${median(script.without).toFixed(1)} → ${median(script.with).toFixed(1)} ms; spread of per-pair differences` },
  ];
}
