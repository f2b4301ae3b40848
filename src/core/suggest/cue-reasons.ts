// The hand-written cue tables, now one input of the reason model (features.ts): which reasons
// their phrases point to. suggestReasons (suggest-reasons.ts) is what callers use.
import { REASON_IDS, type Locale, type ReasonId, type ReasonSuggestion } from '../types';
import { compileCue, toWordStream } from './compile-cue';
import type { CueTable } from './cue-table';
import { EN_CUES } from './cues-en';
import { ES_CUES } from './cues-es';
import { IT_CUES } from './cues-it';

const CUES: Record<Locale, CueTable> = { en: EN_CUES, es: ES_CUES, it: IT_CUES };
// Cues in the message's own language are the likelier reading of an ambiguous word.
const OWN_LANGUAGE_BOOST = 1.25;

interface ReasonMatcher {
  reason: ReasonId;
  locale: Locale;
  pattern: RegExp;
  weights: number[];
}

let matchers: ReasonMatcher[] | undefined;

/** One regular expression per reason and language; each cue is a capture group so a hit names its cue. */
function compileMatchers(): ReasonMatcher[] {
  return (Object.keys(CUES) as Locale[]).flatMap((locale) =>
    REASON_IDS.filter((reason) => CUES[locale][reason].length > 0).map((reason) => {
      const cues = CUES[locale][reason].map(compileCue);
      const pattern = new RegExp(` (?:${cues.map((cue) => `(${cue.source})`).join('|')})`, 'g');
      return { reason, locale, pattern, weights: cues.map((cue) => cue.weight) };
    }),
  );
}

/**
 * Reasons a client's message points to, best first, each with the summed weight of the
 * distinct cues found (in any of the three languages). Only reasons with a cue are returned.
 */
export function cueReasons(text: string, locale?: Locale): ReasonSuggestion[] {
  matchers ??= compileMatchers();
  const stream = toWordStream(text);
  const scores = new Map<ReasonId, number>();
  for (const { reason, locale: cueLocale, pattern, weights } of matchers) {
    const seen = new Set<number>();
    for (const match of stream.matchAll(pattern)) {
      const cue = match.findIndex((group, index) => index > 0 && group !== undefined) - 1;
      if (cue >= 0) seen.add(cue);
    }
    if (seen.size === 0) continue;
    const boost = cueLocale === locale ? OWN_LANGUAGE_BOOST : 1;
    let score = 0;
    for (const cue of seen) score += (weights[cue] ?? 0) * boost;
    scores.set(reason, (scores.get(reason) ?? 0) + score);
  }
  // The sort is stable: equal scores keep the order of REASON_IDS.
  return REASON_IDS.filter((reason) => (scores.get(reason) ?? 0) > 0)
    .map((reason) => ({ reason, score: Math.round((scores.get(reason) ?? 0) * 100) / 100 }))
    .sort((a, b) => b.score - a.score);
}
