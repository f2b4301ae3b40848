// What a demanding native editor flagged in the first drafts (docs/design.md section 3), held as tests:
// no stock sentence across reasons, no thanks or open door for disrespect, no gendered group
// greeting, bodies within their tone's length, Italian bodies starting lowercase after the greeting.
import { describe, expect, test } from 'vitest';
import { LOCALES, REASONS, TONES, renderDraft, type DraftRequest, type DraftVars, type Locale, type Tone } from '../index';
import { BUILT_IN_DRAFTS } from './built-in';

const VALUES: Record<Locale, DraftVars> = {
  en: { clientFirstName: 'Laura', myName: 'Sam', date: 'early March', rate: '€60 an hour', policy: 'two rounds of revisions',
    agreement: 'the proposal you approved on 3 May', offer: 'the two landing pages', referralName: 'Marta Ruiz',
    referralContact: 'marta@ruiz.studio', clause: 'the non-compete clause', declined: 'the social media management',
    resources: 'the Google Search Central guides', amount: 'the March invoice' },
  es: { clientFirstName: 'Lucía', myName: 'Sam', date: 'principios de marzo', rate: '60 € la hora', policy: 'dos rondas de cambios',
    agreement: 'el presupuesto aprobado el 3 de mayo', offer: 'las dos páginas de aterrizaje', referralName: 'Marta Ruiz',
    referralContact: 'marta@ruiz.studio', clause: 'la cláusula de exclusividad', declined: 'la gestión de redes sociales',
    resources: 'las guías gratuitas de Google', amount: 'la factura de marzo' },
  it: { clientFirstName: 'Giulia', myName: 'Sam', date: 'inizio marzo', rate: '60 € l’ora', policy: 'due giri di revisioni',
    agreement: 'il preventivo approvato il 3 maggio', offer: 'le due landing page', referralName: 'Marta Ruiz',
    referralContact: 'marta@ruiz.studio', clause: 'la clausola di non concorrenza', declined: 'la gestione dei social',
    resources: 'le guide gratuite di Google', amount: 'la fattura di marzo' },
};

const ADDRESSES: Partial<DraftRequest>[] = [
  { formality: 'formal' }, { formality: 'informal' }, { plural: true }, { plural: true, formality: 'informal', variety: 'spain' },
];

/** The paragraphs between the greeting and the sign-off. */
const bodyOf = (text: string): string[] => text.split('\n\n').slice(1, -1);
const sentencesOf = (paragraph: string): string[] => paragraph.split(/(?<=[.!?])\s+(?=[\p{Lu}¿¡])/u);
const wordsIn = (paragraphs: string[]): number => paragraphs.join(' ').split(/\s+/u).filter((w) => /\p{L}|\d/u.test(w)).length;

function* drafts(locale: Locale, tone: Tone): Generator<{ req: DraftRequest; text: string }> {
  for (const reason of REASONS) for (const alternative of reason.alternatives) for (const address of ADDRESSES)
    for (const includeReason of [true, false]) for (const vars of [VALUES[locale], {}]) for (const variant of [0, 1, 2, 3]) {
      const req: DraftRequest = { reason: reason.id, tone, locale, alternative, includeReason, variant, vars, ...address };
      yield { req, text: renderDraft(req).text };
    }
}

describe.each(LOCALES)('%s', (locale) => {
  test.each(TONES)('%s: no sentence appears word for word in more than two reasons', (tone) => {
    const reasonsOf = new Map<string, Set<string>>();
    for (const { req, text } of drafts(locale, tone)) for (const paragraph of bodyOf(text)) for (const sentence of sentencesOf(paragraph)) {
      const seen = reasonsOf.get(sentence) ?? new Set();
      reasonsOf.set(sentence, seen.add(req.reason));
    }
    const stock = [...reasonsOf].filter(([, reasons]) => reasons.size > 2).map(([s, reasons]) => `"${s}" in ${[...reasons].join(', ')}`);
    expect(stock).toEqual([]);
  });

  test('a disrespectful or unethical request gets no thanks, no empathy and no open door', () => {
    const thanks = /thank|grateful|appreciat|gracias|agradec|grazie|ringrazi|lieto|lieta|encantad/iu;
    const door = /\bagain\b|futur|próxim|prossim|in touch|contacto|contatto|disposición|disposizione/iu;
    expect(BUILT_IN_DRAFTS[locale].reasons['disrespect-or-ethics'].empathy).toBeUndefined();
    for (const tone of TONES) for (const address of ADDRESSES) for (const variant of [0, 1, 2]) {
      const { text } = renderDraft({ reason: 'disrespect-or-ethics', tone, locale, variant, vars: VALUES[locale], ...address });
      const body = bodyOf(text).join('\n');
      expect(body, text).not.toMatch(thanks);
      expect(body, text).not.toMatch(door);
    }
  });

  test('bodies stay within their tone\'s length: full drafts in range, every draft under the ceiling', () => {
    const RANGE: Record<Tone, [number, number]> = { warm: [60, 130], neutral: [45, 100], firm: [30, 80] };
    const outside: string[] = [];
    for (const tone of TONES) for (const { req, text } of drafts(locale, tone)) {
      const words = wordsIn(bodyOf(text));
      const full = req.includeReason && req.vars === VALUES[locale] && req.alternative === REASONS.find((r) => r.id === req.reason)!.alternatives[0];
      // Disrespect is answered with a calm, short statement: no thanks, empathy or door to fill it out.
      const [min, max] = req.reason === 'disrespect-or-ethics' ? [RANGE.firm[0], RANGE[tone][1]] : RANGE[tone];
      if (words > max || (full && words < min)) outside.push(`${req.reason}/${tone}/${req.alternative}/v${req.variant}: ${words} words\n${text}`);
    }
    expect(outside.slice(0, 3)).toEqual([]);
  });
});

test.each(['es', 'it'] as const)('%s: a group is greeted without a gendered word', (locale) => {
  for (const reason of REASONS) for (const tone of TONES) for (const variant of [0, 1, 2, 3, 4]) for (const formality of ['formal', 'informal'] as const) {
    const { text } = renderDraft({ reason: reason.id, tone, locale, variant, plural: true, formality, variety: 'spain' });
    expect(text.split('\n')[0], text).not.toMatch(/\b(todos|todas|tutti|tutte)\b/iu);
  }
});

test('Italian bodies start lowercase after the greeting\'s comma, but for a courtesy pronoun (La ringrazio, Vi ringrazio)', () => {
  for (const reason of REASONS) for (const tone of TONES) for (const variant of [0, 1, 2, 3]) for (const address of ADDRESSES.slice(0, 3)) {
    const { text } = renderDraft({ reason: reason.id, tone, locale: 'it', variant, vars: VALUES.it, ...address });
    const first = bodyOf(text)[0]!;
    expect(first, text).toMatch(/^(\p{Ll}|(La|Le|Lei|Vi|Voi|Ci)\b)/u);
  }
});

test('the same choice always gives the same draft, and another wording a different one', () => {
  const req: DraftRequest = { reason: 'contract-terms', tone: 'neutral', locale: 'es', vars: VALUES.es };
  expect(renderDraft(req).text).toBe(renderDraft(req).text);
  expect(renderDraft({ ...req, variant: 1 }).text).not.toBe(renderDraft(req).text);
});
