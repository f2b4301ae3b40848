// A reviewer caught "da solo" in a draft signed by a woman: Spanish and Italian words that agree
// with the writer must sit in <m:o|a> markup, so they follow the profile's gender or are not used.
import { describe, expect, test } from 'vitest';
import { BUILT_IN_DRAFTS } from './built-in';

const strings = (v: unknown): string[] => typeof v === 'string' ? [v]
  : Array.isArray(v) ? v.flatMap(strings)
  : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];

// The adjectives and participles a writer says of themself in these drafts ("sono sicuro", "estoy dispuesta").
const WRITER_AGREES = {
  es: /\b(?:(?:estoy|estaría|estaré|quedo|me siento|soy|sería|esté) (?:segur|convencid|content|obligad|dispuest|encantad|agradecid|preparad)[oa]|encantad[oa]|agradecid[oa])\b/giu,
  it: /\b(?:da sol[oa]|(?:sono|sarei|sarò|resto|rimango|sia) (?:sicur|convint|content|costrett|liet|grat|pront|dispost|obbligat|tenut|stat)[oa])\b/giu,
};

describe.each(Object.entries(WRITER_AGREES))('%s', (locale, agrees) => {
  test("no wording makes the writer male or female outside the writer's gender markup", () => {
    const unmarked = strings(BUILT_IN_DRAFTS[locale as keyof typeof WRITER_AGREES])
      .filter((wording) => wording.replace(/<[cm]:[^<>|]*\|[^<>|]*>/gu, '').match(agrees));
    expect(unmarked).toEqual([]);
  });
});
