// npm run bench: builds the extension, measures it in Debian's Chromium against the budgets of
// docs/design.md section 9, prints a table, writes artifacts/bench/bench.json and exits 1 when a
// budget fails. Never part of npm test: timings are measured here, never asserted in tests.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { launchBoth, requireChromium } from './bench/browsers';
import { measureCore } from './bench/core';
import { measureComposeCost, measureIdleCost } from './bench/mutation-cost';
import { launchNullExtension } from './bench/null-extension';
import { measureOptionsList } from './bench/options-list';
import { measurePanel } from './bench/panel';
import { table, verdictOf, writeJson, type Row } from './bench/report';
import { measureSizes } from './bench/sizes';
import { measureTimeToButton } from './bench/time-to-button';
import { measureToneKeystroke } from './bench/tone-keystroke';
import { measureWorkerColdStart } from './bench/worker-cold-start';

const OUT = resolve('artifacts/bench/bench.json');
/** `npm run bench -- panel core` runs only the steps whose names contain one of the words. */
const only = process.argv.slice(2);
const wanted = (name: string): boolean => only.length === 0 || only.some((word) => name.includes(word));

async function main(): Promise<number> {
  requireChromium();
  execFileSync('npx', ['tsx', 'scripts/build.ts'], { stdio: 'inherit' });
  const started = Date.now();
  const rows: Row[] = wanted('sizes') ? measureSizes(resolve('dist/chrome')) : [];
  const browsers = await launchBoth();
  const step = async (name: string, measure: () => Promise<Row[]>) => {
    if (!wanted(name)) return;
    const t = Date.now();
    rows.push(...(await measure()));
    console.log(`measured ${name} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
  try {
    await step('time to button', () => measureTimeToButton(browsers.withExtension));
    await step('idle cost', async () => {
      const nullExtension = await launchNullExtension();
      try {
        return await measureIdleCost(browsers, nullExtension, 16);
      } finally {
        await nullExtension.close();
      }
    });
    await step('cost with three compose windows', () => measureComposeCost(browsers, 3, 12));
    await step('panel', () => measurePanel(browsers.withExtension));
    await step('tone keystroke', () => measureToneKeystroke(browsers.withExtension));
    await step('worker cold start', () => measureWorkerColdStart(browsers.withExtension));
    await step('core', () => measureCore(browsers.without));
    await step('options page', () => measureOptionsList(browsers.withExtension)); // last: it leaves 500 templates behind
  } finally {
    await browsers.close();
  }
  console.log(`\n${table(rows)}\n`);
  const failed = rows.filter((r) => verdictOf(r) === 'FAIL');
  // The machine's load says how far wall-clock figures can be trusted on a shared machine.
  writeJson(OUT, rows, { date: new Date().toISOString(), cores: cpus().length, loadAverage: loadavg(), seconds: Math.round((Date.now() - started) / 1000) });
  console.log(`${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}, ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(`wrote ${OUT}; ${failed.length ? `${failed.length} budget(s) failed: ${failed.map((r) => r.figure).join('; ')}` : 'every budget holds'}`);
  return failed.length ? 1 : 0;
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
