// What the reason model reads in a message, once cleaned to the client's latest words: folded
// words (lower case, no accents), their first five letters (so "garantizar" and "garantía"
// share a stem), pairs of adjacent words ("also quickly", "en cuatro"), and which reasons the
// hand-written cues point to (the model learns how far to trust them). The trainer and the
// worker use this one function.
import { cleanClientText } from '../read/clean-message';
import { toWordStream } from './compile-cue';
import { cueReasons } from './cue-reasons';

const STEM = 5;
const NUMBER = /^\d+$/;
const CUE_RANKS = 3;

/** The distinct features of a text, in first-seen order. */
export function featuresOf(text: string): string[] {
  const own = cleanClientText(text);
  const words = toWordStream(own).trim().split(' ').filter(Boolean).map((w) => (NUMBER.test(w) ? '0' : w));
  const seen = new Set<string>();
  words.forEach((word, i) => {
    seen.add(word);
    if (word.length > STEM) seen.add(`${word.slice(0, STEM)}~`);
    if (i > 0) seen.add(`${words[i - 1]} ${word}`);
  });
  cueReasons(own).slice(0, CUE_RANKS).forEach(({ reason }, rank) => {
    if (rank === 0) seen.add(`cue1:${reason}`);
    seen.add(`cue3:${reason}`);
  });
  return [...seen];
}
