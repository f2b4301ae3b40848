// Where the body of an email starts and ends, and which sentence of it a position falls in.
// The body is what lies between the greeting line ("Hi Ana," / "Hola, Lucía:" / "Gentile
// Lucia,") and the closing line ("Best regards," / "Un saludo," / "Cordiali saluti,").
import type { CompiledRules } from './compile';

export interface Layout {
  bodyStart: number;
  bodyEnd: number;
}

const GREETING_LINE_MAX = 80;
/** A closing sits in the last few short lines; further up is body. */
const CLOSING_SEARCH_LINES = 6;
const CLOSING_LINE_MAX = 80;
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}`;
const AFTER_GREETING_WORD = new RegExp(String.raw`[ \t]*,?[ \t]*(?:${NAME})?[ \t]*[,:!]`, 'uy');
const AFTER_CLOSING_PHRASE = new RegExp(String.raw`^[,.!]*(?:[ \t]*${NAME}[,.]?)?$`, 'u');

export function findLayout(text: string, compiled: CompiledRules): Layout {
  const bodyStart = greetingEnd(text, compiled);
  const bodyEnd = closingStart(text, compiled, bodyStart);
  return { bodyStart, bodyEnd };
}

function greetingEnd(text: string, { greeting }: CompiledRules): number {
  const start = text.search(/\S/);
  if (start < 0) return text.length;
  const lineEnd = endOfLine(text, start);
  const line = text.slice(start, Math.min(lineEnd, start + GREETING_LINE_MAX + 1)).trimEnd();
  const wholeLineIsGreeting = line.length <= 60 && /[,:]$/.test(line);
  greeting.lastIndex = start;
  const opening = greeting.exec(text);
  if (!opening) return wholeLineIsGreeting ? lineEnd : start;
  if (wholeLineIsGreeting) return lineEnd;
  // "Hi Ana, thanks for…": the greeting ends at the punctuation after the name.
  AFTER_GREETING_WORD.lastIndex = opening.index + opening[0].length;
  const named = AFTER_GREETING_WORD.exec(text);
  if (named && AFTER_GREETING_WORD.lastIndex <= lineEnd) return AFTER_GREETING_WORD.lastIndex;
  return line.length <= 40 && !/[.?]/.test(line) ? lineEnd : start;
}

function closingStart(text: string, { closing }: CompiledRules, bodyStart: number): number {
  let end = text.length;
  for (let seen = 0; seen < CLOSING_SEARCH_LINES && end > bodyStart; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (end - start > CLOSING_LINE_MAX) break;
    const line = text.slice(start, end);
    const indent = line.search(/\S/);
    if (indent >= 0) {
      seen += 1;
      closing.lastIndex = start + indent;
      const found = closing.exec(text);
      if (found && found.index >= bodyStart && AFTER_CLOSING_PHRASE.test(text.slice(closing.lastIndex, end).trim()))
        return start;
    }
    end = start - 1;
  }
  return text.length;
}

function endOfLine(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SENTENCE_END = new Set(['.', '!', '?', '…']);

/** The number (1 for the first) of the body sentence that contains `at`. */
export function sentenceNumber(text: string, bodyStart: number, at: number, abbreviations: ReadonlySet<string>): number {
  let count = 0;
  let inSentence = false;
  for (let i = bodyStart; i <= at && i < text.length; i += 1) {
    const char = text[i] ?? '';
    if (char === '\n') inSentence = false;
    else if (SENTENCE_END.has(char)) {
      const next = text[i + 1];
      if ((next === undefined || /\s/.test(next)) && !(char === '.' && isAbbreviation(text, i, abbreviations)))
        inSentence = false;
    } else if (!inSentence && LETTER_OR_DIGIT.test(char)) {
      count += 1;
      inSentence = true;
    }
  }
  return Math.max(count, 1);
}

/** "Dr." or "e.g." ends a word, not a sentence. */
function isAbbreviation(text: string, dot: number, abbreviations: ReadonlySet<string>): boolean {
  let start = dot;
  while (start > 0 && /[\p{L}\p{M}'’]/u.test(text[start - 1] ?? '')) start -= 1;
  const word = text.slice(start, dot);
  return word.length === 1 || abbreviations.has(word.toLowerCase());
}
