import { compileCue, toWordStream } from '../suggest/compile-cue';
import type { Formality, Locale } from '../types';
import { ES_ACCENTED_SECOND_PERSON, ES_FORMALITY, IT_COURTESY_CAPITALS, IT_FORMALITY, IT_SECOND_PERSON_ENDINGS, type FormalityCues } from './formality-cues';

const CUES: Partial<Record<Locale, FormalityCues>> = { es: ES_FORMALITY, it: IT_FORMALITY };
// An answer needs this much evidence...
const MIN_SCORE = 1.5;
// ...and the other form of address at most this share of it: mixed signals are not a guess.
const MAX_OTHER_SHARE = 0.25;
const CAPITAL_WEIGHT = 2;
const ACCENT_WEIGHT = 2; // also the weight of a telling Italian ending

interface Matcher { pattern: RegExp; weights: number[] }
const compiled = new Map<string, Matcher>();

function matcherFor(key: string, cues: readonly string[]): Matcher {
  let matcher = compiled.get(key);
  if (!matcher) {
    const parts = cues.map(compileCue);
    matcher = { pattern: new RegExp(` (?:${parts.map((cue) => `(${cue.source})`).join('|')})`, 'g'), weights: parts.map((cue) => cue.weight) };
    compiled.set(key, matcher);
  }
  return matcher;
}

/** Summed weight of every cue hit (each occurrence counts: a client who says "tú" five times means it). */
function score(stream: string, { pattern, weights }: Matcher): number {
  let total = 0;
  for (const match of stream.matchAll(pattern)) {
    const cue = match.findIndex((group, index) => index > 0 && group !== undefined) - 1;
    total += weights[cue] ?? 0;
  }
  return total;
}

/**
 * How the client addresses the user: tú, vos or vosotros ('informal') or usted/ustedes
 * ('formal') in Spanish; tu or voi ('informal') or Lei ('formal') in Italian. Undefined for
 * English, and whenever the text says too little or mixes both.
 */
export function detectFormality(text: string, locale: Locale): Formality | undefined {
  const cues = CUES[locale];
  if (!cues) return undefined;
  const stream = toWordStream(text);
  let informal = score(stream, matcherFor(`${locale}:informal`, cues.informal));
  let formal = score(stream, matcherFor(`${locale}:formal`, cues.formal));
  if (locale === 'es') informal += (text.match(ES_ACCENTED_SECOND_PERSON)?.length ?? 0) * ACCENT_WEIGHT;
  if (locale === 'it') {
    formal += (text.match(IT_COURTESY_CAPITALS)?.length ?? 0) * CAPITAL_WEIGHT;
    informal += (text.match(IT_SECOND_PERSON_ENDINGS)?.length ?? 0) * ACCENT_WEIGHT;
  }
  const [best, other, answer] = informal >= formal ? [informal, formal, 'informal' as const] : [formal, informal, 'formal' as const];
  return best >= MIN_SCORE && other <= best * MAX_OTHER_SHARE ? answer : undefined;
}
