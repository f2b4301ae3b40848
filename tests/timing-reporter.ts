// Printed after the run's summary: the slowest tests, and every wait that took more than half of
// its ceiling, so a test drifting towards a flake is seen while it still passes.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';
import { WAIT_LOG_ENV, type CloseWait } from './e2e/harness/waits';

const SLOWEST = 8;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

export default class TimingReporter implements Reporter {
  // One file per run, so two runs side by side (as a load test does) keep their own notes.
  private readonly log = join(tmpdir(), `dp-waits-${process.pid}.jsonl`);

  onInit(): void {
    writeFileSync(this.log, '');
    // Test workers start after this and inherit the environment.
    process.env[WAIT_LOG_ENV] = this.log;
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const tests = modules.flatMap((m) => [...m.children.allTests()]).flatMap((t) => {
      const duration = t.diagnostic()?.duration;
      return duration === undefined ? [] : [{ name: `${t.module.relativeModuleId} > ${t.fullName}`, duration, timeout: t.options.timeout }];
    });
    // The slowest few, and any test that used more than half of its own timeout.
    const shown = tests.sort((a, b) => b.duration - a.duration).filter((t, i) => i < SLOWEST || (t.timeout && t.duration > t.timeout / 2));
    const lines = [`Slowest ${shown.length} of ${tests.length} tests:`];
    for (const t of shown) {
      const share = t.timeout ? ` (${Math.round((100 * t.duration) / t.timeout)}% of its ${seconds(t.timeout)} timeout)` : '';
      lines.push(`  ${seconds(t.duration).padStart(7)}${share}  ${t.name}`);
    }
    const close = this.closeWaits();
    lines.push(close.length === 0 ? 'No wait took more than half of its ceiling.' : `Waits that took more than half of their ceiling (${close.length}):`);
    for (const w of close) lines.push(`  ${seconds(w.tookMs)} of ${seconds(w.ceilingMs)}  ${w.what}${w.test ? `  [${w.test}]` : ''}`);
    console.log(`\n${lines.join('\n')}\n`);
  }

  private closeWaits(): CloseWait[] {
    let text = '';
    try {
      text = readFileSync(this.log, 'utf8');
    } catch {
      return [];
    }
    rmSync(this.log, { force: true });
    return text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as CloseWait)
      .sort((a, b) => b.tookMs / b.ceilingMs - a.tookMs / a.ceilingMs);
  }
}
