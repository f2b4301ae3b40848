// The tone linter: phrase and pattern rules over the whole text, then the structure checks.
// Every pattern is linear (word-edge lookarounds, no nested quantifiers over overlapping
// classes), so a keystroke in a long draft costs one pass per rule.
// The built-in rules are not imported here: the panel lints with the rules the worker hands it,
// and its lazily loaded code stays free of the rule tables (lint-draft.ts adds them).
import type { Finding, LintOptions } from '../types';
import { compileRules, type CompiledRule } from './compile';
import { findLayout } from './layout';
import type { ToneRules } from './rule-types';
import { structureFindings } from './structure';

/** Lints with a given rule set (built-in or as received from the worker). */
export function lintWith(rules: ToneRules, text: string, opts: LintOptions): Finding[] {
  if (!/\S/.test(text)) return [];
  const compiled = compileRules(rules);
  const layout = findLayout(text, compiled);
  const findings: Finding[] = [];
  // Pushed one by one: a pasted novel can hold more findings than a spread call takes arguments.
  for (const entry of compiled.rules) addRuleFindings(findings, entry, text, opts, layout.bodyStart);
  findings.push(...structureFindings(rules, compiled, text, opts, layout));
  return withoutRepeats(findings);
}

function addRuleFindings(
  findings: Finding[],
  { rule, regex }: CompiledRule,
  text: string,
  opts: LintOptions,
  bodyStart: number,
): void {
  const severity = rule.severity[opts.tone];
  if (severity === 'off') return;
  const except = new Set(rule.except ?? []);
  for (const found of text.matchAll(regex)) {
    const matched = found[0];
    const start = found.index;
    if (matched.length === 0) continue;
    if (rule.atStart && !startsSentence(text, start, bodyStart)) continue;
    if (rule.minLetters !== undefined && countLetters(matched) < rule.minLetters) continue;
    if (except.size > 0 && matched.split(/\s+/).every((word) => except.has(word))) continue;
    findings.push({
      ruleId: rule.id,
      category: rule.category,
      severity,
      start,
      end: start + matched.length,
      message: rule.message.replace('{match}', () => matched),
      ...(rule.suggestion === undefined ? {} : { suggestion: rule.suggestion.replace('{match}', () => matched) }),
    });
  }
}

const OPENING_MARKS = new Set([' ', '\t', '"', '“', '«', "'", '‘', '(', '¡', '¿', '*', '-', '–', '—']);
const SENTENCE_BREAKS = new Set(['\n', '.', '!', '?', '…', ':']);
const MAX_OPENING_MARKS = 12;

/** True where a sentence, a line or the body begins, after any quotes or opening marks. */
function startsSentence(text: string, index: number, bodyStart: number): boolean {
  let i = index;
  while (i > 0 && index - i < MAX_OPENING_MARKS && OPENING_MARKS.has(text[i - 1] ?? '')) i -= 1;
  return i === 0 || i === bodyStart || SENTENCE_BREAKS.has(text[i - 1] ?? '');
}

function countLetters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

const severityRank = (finding: Finding): number => (finding.severity === 'warning' ? 1 : 0);

/**
 * One finding per stretch of text: "maybe later" (vague promise) hides the "maybe" (hedge) inside
 * it, and a firm "I'm sorry" is reported once, by its apology rule, not again as regret.
 * Empty spans (a missing part) are always kept.
 */
function withoutRepeats(findings: Finding[]): Finding[] {
  const ordered = findings
    .map((finding, order) => ({ finding, order }))
    .sort((a, b) =>
      a.finding.start - b.finding.start ||
      b.finding.end - a.finding.end ||
      severityRank(b.finding) - severityRank(a.finding) ||
      a.order - b.order,
    );
  const kept: Finding[] = [];
  let cover: Finding | undefined;
  for (const { finding } of ordered) {
    const empty = finding.start === finding.end;
    if (!empty && cover && finding.end <= cover.end && severityRank(finding) <= severityRank(cover)) continue;
    kept.push(finding);
    if (!empty && (!cover || finding.end > cover.end)) cover = finding;
  }
  return kept;
}
