import { describe, expect, test } from 'vitest';
import { LOCALES, TONES, lintDraft, renderDraft, type DraftRequest, type Locale } from '../index';
import { CLAUSE_KINDS, clauseKindOf, type ClauseKind } from './clause-kind';

// Clauses as users type them, per language and kind, and what the reason must then speak of.
const TYPED: Record<Locale, Record<ClauseKind, string>> = {
  en: { restraint: 'the two-year exclusivity clause', payment: 'the 90-day payment terms',
    revisions: 'clause 7 on unlimited revisions', liability: 'the uncapped liability clause' },
  es: { restraint: 'la cláusula de no competencia', payment: 'el pago a 90 días',
    revisions: 'la cláusula de revisiones ilimitadas', liability: 'la cláusula de penalizaciones por retraso' },
  it: { restraint: "la clausola d'esclusiva", payment: 'il pagamento a 120 giorni',
    revisions: "l'articolo 7 sulle revisioni illimitate", liability: 'la clausola sulla responsabilità illimitata' },
};
const SPOKEN_OF: Record<Locale, Record<ClauseKind, RegExp>> = {
  en: { restraint: /other clients/u, payment: /paid/u, revisions: /agreed end/u, liability: /liable/u },
  es: { restraint: /otros clientes/u, payment: /adelantar/u, revisions: /final acordado/u, liability: /riesgos/u },
  it: { restraint: /altri clienti/u, payment: /anticipare/u, revisions: /fine concordata/u, liability: /rischi/u },
};

test('a typed clause is read as the kind of term it names, in each language, and as none when it names none', () => {
  for (const locale of LOCALES) for (const kind of CLAUSE_KINDS) expect(clauseKindOf(TYPED[locale][kind]), TYPED[locale][kind]).toBe(kind);
  for (const other of ['clause 12 on confidentiality', 'la cláusula de confidencialidad', 'la clausola di riservatezza', '']) {
    expect(clauseKindOf(other), other).toBeUndefined();
  }
  expect(clauseKindOf(undefined)).toBeUndefined();
});

describe.each(LOCALES)('%s', (locale) => {
  const refusal = (tone: DraftRequest['tone'], clause: string, includeReason = true) => renderDraft({
    reason: 'contract-terms', tone, locale, includeReason, alternative: 'none', vars: { clientFirstName: 'Ana', clause },
  }).text;

  test.each(TONES)('%s: explaining the refusal of a known kind of clause says what it would cost the writer', (tone) => {
    for (const kind of CLAUSE_KINDS) {
      const text = refusal(tone, TYPED[locale][kind]);
      expect(text).toContain(TYPED[locale][kind]);
      expect(text).toMatch(SPOKEN_OF[locale][kind]);
      expect(lintDraft(text, { locale, tone, reason: 'contract-terms' }).filter((f) => f.severity === 'warning'), text).toEqual([]);
      // Without the reason, the draft keeps to the plain no.
      expect(refusal(tone, TYPED[locale][kind], false)).not.toMatch(SPOKEN_OF[locale][kind]);
    }
  });

  test.each(TONES)('%s: a clause of no known kind keeps the general reason', (tone) => {
    const text = refusal(tone, locale === 'en' ? 'clause 12 on confidentiality' : locale === 'es' ? 'la cláusula de confidencialidad' : 'la clausola di riservatezza');
    for (const kind of CLAUSE_KINDS) expect(text).not.toMatch(SPOKEN_OF[locale][kind]);
  });
});
