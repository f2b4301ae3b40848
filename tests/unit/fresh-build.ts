// A build of the extension of the test file's own, in a temporary folder removed afterwards, so
// tests check what the build writes and never a dist/ left over from something else.
import { afterAll, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TARGETS = ['chrome', 'firefox'] as const;

export interface FreshBuild {
  /** A file of one browser's build, as text. */
  read(target: string, file: string): string;
  /** The scripts one browser's build ships. */
  scripts(target: string): string[];
}

/** Builds before the file's tests (extra build flags, e.g. `--test`) and cleans up after them. */
export function freshBuild(flags: readonly string[] = []): FreshBuild {
  let out = '';
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'dp-built-'));
    execFileSync('npx', ['tsx', 'scripts/build.ts', '--out', out, ...flags], { stdio: 'pipe' });
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  return {
    read: (target, file) => readFileSync(join(out, target, file), 'utf8'),
    scripts: (target) => readdirSync(join(out, target)).filter((f) => f.endsWith('.js')),
  };
}
