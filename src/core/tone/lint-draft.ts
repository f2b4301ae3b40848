import type { Finding, LintOptions } from '../types';
import { lintWith } from './lint-with';
import { toneRulesFor } from './registry';

/** Lints with the built-in rules of the draft's language. */
export function lintDraft(text: string, opts: LintOptions): Finding[] {
  return lintWith(toneRulesFor(opts.locale), text, opts);
}
