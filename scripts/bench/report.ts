// One row per figure: what was measured, its budget and whether it holds. Printed as a table
// and written as JSON, so a later run can be compared with this one.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Summary } from './stats';

export interface Row {
  group: string;
  figure: string;
  /** The figure itself (a median where runs repeat); undefined when it could not be measured. */
  value?: number;
  unit: 'ms' | 'B' | '×' | 'ms/kword';
  /** Spread of the runs behind a median. */
  spread?: Summary;
  /** The upper limit; none for figures reported without a budget. */
  budget?: number;
  note?: string;
}

export type Verdict = 'pass' | 'FAIL' | '—';

export function verdictOf(row: Row): Verdict {
  if (row.budget === undefined) return '—';
  return row.value !== undefined && row.value <= row.budget ? 'pass' : 'FAIL';
}

function format(value: number | undefined, unit: Row['unit']): string {
  if (value === undefined || Number.isNaN(value)) return 'n/a';
  if (unit === 'B') return `${value.toLocaleString('en-US')} B`;
  if (unit === '×') return `${value.toFixed(3)}×`;
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ${unit}`;
}

function spreadOf(row: Row): string {
  const s = row.spread;
  if (!s) return '';
  const f = (v: number) => format(v, row.unit).replace(/ (ms|B|ms\/kword)$/, '');
  return `IQR ${f(s.p25)}–${f(s.p75)}, p95 ${f(s.p95)}, n=${s.n}`;
}

export function table(rows: readonly Row[]): string {
  const header = ['Group', 'Figure', 'Value', 'Spread', 'Budget', 'Result'];
  const cells = rows.map((r) => [r.group, r.figure + (r.note ? ` (${r.note})` : ''), format(r.value, r.unit), spreadOf(r),
    r.budget === undefined ? '' : `≤ ${format(r.budget, r.unit)}`, verdictOf(r)]);
  const lines = [header, header.map(() => '---'), ...cells].map((c) => `| ${c.join(' | ')} |`);
  return lines.join('\n');
}

export function writeJson(path: string, rows: readonly Row[], meta: Record<string, unknown>): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify({ ...meta, rows: rows.map((r) => ({ ...r, result: verdictOf(r) })) }, null, 2)}\n`);
}
