// Bundled by the bench and run in a Chromium page: the core's hot paths timed where they run
// for users (the panel lints and renders in the page). Exposed as globalThis.dpBench.
import { REASONS, lintDraft, renderDraft } from '../../src/core';
import type { Locale, Tone } from '../../src/core';

const LOCALES: readonly Locale[] = ['en', 'es', 'it'];
const TONES: readonly Tone[] = ['warm', 'neutral', 'firm'];
const VARS = { clientFirstName: 'Alex', clientName: 'Alex Moreau', myName: 'Sam Rivera', date: 'early March', rate: '€60 an hour',
  policy: 'one round of revisions', agreement: 'the proposal of 3 May', offer: 'the landing page alone',
  referralName: 'Jo Park', referralContact: 'jo@example.com' };

/** Real drafts of a language, one after another, cut to exactly `words` words. */
function textOf(words: number, locale: Locale): string {
  const parts: string[] = [];
  let count = 0;
  for (let variant = 0; count < words; variant++) {
    for (const { id } of REASONS) {
      for (const tone of TONES) {
        const { text } = renderDraft({ reason: id, tone, locale, variant, vars: VARS });
        parts.push(text);
        count += text.split(/\s+/).length;
      }
    }
  }
  return parts.join('\n\n').split(/(?<=\S)(?=\s)/).slice(0, words).join('');
}

function times(repeats: number, run: () => void): number[] {
  for (let i = 0; i < 3; i++) run(); // warm-up: the rule tables compile their patterns on first use
  return Array.from({ length: repeats }, () => {
    const t = performance.now();
    run();
    return performance.now() - t;
  });
}

function timeLint(words: number, locale: Locale, repeats: number): number[] {
  const text = textOf(words, locale);
  return times(repeats, () => lintDraft(text, { locale, tone: 'warm' }));
}

/** One pass renders every reason in every tone and language. */
function timeRenderAll(repeats: number): { combinations: number; runs: number[] } {
  const combinations = REASONS.length * TONES.length * LOCALES.length;
  const runs = times(repeats, () => {
    for (const { id } of REASONS) for (const tone of TONES) for (const locale of LOCALES) renderDraft({ reason: id, tone, locale, vars: VARS });
  });
  return { combinations, runs };
}

Object.assign(globalThis, { dpBench: { timeLint, timeRenderAll } });
