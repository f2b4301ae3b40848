// Cues and messages meet as a word stream: the text folded (lower case, no accents) and cut
// into words, then joined by single spaces with a space at each end. Cue patterns then need no
// Unicode classes (which made compiling them slow) and every piece of a pattern matches
// either word characters or one space, never both, so matching stays linear.

const TOKEN = /[\p{L}\p{N}]+|[%$€£#]/gu;
const WORD_CHARS = '[^ ]';
const GAP = `(?:${WORD_CHARS}+ ){0,3}`;

export interface CompiledCue {
  source: string;
  weight: number;
}

/** Lower case without accents, as space-separated words: " por que no " for "¿Por qué no?". */
export function toWordStream(text: string): string {
  const folded = text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  const words = folded.match(TOKEN);
  return words ? ` ${words.join(' ')} ` : ' ';
}

function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** One cue word: alternatives split on "|", each cut into stream words that may also run together. */
function wordSource(word: string): string {
  const alternatives = word.split('|').map((option) => {
    const open = option.endsWith('*');
    const literal = toWordStream(open ? option.slice(0, -1) : option).trim().split(' ').map(escapeLiteral).join(' ?');
    return open ? `${literal}${WORD_CHARS}*` : literal;
  });
  return alternatives.length > 1 ? `(?:${alternatives.join('|')})` : (alternatives[0] ?? '');
}

/** Regular expression source for one cue, to be matched after a space of the word stream. */
export function compileCue(cue: string): CompiledCue {
  const weighted = /^(\d+(?:\.\d+)?):(.+)$/.exec(cue);
  const weight = weighted ? Number(weighted[1]) : 1;
  const words = (weighted?.[2] ?? cue).trim().split(/\s+/);
  const parts = words.map((word) => (word === '~' ? GAP : `${wordSource(word)} `));
  // The last word's trailing space is checked, not consumed, so the next cue can start there.
  const source = parts.join('').replace(/ $/, '(?= )');
  return { source, weight };
}
