// A personal template filled with the panel's values. Variables are filled exactly as in a
// built-in draft; a sentence whose value is missing drops out whole, and a greeting or a
// sign-off only loses the name, so the result never shows a gap, a double space or an empty
// paragraph.
import { fillVars, VAR_MARKER, varsIn } from '../drafts/fill-vars';
import { cleanValue } from '../drafts/values';
import type { Draft, DraftVars, Locale } from '../types';
import { paragraphsToHtml } from '../escape-html';
import type { TemplateContent } from './types';

const NAME_VARS = new Set(['clientFirstName', 'clientName', 'myName']);
// A greeting or sign-off: a short line with no sentence inside, e.g. "Hi {{clientFirstName}},",
// "Hola, {{clientName}}:" or "Best, {{myName}}".
const SHORT_LINE = /^[^.?!]{0,40}[,:!]?$/u;
// Sentence ends: a full stop, question or exclamation mark (or an ellipsis) followed by a space.
const SENTENCE_END = /(?<=[.!?…])\s+/u;
// A name with the comma and spaces before it.
const NAME_WITH_LEAD = /(\s*,?\s*)\{\{(\w+)\}\}/gu;

type Values = Record<string, string | undefined>;

/** "Thanks, {{clientFirstName}}!" → "Thanks!"; "Best, {{myName}}" → "Best,". */
function dropNames(line: string, values: Values): string {
  return line.replace(NAME_WITH_LEAD, (marker: string, lead: string, name: string, at: number) => {
    if (values[name] !== undefined) return marker;
    const endsLine = line.slice(at + marker.length).trim() === '';
    return endsLine ? lead.trim() : '';
  });
}

function fillLine(line: string, values: Values, locale: Locale): string {
  const missing = varsIn(line).filter((name) => values[name] === undefined);
  if (missing.length === 0) return fillVars(line, values, locale);
  if (missing.every((name) => NAME_VARS.has(name)) && SHORT_LINE.test(line.replace(VAR_MARKER, ''))) {
    return fillVars(dropNames(line, values), values, locale);
  }
  const kept = line.split(SENTENCE_END).filter((sentence) => varsIn(sentence).every((name) => values[name] !== undefined));
  return fillVars(kept.join(' '), values, locale);
}

const tidy = (line: string): string => line.replace(/[ \t]{2,}/gu, ' ').trim();

export function renderTemplate(template: Pick<TemplateContent, 'body' | 'locale'>, vars: DraftVars = {}): Draft {
  const values: Values = {};
  for (const [name, raw] of Object.entries(vars)) values[name] = cleanValue(raw);
  const paragraphs: string[][] = [];
  for (const block of template.body.replace(/\r\n?/gu, '\n').split(/\n[ \t]*\n/u)) {
    const lines: string[] = [];
    for (const raw of block.split('\n')) {
      const line = tidy(fillLine(raw.trim(), values, template.locale));
      // A line left with no words once its variables dropped out (a lone "{{myName}}") goes too.
      const emptied = varsIn(raw).length > 0 && !/[\p{L}\p{N}]/u.test(line);
      if (line !== '' && !emptied) lines.push(line);
    }
    if (lines.length > 0) paragraphs.push(lines);
  }
  return {
    text: paragraphs.map((lines) => lines.join('\n')).join('\n\n'),
    html: paragraphsToHtml(paragraphs.map((lines) => lines.join('\n'))),
  };
}
