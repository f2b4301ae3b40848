// Turns rule phrases into regular-expression source that matches on Unicode word edges and
// ignores accents, without ever rewriting the text: offsets stay UTF-16 indices into it.
// JavaScript's \b only knows ASCII letters, so "perché" or "quizá" need \p{L} lookarounds.

const WORD_CHAR = String.raw`[\p{L}\p{N}\p{M}]`;
const BEFORE_WORD = `(?<!${WORD_CHAR})`;
const AFTER_WORD = `(?!${WORD_CHAR})`;
const COMBINING = '[\\u0300-\\u036f]';
const APOSTROPHES = "['’ʼ]";
const SYNTAX = /[\\^$.*+?()[\]{}|/]/;

/** For each base letter a–z, the class of its accented forms found in Latin-1 and Latin Extended-A/B. */
const accentClasses: ReadonlyMap<string, string> = (() => {
  const forms = new Map<string, string>();
  for (let code = 0xc0; code <= 0xff; code += 1) {
    const char = String.fromCharCode(code).toLowerCase();
    const decomposed = char.normalize('NFD');
    const base = decomposed[0] ?? '';
    if (decomposed.length < 2 || !/^[a-z]$/.test(base) || !/^\p{M}+$/u.test(decomposed.slice(1))) continue;
    if (!(forms.get(base) ?? '').includes(char)) forms.set(base, (forms.get(base) ?? '') + char);
  }
  // A decomposed accent (a + U+0301) follows its letter as a combining diacritic.
  return new Map([...forms].map(([base, accented]) => [base, `[${base}${accented}]${COMBINING}*`]));
})();

const baseLetter = (char: string): string => (char.normalize('NFD')[0] ?? char).toLowerCase();

function foldedChar(char: string): string {
  return accentClasses.get(baseLetter(char)) ?? escapeChar(char);
}

function exactChar(char: string): string {
  const decomposed = char.normalize('NFD');
  return decomposed === char ? escapeChar(char) : `(?:${char}|${decomposed})`;
}

const escapeChar = (char: string): string => (SYNTAX.test(char) ? `\\${char}` : char);

/** A run of plain text: words matched accent-insensitively unless exact, spaces as any whitespace. */
function literalSource(text: string, exactWords: ReadonlySet<string>): string {
  let source = '';
  for (const [token] of text.matchAll(/[\p{L}\p{M}]+|\s+|./gsu)) {
    if (/^\s/.test(token)) source += String.raw`\s+`;
    else if (/^['’ʼ]$/.test(token)) source += APOSTROPHES;
    else if (/^\p{L}/u.test(token) && exactWords.has(token.toLowerCase().normalize('NFC')))
      source += [...token.normalize('NFC')].map(exactChar).join('');
    else if (/^\p{L}/u.test(token)) source += [...token].map((char) => (/\p{M}/u.test(char) ? '' : foldedChar(char))).join('');
    else source += [...token].map(escapeChar).join('');
  }
  return source;
}

/** Phrase syntax: literal text plus `(a|b|)` groups (not nested). */
function bodySource(phrase: string, exactWords: ReadonlySet<string>): string {
  let source = '';
  let rest = phrase;
  for (let open = rest.indexOf('('); open >= 0; open = rest.indexOf('(')) {
    const close = rest.indexOf(')', open);
    if (close < 0) throw new SyntaxError(`Unclosed group in tone phrase "${phrase}"`);
    let before = rest.slice(0, open);
    let options = rest.slice(open + 1, close).split('|');
    // "I'll (need to|) decline", "(as|) per my": the space beside an optional group belongs to its
    // words, so that no match can begin or end with a run of whitespace (which would backtrack).
    if (options.includes('') && /\s$/.test(before)) {
      before = before.trimEnd();
      options = options.map((option) => (option === '' ? '' : ` ${option}`));
    } else if (options.includes('') && before === '' && /^\s/.test(rest.slice(close + 1))) {
      rest = rest.slice(0, close + 1) + rest.slice(close + 1).trimStart();
      options = options.map((option) => (option === '' ? '' : `${option} `));
    }
    // Longest option first, so that "(le|les)" takes "les" where it can.
    options.sort((a, b) => b.length - a.length);
    const sources = options.map((option) => literalSource(option, exactWords));
    source += `${literalSource(before, exactWords)}(?:${sources.join('|')})`;
    rest = rest.slice(close + 1);
  }
  return source + literalSource(rest, exactWords);
}

/** Every wording a phrase stands for: `(a|b|)` groups (not nested) expand, spaces collapse. */
export function wordings(phrase: string): string[] {
  const open = phrase.indexOf('(');
  if (open < 0) return [phrase.replace(/\s+/g, ' ').trim()];
  const close = phrase.indexOf(')', open);
  if (close < 0) throw new SyntaxError(`Unclosed group in tone phrase "${phrase}"`);
  return phrase
    .slice(open + 1, close)
    .split('|')
    .flatMap((option) => wordings(phrase.slice(0, open) + option + phrase.slice(close + 1)));
}

const longestWording = (phrase: string): number => Math.max(...wordings(phrase).map((wording) => wording.length));

/** Groups hold words, so a phrase that opens or closes on a group has a word edge there. */
const edgeChar = (phrase: string, at: 'start' | 'end'): string => {
  const trimmed = phrase.trim();
  const char = at === 'start' ? trimmed[0] : trimmed.slice(-1);
  return char === '(' || char === ')' ? 'a' : (char ?? '');
};
const isWordChar = (char: string): boolean => /[\p{L}\p{N}]/u.test(char);

/**
 * A cheap look at the next letter rules out most positions before the word-edge lookbehind,
 * whose Unicode classes are costly, is tried.
 */
function firstLetters(phrases: readonly string[]): string {
  const letters = new Set(phrases.flatMap(wordings).map((wording) => (wording[0] ?? '').toLowerCase()));
  return `(?=${[...letters].map(foldedChar).join('|')})`;
}

/**
 * One alternation per kind of edge, longest phrase first so that "maybe later" wins over "maybe"
 * at the same position (a shorter wording of a longer phrase may still win: the span is then a
 * little short, never wrong). The word-edge lookarounds stand once outside each alternation: their
 * Unicode classes are large, and repeating them per phrase makes the expression slow to compile.
 */
export function phrasesSource(phrases: readonly string[], exactWords: ReadonlySet<string>): string {
  const sorted = [...phrases].sort((a, b) => longestWording(b) - longestWording(a));
  const branches: string[] = [];
  for (const startsWord of [true, false])
    for (const endsWord of [true, false]) {
      const group = sorted.filter(
        (phrase) => isWordChar(edgeChar(phrase, 'start')) === startsWord && isWordChar(edgeChar(phrase, 'end')) === endsWord,
      );
      if (group.length === 0) continue;
      const body = group.map((phrase) => bodySource(phrase.trim(), exactWords)).join('|');
      branches.push(`${startsWord ? firstLetters(group) + BEFORE_WORD : ''}(?:${body})${endsWord ? AFTER_WORD : ''}`);
    }
  return branches.length > 0 ? branches.join('|') : '(?!)';
}

export function phrasesRegExp(phrases: readonly string[], exactWords: ReadonlySet<string>, flags = 'giu'): RegExp {
  return new RegExp(phrasesSource(phrases, exactWords), flags);
}
