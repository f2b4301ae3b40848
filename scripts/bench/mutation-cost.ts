// What the extension adds to a busy Gmail-like page: the same page makes the same 20,000 DOM
// mutations in browsers that differ only in their extensions, runs rotating, and the main
// thread's script and task time (CPU time of the renderer's main thread, from the DevTools
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

interface Side { page: Page; session: CDPSession; ours: boolean }
interface Cost { script: number; task: number }

async function sideOf(h: ChromiumHarness, ours: boolean): Promise<Side> {
  const page = await h.context.newPage();
  const session = await h.context.newCDPSession(page);
  // Thread CPU time, not wall time: another process taking the core does not count against us.
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  return { page, session, ours };
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
  if (side.ours && composes > 0) {
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="dp-open"]').length === n, composes, { polling: 20 });
  }
  // Let loading and first paint settle in every browser alike; with compose windows open, the
  // extension also preloads the panel code when idle: a one-off per page, not a cost of mutations.
  await page.waitForTimeout(composes > 0 ? 500 : 150);
  const before = await metrics(session);
  await page.evaluate(([count, perTask]) => (window as BenchWindow).__bench.mutate(count, perTask), [MUTATIONS, PER_TASK] as const);
  const after = await metrics(session);
  return { script: after.script - before.script, task: after.task - before.task };
}

/** `rounds` bursts in each browser (ours first in the list), rotating which goes first so a drift in the machine's load hits all alike. */
async function runs(browsers: readonly ChromiumHarness[], composes: number, rounds: number): Promise<Cost[][]> {
  const sides = await Promise.all(browsers.map((h, i) => sideOf(h, i === 0)));
  const costs = sides.map((): Cost[] => []);
  for (let round = 0; round < WARM_UP + rounds; round++) {
    for (let k = 0; k < sides.length; k++) {
      const at = (round + k) % sides.length;
      const cost = await burst(sides[at]!, composes);
      if (round >= WARM_UP) costs[at]!.push(cost);
    }
  }
  await Promise.all(sides.map((side) => side.page.close()));
  return costs;
}

/** The ratio of a's main-thread time to b's, then the difference in ms of its task and script time. */
function compare(group: string, label: string, [a, b]: readonly [string, string], aRuns: readonly Cost[], bRuns: readonly Cost[], budget?: number): Row[] {
  const of = (costs: readonly Cost[], kind: keyof Cost) => costs.map((c) => c[kind]);
  const task = { a: of(aRuns, 'task'), b: of(bRuns, 'task') };
  const script = { a: of(aRuns, 'script'), b: of(bRuns, 'script') };
  const note = `${MUTATIONS.toLocaleString('en-US')} mutations, ${task.a.length} rotating rounds; spread of per-round ratios`;
  return [
    { group, figure: `main-thread time, ${a} / ${b} (${label})`, value: median(task.a) / median(task.b), unit: '×',
      spread: summarize(task.a.map((v, i) => v / task.b[i]!)), budget, note },
    { group, figure: `main-thread time ${b} → ${a}`, value: median(task.a) - median(task.b), unit: 'ms',
      note: `${median(task.b).toFixed(1)} → ${median(task.a).toFixed(1)} ms` },
    // The page's own script time is a few ms of the burst: a ratio of it would be mostly noise.
    { group, figure: `main-thread script time ${b} → ${a}`, value: median(script.a) - median(script.b), unit: 'ms',
      spread: summarize(script.a.map((v, i) => v - script.b[i]!)), note: `${median(script.b).toFixed(1)} → ${median(script.a).toFixed(1)} ms; spread of per-round differences` },
  ];
}

/**
 * No compose window, the tone check on (a fresh profile's default): ours against the null
 * extension (design section 8's budget), and the null extension against none beside it, so the
 * machine's noise (and what any content script costs) shows next to our figure.
 */
export async function measureIdleCost(browsers: Browsers, nullExtension: ChromiumHarness, rounds: number): Promise<Row[]> {
  const [ours = [], nullRuns = [], none = []] = await runs([browsers.withExtension, nullExtension, browsers.without], 0, rounds);
  return [
    ...compare('idle cost', 'no compose window, tone check on', ['with extension', 'null extension'], ours, nullRuns, 1.02),
    ...compare('idle cost', 'no compose window', ['null extension', 'no extension'], nullRuns, none),
  ];
}

export async function measureComposeCost(browsers: Browsers, composes: number, rounds: number): Promise<Row[]> {
  const [ours = [], none = []] = await runs([browsers.withExtension, browsers.without], composes, rounds);
  return compare('compose cost', `${composes} compose windows open`, ['with extension', 'without extension'], ours, none, 1.03);
}
