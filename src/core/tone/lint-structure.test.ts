import { describe, expect, test } from 'vitest';
import { LOCALES, TONES, type LintOptions, type Locale, type Tone } from '../types';
import { lintDraft } from './lint-draft';

const warnings = (text: string, opts: LintOptions): string[] =>
  lintDraft(text, opts).filter((f) => f.severity === 'warning').map((f) => f.ruleId);
const ruleIds = (text: string, opts: LintOptions): string[] => lintDraft(text, opts).map((f) => f.ruleId);

// Good refusals a professional would send: each passes its own tone with no warning.
const good: Record<Locale, Record<Tone, string>> = {
  en: {
    warm: `Hi Ana,

Thank you so much for thinking of me for the spring launch. I know how much this campaign matters to your team. I'm afraid I can't take it on: my calendar is full with current clients until March.

What I can do is introduce you to Marta Ruiz, a designer I trust, who has time this month. I'd be glad to hear from you about future projects.

Warm regards,
Sam`,
    neutral: `Hello Mr. Davies,

Thank you for your message about the extra landing page. It is outside the scope we agreed, so I can't include it in the current project. I can send you a separate quote for it this week.

Best regards,
Sam Lee`,
    firm: `Hi Tom,

Thank you for your note. I won't be able to reduce the invoice: the work was delivered as set out in our signed agreement of 3 May. Payment is due by Friday.

Regards,
Sam`,
  },
  es: {
    warm: `Hola, Lucía:

Muchas gracias por pensar en mí para el lanzamiento. Sé lo importante que es este proyecto para vuestro equipo. Lamentablemente, no puedo encargarme ahora: mi agenda está completa hasta marzo.

Lo que sí puedo hacer es recomendarte a Marta Ruiz, una colega de confianza. Estaré encantada de hablar contigo de próximos proyectos.

Un saludo,
Sam`,
    neutral: `Estimada Sra. López:

Gracias por su mensaje sobre la página adicional. Queda fuera del alcance acordado, así que no puedo incluirla en el proyecto actual. Con gusto le envío un presupuesto aparte esta semana.

Un cordial saludo,
Sam`,
    firm: `Hola, Tomás:

Gracias por tu mensaje. No voy a reducir la factura: el trabajo se entregó según el acuerdo firmado el 3 de mayo. El pago vence el viernes.

Saludos,
Sam`,
  },
  it: {
    warm: `Ciao Marco,

grazie davvero per aver pensato a me per il lancio. So quanto questo progetto conti per il vostro team. Purtroppo non posso occuparmene in questo periodo: la mia agenda è piena fino a marzo.

Quello che posso fare è metterti in contatto con Giulia Rossi, una collega di cui mi fido. Sarò felice di sentirti per i prossimi progetti.

Un caro saluto,
Sam`,
    neutral: `Gentile dott.ssa Bianchi,

La ringrazio per il messaggio sulla pagina aggiuntiva. Non rientra nel perimetro concordato, quindi non posso includerla nel progetto attuale. Posso inviarLe volentieri un preventivo a parte entro venerdì.

Cordiali saluti,
Sam`,
    firm: `Gentile Marco,

grazie per il messaggio. Non accetto la riduzione della fattura: il lavoro è stato consegnato come previsto dall'accordo firmato il 3 maggio. Il pagamento scade venerdì.

Saluti,
Sam`,
  },
};

describe('a good refusal passes its own tone with no warning', () => {
  for (const locale of LOCALES)
    for (const tone of TONES)
      test(`${locale} ${tone}`, () => expect(warnings(good[locale][tone], { locale, tone })).toEqual([]));

  test('the warm ones also carry an alternative and an open door (no info about them either)', () => {
    for (const locale of LOCALES)
      expect(ruleIds(good[locale].warm, { locale, tone: 'warm' })).toEqual([]);
  });
});

// Bad refusals: every fault the linter knows, in one email per language.
const bad: Record<Locale, { text: string; expected: string[] }> = {
  en: {
    text: `Hi Tom,

Listen, I'm so sorry!!! I just wanted to write. I think maybe later we'll see. As I already said, the deadline is IMPOSSIBLE FOR ME.

Best,
Sam`,
    expected: ['impolite-start', 'apology-excessive', 'exclamations', 'minimizer', 'opinion-hedge', 'vague-promise',
      'vague-promise', 'blame', 'all-caps'],
  },
  es: {
    text: `Hola Tomás,

Mira, perdón, lo siento mucho!!! Solo quería decirte que quizá más adelante veremos. Como ya te dije, creo que es IMPOSIBLE PARA MÍ.

Un saludo,
Sam`,
    expected: ['impolite-start', 'apology', 'apology-excessive', 'exclamations', 'minimizer', 'vague-promise',
      'vague-promise', 'blame', 'opinion-hedge', 'all-caps'],
  },
  it: {
    text: `Ciao Marco,

senti, scusami tanto!!! Volevo solo dirti che forse più avanti vediamo. Come ti ho già detto, penso che sia IMPOSSIBILE PER ME.

Saluti,
Sam`,
    expected: ['impolite-start', 'apology-excessive', 'exclamations', 'minimizer', 'vague-promise', 'blame',
      'opinion-hedge', 'all-caps'],
  },
};

test('Windows line endings and the non-breaking spaces mail editors insert change nothing', () => {
  for (const locale of LOCALES) {
    const text = good[locale].warm.replace(/\n/g, '\r\n').replace(/ (?=\p{L})/gu, (space, at: number) => (at % 3 ? space : '\u00a0'));
    expect(ruleIds(text, { locale, tone: 'warm' })).toEqual([]);
  }
  const bad = 'Hi\u00a0Ana,\r\n\r\nI\u00a0think  I\tcan’t.\r\n\r\nBest,\r\nSam';
  const hedge = lintDraft(bad, { locale: 'en', tone: 'neutral' }).find((f) => f.ruleId === 'opinion-hedge');
  expect(bad.slice(hedge?.start, hedge?.end)).toBe('I\u00a0think');
});

describe('a bad refusal gets the expected findings', () => {
  test.each(Object.entries(bad) as [Locale, (typeof bad)['en']][])('%s', (locale, { text, expected }) => {
    const findings = lintDraft(text, { locale, tone: 'neutral' });
    expect(findings.filter((f) => f.category !== 'structure').map((f) => f.ruleId)).toEqual(expected);
    const structure = findings.filter((f) => f.category === 'structure');
    expect(structure.map((f) => `${f.ruleId} ${f.severity}`)).toEqual([
      'structure/thanks-missing warning',
      'structure/clear-no-missing warning',
      'structure/alternative-missing info',
      'structure/open-door-missing info',
    ]);
    // A missing part is an empty span where it belongs: thanks and the no open the body.
    expect(structure[0]?.start).toBe(text.indexOf('\n\n') + 2);
  });
});

describe('the no must come early', () => {
  const late: Record<Locale, [string, string]> = {
    en: ['Hi Ana,\n\nThank you for the brief. The launch sounds exciting. Your team has clearly thought it through. The timeline is ambitious. I can’t take it on this spring.\n\nBest,\nSam', 'I can’t'],
    es: ['Hola, Ana:\n\nGracias por el encargo. El lanzamiento suena muy bien. Se nota el trabajo de tu equipo. El plazo es ambicioso. No puedo encargarme esta primavera.\n\nUn saludo,\nSam', 'No puedo'],
    it: ['Gentile Anna,\n\ngrazie per il brief. Il lancio sembra interessante. Si vede il lavoro del team. La scadenza è ambiziosa. Non posso occuparmene in primavera.\n\nCordiali saluti,\nSam', 'Non posso'],
  };
  test.each(Object.entries(late) as [Locale, [string, string]][])('%s: a no in the fifth sentence is late', (locale, [text, no]) => {
    const [finding] = lintDraft(text, { locale, tone: 'neutral' }).filter((f) => f.ruleId === 'structure/clear-no-late');
    expect(finding?.severity).toBe('warning');
    expect(text.slice(finding?.start, finding?.end)).toBe(no);
  });

  test('abbreviations and a greeting with a title do not count as sentences', () => {
    const text = 'Dear Dr. Smith,\n\nThank you, e.g. for the kind words. I can’t take this on.\n\nBest,\nSam';
    expect(ruleIds(text, { locale: 'en', tone: 'neutral' })).not.toContain('structure/clear-no-late');
  });
});

describe('a no may be worded as a decision or as no availability', () => {
  test.each([
    ['en', 'Hi Ana,\n\nThank you for the brief. I’ve decided we shouldn’t work together on this. I can recommend a colleague instead. Feel free to write in the future.\n\nBest,\nSam'],
    ['es', 'Hola, Ana:\n\nGracias por el encargo. En este momento no tengo disponibilidad. Puedo recomendarte a una colega. Escríbeme cuando quieras.\n\nUn saludo,\nSam'],
  ] as [Locale, string][])('%s: counts as a clear no', (locale, text) => {
    expect(ruleIds(text, { locale, tone: 'neutral' })).not.toContain('structure/clear-no-missing');
  });
});

describe('checks follow the tone and the reason', () => {
  const noThanks = 'Hi Tom,\n\nI can’t take this on. I can recommend a colleague instead. Feel free to write in the future.\n\nBest,\nSam';
  test('missing thanks is a warning in warm and neutral, a hint in firm', () => {
    const severity = (tone: Tone) =>
      lintDraft(noThanks, { locale: 'en', tone }).find((f) => f.ruleId === 'structure/thanks-missing')?.severity;
    expect([severity('warm'), severity('neutral'), severity('firm')]).toEqual(['warning', 'warning', 'info']);
  });

  test('buy-time asks for time: neither a no nor an open door is expected, the reply date is its alternative', () => {
    const text = 'Hi Tom,\n\nThank you for the offer. Let me look at my calendar; I’ll get back to you by Friday.\n\nBest,\nSam';
    expect(ruleIds(text, { locale: 'en', tone: 'neutral' })).toEqual(['structure/clear-no-missing', 'structure/open-door-missing']);
    expect(ruleIds(text, { locale: 'en', tone: 'neutral', reason: 'buy-time' })).toEqual([]);
  });

  test('disrespect-or-ethics offers no alternative and never an open door', () => {
    const text = 'Gentile Marco,\n\ngrazie per il messaggio. Non accetto compensi fuori fattura e chiudo qui la collaborazione.\n\nSaluti,\nSam';
    const ids = ruleIds(text, { locale: 'it', tone: 'firm', reason: 'disrespect-or-ethics' });
    expect(ids).not.toContain('structure/alternative-missing');
    expect(ids).not.toContain('structure/open-door-missing');
    expect(ruleIds(text, { locale: 'it', tone: 'firm' })).toContain('structure/open-door-missing');
  });

  test('disrespect-or-ethics is not asked to thank: a bribe gets no gratitude', () => {
    const text = 'Hi Marco,\n\nI don\'t accept payments outside the invoice, and I won\'t be continuing on these terms.\n\nRegards,\nSam';
    expect(lintDraft(text, { locale: 'en', tone: 'neutral', reason: 'disrespect-or-ethics' }).filter((f) => f.severity === 'warning')).toEqual([]);
    expect(ruleIds(text, { locale: 'en', tone: 'neutral' })).toContain('structure/thanks-missing');
  });
});

describe('regret budget and soft apologies', () => {
  const twoRegrets = 'Hola, Ana:\n\nGracias por escribirme. Lo siento, no puedo encargarme. Lamentablemente, mi agenda está llena.\n\nUn saludo,\nSam';
  const excess = (tone: Tone) => lintDraft(twoRegrets, { locale: 'es', tone }).filter((f) => f.ruleId === 'structure/regret-excess');

  test('warm allows one regret: a soft "lo siento" passes, the second regret is a warning', () => {
    const found = lintDraft(twoRegrets, { locale: 'es', tone: 'warm' });
    expect(found.filter((f) => f.ruleId === 'apology')).toEqual([]);
    expect(excess('warm').map((f) => [twoRegrets.slice(f.start, f.end), f.severity])).toEqual([['Lamentablemente', 'warning']]);
  });

  test('neutral: the soft apology is a warning and the second regret a hint', () => {
    const found = lintDraft(twoRegrets, { locale: 'es', tone: 'neutral' });
    expect(found.filter((f) => f.ruleId === 'apology').map((f) => twoRegrets.slice(f.start, f.end))).toEqual(['Lo siento']);
    expect(excess('neutral').map((f) => f.severity)).toEqual(['info']);
  });

  test('firm allows none: every regret is a warning, reported once', () => {
    const found = lintDraft(twoRegrets, { locale: 'es', tone: 'firm' }).filter((f) => f.severity === 'warning');
    expect(found.map((f) => twoRegrets.slice(f.start, f.end))).toEqual(['Lo siento', 'Lamentablemente']);
  });

  test('hedges stay warnings in warm', () => {
    expect(warnings('Hi Ana,\n\nThank you! I just wanted to say I think I can’t.\n\nBest,\nSam', { locale: 'en', tone: 'warm' }))
      .toEqual(['minimizer', 'opinion-hedge']);
  });

  test('"solo" alone is only a hint, since it may mean "only"', () => {
    const [hint] = lintDraft('Solo trabajo por correo electrónico.', { locale: 'es', tone: 'firm' }).filter((f) => f.category === 'hedge');
    expect(hint?.severity).toBe('info');
  });
});

test('an empty draft has nothing to say', () => {
  expect(lintDraft('  \n ', { locale: 'en', tone: 'warm' })).toEqual([]);
});
