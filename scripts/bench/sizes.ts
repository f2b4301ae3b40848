// Gzip size of every file the Chrome build ships; the two budgets are the script every mail page
// loads and the panel chunk loaded on first use (docs/design.md section 9).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Row } from './report';

const KB = 1024;
const BUDGETS: Record<string, { budget: number; note: string }> = {
  'content.js': { budget: 10 * KB, note: 'always loaded on mail pages' },
  'panel.js': { budget: 45 * KB, note: 'panel chunk, loaded on first use' },
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]);
}

export function measureSizes(dist: string): Row[] {
  const files = filesUnder(dist).map((path) => ({ name: relative(dist, path), gzip: gzipSync(readFileSync(path), { level: 9 }).length }));
  const called = Object.keys(BUDGETS).map((name) => {
    const file = files.find((f) => f.name === name);
    const { budget, note } = BUDGETS[name]!;
    return { group: 'size', figure: `${name} gzip`, value: file?.gzip, unit: 'B', budget, note } satisfies Row;
  });
  const rest = files.filter((f) => !(f.name in BUDGETS))
    .map((f): Row => ({ group: 'size', figure: `${f.name} gzip`, value: f.gzip, unit: 'B' }));
  // The reason model ships inside background.js (the worker); its own share is shown apart.
  const model = gzipSync(readFileSync('src/core/suggest/reason-model.json'), { level: 9 }).length;
  return [...called, ...rest, { group: 'size', figure: 'reason model (inside background.js) gzip', value: model, unit: 'B' }];
}
