// The README's table of refusal reasons, generated from src/core/reasons.ts.
import { REASONS } from '../src/core/reasons';
import { LOCALES } from '../src/core/types';

export const START = '<!-- reasons:start -->';
export const END = '<!-- reasons:end -->';

export function reasonsTable(): string {
  const rows = REASONS.map((r) =>
    `| \`${r.id}\` | ${r.group} | ${r.stage} | ${LOCALES.map((locale) => r.label[locale]).join(' · ')} | ${r.useWhen.en} | ${r.alternatives.map((a, i) => (i === 0 ? `**${a}**` : a)).join(', ')} | ${r.vars.join(', ') || '—'} |`);
  return [
    `| id | group | stage | label (${LOCALES.join(' · ')}) | use when | alternatives (default in bold) | variables |`,
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

export function withTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs the ${START} and ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${reasonsTable()}\n${readme.slice(end)}`;
}
