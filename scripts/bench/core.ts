// Core figures measured in Chromium: core-page.ts is bundled with esbuild and run in a plain page
// of the baseline browser (no extension), where performance.now() is what the panel sees.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import type { ChromiumHarness } from '../../tests/e2e/harness/chromium';
import type { Row } from './report';
import { median, summarize } from './stats';

const PAGE = 'https://bench.invalid/';
const REPEATS = 15;
const LOCALES = ['en', 'es', 'it'] as const;
/** Linear means the time per word stays put: at 10,000 words at most this much over 1,000 words. */
const LINEAR_SLACK = 1.5;

type Bench = {
  timeLint(words: number, locale: string, repeats: number): number[];
  timeRenderAll(repeats: number): { combinations: number; runs: number[] };
};

export async function measureCore(h: ChromiumHarness): Promise<Row[]> {
  const bundle = await build({ entryPoints: [resolve('scripts/bench/core-page.ts')], bundle: true, format: 'iife', write: false, minify: true, logLevel: 'warning' });
  h.serve(`${PAGE}core.js`, { contentType: 'text/javascript', body: bundle.outputFiles[0]!.text });
  h.serve(PAGE, { body: '<!doctype html><title>core bench</title><script src="/core.js"></script>' });
  const page = await h.context.newPage();
  await page.goto(PAGE);
  const lint = (words: number, locale: string) => page.evaluate(([w, l, r]) =>
    (globalThis as unknown as { dpBench: Bench }).dpBench.timeLint(w, l, r), [words, locale, REPEATS] as const);

  const rows: Row[] = [];
  for (const locale of LOCALES) {
    const small = summarize(await lint(1000, locale));
    const large = summarize(await lint(10_000, locale));
    rows.push(
      { group: 'core', figure: `lintDraft ${locale}, 1,000 words`, value: small.median, unit: 'ms', spread: small },
      { group: 'core', figure: `lintDraft ${locale}, 10,000 words`, value: large.median, unit: 'ms', spread: large, budget: 20 },
      { group: 'core', figure: `lintDraft ${locale}, time per 1,000 words at 10k / at 1k`, value: (large.median / 10) / small.median, unit: '×',
        budget: LINEAR_SLACK, note: `linear: ${(small.median).toFixed(2)} → ${(large.median / 10).toFixed(2)} ms per 1,000 words` },
    );
  }
  const render = await page.evaluate((r) => (globalThis as unknown as { dpBench: Bench }).dpBench.timeRenderAll(r), REPEATS);
  const all = summarize(render.runs);
  rows.push(
    { group: 'core', figure: `renderDraft, all ${render.combinations} reason × tone × locale combinations`, value: all.median, unit: 'ms', spread: all },
    { group: 'core', figure: 'renderDraft, one draft (mean over all combinations)', value: median(render.runs) / render.combinations, unit: 'ms' },
  );
  await page.close();
  rows.forEach((r) => void (r.note ??= 'in a Chromium page'));
  return rows;
}
