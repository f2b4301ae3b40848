// Top-1 and top-3 figures of a ranking on labelled messages: overall, per language, per length.
import type { Locale, ReasonId } from '../../src/core/types';
import type { MessageLength } from './corpus';

export interface Labelled { reason: ReasonId; locale: Locale; length?: MessageLength; text: string }
export interface Figure { group: string; count: number; top1: number; top3: number }

/** Each message with whether its reason came first, and among the first three. */
export function hits(messages: readonly Labelled[], rank: (m: Labelled) => readonly ReasonId[]): { message: Labelled; top1: boolean; top3: boolean }[] {
  return messages.map((message) => {
    const ranked = rank(message);
    return { message, top1: ranked[0] === message.reason, top3: ranked.slice(0, 3).includes(message.reason) };
  });
}

export function figures(results: ReturnType<typeof hits>): Figure[] {
  const groups: [string, (m: Labelled) => boolean][] = [
    ['all', () => true],
    ...(['en', 'es', 'it'] as const).map((l): [string, (m: Labelled) => boolean] => [l, (m) => m.locale === l]),
    ...(['short', 'medium', 'long'] as const).map((l): [string, (m: Labelled) => boolean] => [l, (m) => m.length === l]),
  ];
  return groups.map(([group, keep]) => {
    const kept = results.filter((r) => keep(r.message));
    const share = (k: 'top1' | 'top3') => (kept.length ? kept.filter((r) => r[k]).length / kept.length : 0);
    return { group, count: kept.length, top1: share('top1'), top3: share('top3') };
  }).filter((f) => f.count > 0);
}

const percent = (x: number): string => `${(x * 100).toFixed(0)}%`;

/** A Markdown table of the figures, as the README shows them. */
export function figuresTable(title: string, rows: readonly Figure[]): string {
  return [`| ${title} | messages | top-1 | top-3 |`, '|---|---|---|---|',
    ...rows.map((r) => `| ${r.group} | ${r.count} | ${percent(r.top1)} | ${percent(r.top3)} |`)].join('\n');
}
