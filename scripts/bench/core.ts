// Core figures measured in Chromium: core-page.ts is bundled with esbuild and run in a plain page
// of the baseline browser (no extension). Each sample is the page's main-thread CPU time
// (DevTools Performance metrics in thread ticks) around a few calls, divided by their number:
// on a shared machine, wall-clock time mostly measures the other processes.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { ChromiumHarness } from '../../tests/e2e/harness/chromium';
import { LOCALES } from '../../src/core/types';
import type { Row } from './report';
import { summarize, type Summary } from './stats';

const PAGE = 'https://bench.invalid/';
const SAMPLES = 15;
const CALLS = 4;
/** Linear means the time per word stays put: at 10,000 words at most this much over 1,000 words. */
const LINEAR_SLACK = 1.5;
/** Hostile input may trip more patterns than ordinary text, never backtrack: at most this much slower. */
const HOSTILE_SLACK = 40;
/** 54 texts of 200,000 characters: fewer samples each keep the bench short. */
const HOSTILE_SAMPLES = 3;

type Bench = {
  prepare(words: number, locale: string): string;
  prepareHostile(locale: string): { ordinary: string; hostile: [name: string, key: string][] };
  lint(key: string, times: number): number;
  renderAll(times: number): number;
  readAll(times: number): number;
  messages: number;
  combinations: number;
};
type BenchGlobal = typeof globalThis & { dpBench: Bench };

async function cpuMs(session: CDPSession): Promise<number> {
  const { metrics } = await session.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN) * 1000;
}

/** Median main-thread CPU time of one call, over `samples` samples of `calls` calls (after a warm-up). */
async function timeCalls(page: Page, session: CDPSession, run: (times: number) => Promise<unknown>, samples = SAMPLES, calls = CALLS): Promise<Summary> {
  await run(calls); // warm-up: the rule tables compile their patterns on first use
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const before = await cpuMs(session);
    await run(calls);
    times.push(((await cpuMs(session)) - before) / calls);
  }
  return summarize(times);
}

/** The slowest hostile draft against ordinary text of the same length (tone/hostile-drafts.fixture.ts). */
async function hostileRow(page: Page, session: CDPSession, locale: string): Promise<Row> {
  const { ordinary, hostile } = await page.evaluate((l) => (globalThis as BenchGlobal).dpBench.prepareHostile(l), locale);
  const lintOnce = (key: string) => timeCalls(page, session, (times) =>
    page.evaluate(([k, n]) => (globalThis as BenchGlobal).dpBench.lint(k, n), [key, times] as const), HOSTILE_SAMPLES, 1);
  const baseline = (await lintOnce(ordinary)).median;
  let worst = { name: '', ms: 0 };
  for (const [name, key] of hostile) {
    const ms = (await lintOnce(key)).median;
    if (ms > worst.ms) worst = { name, ms };
  }
  return { group: 'core', figure: `lintDraft ${locale}, slowest hostile input / ordinary text, 200,000 characters`, value: worst.ms / baseline, unit: '×',
    budget: HOSTILE_SLACK, note: `${worst.name}: ${worst.ms.toFixed(1)} ms against ${baseline.toFixed(1)} ms` };
}

export async function measureCore(h: ChromiumHarness): Promise<Row[]> {
  const bundle = await build({ entryPoints: [resolve('scripts/bench/core-page.ts')], bundle: true, format: 'iife', write: false, minify: true, logLevel: 'warning' });
  h.serve(`${PAGE}core.js`, { contentType: 'text/javascript', body: bundle.outputFiles[0]!.text });
  h.serve(PAGE, { body: '<!doctype html><title>core bench</title><script src="/core.js"></script>' });
  const page = await h.context.newPage();
  const session = await h.context.newCDPSession(page);
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(PAGE);
  const lint = async (words: number, locale: string) => {
    const key = await page.evaluate(([w, l]) => (globalThis as BenchGlobal).dpBench.prepare(w, l), [words, locale] as const);
    return timeCalls(page, session, (times) => page.evaluate(([k, n]) => (globalThis as BenchGlobal).dpBench.lint(k, n), [key, times] as const));
  };

  const rows: Row[] = [];
  for (const locale of LOCALES) {
    const small = await lint(1000, locale);
    const large = await lint(10_000, locale);
    rows.push(
      { group: 'core', figure: `lintDraft ${locale}, 1,000 words`, value: small.median, unit: 'ms', spread: small },
      { group: 'core', figure: `lintDraft ${locale}, 10,000 words`, value: large.median, unit: 'ms', spread: large, budget: 20 },
      { group: 'core', figure: `lintDraft ${locale}, time per word at 10,000 / at 1,000 words`, value: large.median / 10 / small.median, unit: '×',
        budget: LINEAR_SLACK, note: `linear: ${small.median.toFixed(2)} → ${(large.median / 10).toFixed(2)} ms per 1,000 words` },
    );
  }
  for (const locale of LOCALES) rows.push(await hostileRow(page, session, locale));
  const combinations = await page.evaluate(() => (globalThis as BenchGlobal).dpBench.combinations);
  const render = await timeCalls(page, session, (times) => page.evaluate((n) => (globalThis as BenchGlobal).dpBench.renderAll(n), times));
  rows.push(
    { group: 'core', figure: `renderDraft, all ${combinations} reason × tone × locale combinations`, value: render.median, unit: 'ms', spread: render },
    { group: 'core', figure: 'renderDraft, one draft (mean over all combinations)', value: render.median / combinations, unit: 'ms' },
  );
  const messages = await page.evaluate(() => (globalThis as BenchGlobal).dpBench.messages);
  const read = await timeCalls(page, session, (times) => page.evaluate((n) => (globalThis as BenchGlobal).dpBench.readAll(n), times));
  rows.push({ group: 'core', figure: `reading a client message (clean, suggestReasons, detectFormality), mean over ${messages}`,
    value: read.median / messages, unit: 'ms', note: 'runs in the worker' });
  await page.close();
  for (const row of rows) row.note = [row.note, 'main-thread CPU time in a Chromium page'].filter(Boolean).join('; ');
  return rows;
}
