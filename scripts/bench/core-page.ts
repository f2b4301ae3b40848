// Bundled by the bench and run in a Chromium page: the core's hot paths run where they run for
// users (the panel lints and renders in the page). Exposed as globalThis.dpBench; core.ts times
// the calls in the page's main-thread CPU time.
import { LOCALES, REASONS, TONES, cleanClientText, detectFormality, lintDraft, renderDraft, suggestReasons } from '../../src/core';
import { HELD_OUT_MESSAGES } from '../../src/core/suggest/held-out-messages.fixture';
import { HOSTILE_DRAFTS, ORDINARY_DRAFT_UNIT, fill } from '../../src/core/tone/hostile-drafts.fixture';
import type { Locale } from '../../src/core';
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

const texts = new Map<string, string>();

/** Builds (once) the text a later lint call works on: the build is not part of the timing. */
function prepare(words: number, locale: Locale): string {
  const key = `${locale}:${words}`;
  if (!texts.has(key)) texts.set(key, textOf(words, locale));
  return key;
}

/**
 * Prepares ordinary text and every hostile draft of the longest length, for `locale`: the
 * ordinary one's key first, then one per hostile draft, named.
 */
function prepareHostile(locale: Locale): { ordinary: string; hostile: [name: string, key: string][] } {
  const ordinary = `${locale}:ordinary`;
  texts.set(ordinary, fill(ORDINARY_DRAFT_UNIT[locale]));
  const hostile = Object.entries(HOSTILE_DRAFTS).map(([name, text]): [string, string] => {
    texts.set(`${locale}:hostile:${name}`, text);
    return [name, `${locale}:hostile:${name}`];
  });
  return { ordinary, hostile };
}

/** Lints a prepared text `times` times; the bench times the call from outside, in thread CPU time. */
function lint(key: string, times: number): number {
  const text = texts.get(key)!;
  const locale = key.slice(0, 2) as Locale;
  let findings = 0;
  for (let i = 0; i < times; i++) findings += lintDraft(text, { locale, tone: 'warm' }).length;
  return findings;
}

/** Renders every reason in every tone and language, `times` times. */
function renderAll(times: number): number {
  let length = 0;
  for (let i = 0; i < times; i++)
    for (const { id } of REASONS) for (const tone of TONES) for (const locale of LOCALES) length += renderDraft({ reason: id, tone, locale, vars: VARS }).text.length;
  return length;
}

/** Reads every held-out fixture message as the worker does (clean, suggest, form of address), `times` times. */
function readAll(times: number): number {
  let found = 0;
  for (let i = 0; i < times; i++) {
    for (const { text, locale } of HELD_OUT_MESSAGES) {
      const own = cleanClientText(text);
      found += suggestReasons(own, locale).length + (detectFormality(own, locale) ? 1 : 0);
    }
  }
  return found;
}

export const COMBINATIONS = REASONS.length * TONES.length * LOCALES.length;

Object.assign(globalThis, { dpBench: { prepare, prepareHostile, lint, renderAll, readAll, messages: HELD_OUT_MESSAGES.length, combinations: COMBINATIONS } });
