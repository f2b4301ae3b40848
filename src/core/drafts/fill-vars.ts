// Fills {{name}} markers with values: the one way a variable reaches a draft, built-in or
// personal, so both read the same.
import type { Locale } from '../types';
import { joinValue, type ValueKind } from './values';

export const VAR_MARKER = /\{\{(\w+)\}\}/gu;

/** Names used by a template, in order of first use. */
export function varsIn(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(VAR_MARKER), (m) => m[1]!))];
}

// How a value joins the word before it: a date takes its preposition, a phone number its "on".
const kindOf = (name: string): ValueKind => (name === 'date' ? 'date' : name === 'referralContact' ? 'contact' : 'other');

/**
 * Replaces every {{name}} with its cleaned value. A name without a value is a programming error
 * here: callers first drop the sentences whose values are missing.
 */
export function fillVars(template: string, values: Readonly<Record<string, string | undefined>>, locale: Locale): string {
  let out = '';
  let last = 0;
  for (const match of template.matchAll(VAR_MARKER)) {
    const value = values[match[1]!];
    if (value === undefined) throw new RangeError(`No value for {{${match[1]}}}`);
    const end = match.index + match[0].length;
    // "early March." + "." would print two full stops.
    const trimmed = value.endsWith('.') && template[end] === '.' ? value.slice(0, -1) : value;
    out = joinValue(out + template.slice(last, match.index), trimmed, locale, kindOf(match[1]!));
    last = end;
  }
  return out + template.slice(last);
}
