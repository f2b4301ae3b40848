import { isLocale, type Locale } from '../types';
import { CHAR_WEIGHTS, PROFILE_LANGUAGES, SUFFIX_WEIGHTS, WORD_TIERS, type ProfileLanguage } from './profiles';

// Below this many letters a guess is noise; the caller falls back to the user's default.
const MIN_LETTERS = 20;
// The winner must be ahead of the runner-up by this share of its own score...
const MIN_LEAD_RATIO = 0.25;
// ...and carry this much evidence per word, so text in a language with no profile stays undefined.
const MIN_SCORE_PER_WORD = 0.5;
const TIER_WEIGHTS = [3, 2, 1] as const;
const SUFFIX_MIN_WORD = 5;
const SUFFIX_LENGTHS = [2, 3, 4, 5, 6];

type Weights = Partial<Record<ProfileLanguage, number>>;

const wordWeights = buildWordWeights();

function buildWordWeights(): Map<string, Weights> {
  const table = new Map<string, Weights>();
  for (const language of PROFILE_LANGUAGES) {
    WORD_TIERS[language].forEach((tier, index) => {
      for (const word of tier.split(/\s+/)) {
        if (!word) continue;
        const weights = table.get(word) ?? {};
        weights[language] = Math.max(weights[language] ?? 0, TIER_WEIGHTS[index] ?? 0);
        table.set(word, weights);
      }
    });
  }
  return table;
}

function add(scores: Map<ProfileLanguage, number>, weights: Weights | undefined): void {
  if (!weights) return;
  for (const [language, weight] of Object.entries(weights) as [ProfileLanguage, number][]) {
    scores.set(language, (scores.get(language) ?? 0) + weight);
  }
}

/** Scores every profiled language on the text: word hits, telling letters, telling endings. */
function scoreLanguages(text: string): { scores: Map<ProfileLanguage, number>; letters: number; words: number } {
  const lower = text.toLowerCase();
  const scores = new Map<ProfileLanguage, number>();
  let letters = 0;
  let words = 0;
  for (const match of lower.matchAll(/\p{L}+|[¿¡·]/gu)) {
    const token = match[0];
    if (token.length === 1 && !/\p{L}/u.test(token)) {
      add(scores, CHAR_WEIGHTS[token]);
      continue;
    }
    words += 1;
    letters += token.length;
    add(scores, wordWeights.get(token));
    for (const char of token) if (char > '\u007f') add(scores, CHAR_WEIGHTS[char]);
    if (token.length >= SUFFIX_MIN_WORD) {
      for (const length of SUFFIX_LENGTHS) add(scores, SUFFIX_WEIGHTS[token.slice(-length)]);
    }
  }
  return { scores, letters, words };
}

/**
 * The language of a client's message among those we write drafts in, or undefined when the
 * text is too short, the evidence is thin or close, or the text is in another language.
 */
export function detectLanguage(text: string): Locale | undefined {
  const { scores, letters, words } = scoreLanguages(text);
  if (letters < MIN_LETTERS) return undefined;
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || !isLocale(best[0])) return undefined;
  const [language, score] = best;
  if (score < words * MIN_SCORE_PER_WORD) return undefined;
  if (second && score - second[1] < score * MIN_LEAD_RATIO) return undefined;
  return language;
}
