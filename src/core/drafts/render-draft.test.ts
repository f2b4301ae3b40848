// Every draft the product can produce is clean: no gap, no unfilled marker, names where given,
// values escaped in HTML. The loop covers every reason × tone × language × formality ×
// includeReason × keepDoorOpen × alternative, with and without names.
import { describe, expect, test } from 'vitest';
import { REASONS, renderDraft, LOCALES, TONES, type DraftRequest, type DraftVars } from '../index';

const NAMED: DraftVars = {
  clientFirstName: 'Ana <b>&', clientName: 'Ana <b>& López', myName: 'Sam "O\'Neil"',
  referralName: 'Marta Ruiz', referralContact: 'marta@ruiz.studio', date: 'early March',
  rate: '€60/h', policy: 'one round of revisions', agreement: 'the quote of 3 May', offer: 'the two blog posts',
  clause: 'the non-compete clause', declined: 'the video editing', resources: 'the Canva tutorials', amount: 'the March invoice',
};

function problems(text: string): string[] {
  const found: string[] = [];
  const checks: [RegExp, string][] = [
    [/\{\{|\}\}/u, 'unfilled variable'], [/[[\]]|<[cmnvr]:/u, 'unresolved markup'], [/ {2}/u, 'double space'],
    [/\n{3}/u, 'empty paragraph'], [/ [,.:;]/u, 'space before punctuation'], [/^ | $/mu, 'space at a line edge'],
    [/(Dear|Hi|Hello|Hola|Estimad[oa]|Gentile|Ciao|Buongiorno|Buenos días) ?[,:]\S/u, 'greeting gap'],
    [/\.\./u, 'double full stop'], [/undefined|null/u, 'leaked value'],
  ];
  for (const [pattern, what] of checks) if (pattern.test(text)) found.push(what);
  return found;
}

const combos = function* (): Generator<DraftRequest & { named: boolean }> {
  for (const reason of REASONS) for (const tone of TONES) for (const locale of LOCALES)
    for (const formality of ['formal', 'informal'] as const) for (const includeReason of [true, false])
      for (const keepDoorOpen of [true, false]) for (const alternative of reason.alternatives)
        for (const named of [true, false]) {
          yield { reason: reason.id, tone, locale, formality, includeReason, keepDoorOpen, alternative, named,
            vars: named ? NAMED : {} };
        }
};

describe('every built-in draft', () => {
  test('is clean, names the client and signs with my name when given, and escapes values in HTML', () => {
    let count = 0;
    const failures: string[] = [];
    for (const { named, ...req } of combos()) {
      const { text, html } = renderDraft(req);
      count += 1;
      const label = `${req.reason}/${req.tone}/${req.locale}/${req.formality}/${req.alternative}/reason:${req.includeReason}/door:${req.keepDoorOpen}/named:${named}`;
      for (const p of problems(text)) failures.push(`${label}: ${p}\n${text}`);
      if (named) {
        if (!text.split('\n')[0]!.includes('Ana <b>&')) failures.push(`${label}: greeting lacks the client's name`);
        if (!text.endsWith('\nSam "O\'Neil"')) failures.push(`${label}: not signed with my name`);
        if (html.includes('<b>') || !html.includes('Ana &lt;b&gt;&amp;')) failures.push(`${label}: name not escaped in HTML`);
        if (req.alternative === 'referral' && !text.includes('Marta Ruiz')) failures.push(`${label}: referral name missing`);
      } else if (/Ana|Sam/u.test(text)) {
        failures.push(`${label}: a name appeared that nobody gave`);
      }
      if (!/^(<p>[^<]*(<br>[^<]*)*<\/p>)+$/u.test(html)) failures.push(`${label}: HTML is not plain paragraphs`);
    }
    expect(failures.slice(0, 5)).toEqual([]);
    const alternatives = REASONS.reduce((n, r) => n + r.alternatives.length, 0);
    expect(count).toBe(alternatives * TONES.length * LOCALES.length * 2 ** 4);
  });

  test('every variable of the reason and its alternative appears when given and the reason is explained', () => {
    const used = (text: string, value: string) => text.includes(value);
    for (const reason of REASONS) for (const locale of LOCALES) for (const tone of TONES) for (const alternative of reason.alternatives) {
      const { text } = renderDraft({ reason: reason.id, tone, locale, alternative, vars: NAMED });
      if (['later-date', 'reply-by'].includes(alternative)) expect(used(text, 'early March'), `${reason.id} ${locale} ${tone}`).toBe(true);
      if (['smaller-scope', 'what-i-can-do'].includes(alternative)) expect(used(text, 'the two blog posts'), `${reason.id} ${locale} ${tone}`).toBe(true);
      if (reason.vars.includes('agreement')) expect(used(text, 'the quote of 3 May'), `${reason.id} ${locale} ${tone}`).toBe(true);
      if (reason.id === 'extra-revisions') expect(used(text, 'one round of revisions'), `${locale} ${tone}`).toBe(true);
      if (reason.id === 'contract-terms') expect(used(text, 'the non-compete clause'), `${locale} ${tone}`).toBe(true);
      if (reason.id === 'partial-yes') expect(used(text, 'the video editing'), `${locale} ${tone}`).toBe(true);
      if (alternative === 'free-resources') expect(used(text, 'the Canva tutorials'), `${reason.id} ${locale} ${tone}`).toBe(true);
      if (alternative === 'payment-first') expect(used(text, 'the March invoice'), `${locale} ${tone}`).toBe(true);
    }
  });

  test('says each value once, even when two parts could use it', () => {
    const { text } = renderDraft({ reason: 'after-hours', tone: 'firm', locale: 'en', vars: { policy: 'Monday to Friday, 9 to 5' } });
    expect(text.split('Monday to Friday').length - 1).toBe(1);
  });
});

describe('options', () => {
  const base = { reason: 'schedule-full', tone: 'neutral', locale: 'en' } as const;

  test('"another wording" gives a different draft for every reason, tone and language', () => {
    for (const reason of REASONS) for (const tone of TONES) for (const locale of LOCALES) {
      const a = renderDraft({ reason: reason.id, tone, locale, variant: 0, vars: NAMED }).text;
      const b = renderDraft({ reason: reason.id, tone, locale, variant: 1, vars: NAMED }).text;
      expect(a, `${reason.id} ${tone} ${locale}`).not.toBe(b);
    }
  });

  test('any integer is a variant, taken modulo the wordings', () => {
    expect(renderDraft({ ...base, variant: -3 }).text).toBeTruthy();
    expect(renderDraft({ ...base, variant: 2.7 }).text).toBe(renderDraft({ ...base, variant: 2 }).text);
  });

  test('defaults: formal, reason explained, door open, the first alternative, variant 0, signed', () => {
    const vars = { myName: 'Sam', date: 'early March' };
    expect(renderDraft({ ...base, vars })).toEqual(renderDraft({ ...base, vars, formality: 'formal', includeReason: true,
      keepDoorOpen: true, alternative: 'later-date', variant: 0, signOff: true, plural: false }));
  });

  test('an unknown reason, tone or language, or an alternative the reason does not offer, is a RangeError', () => {
    expect(() => renderDraft({ ...base, reason: 'nope' as never })).toThrow(RangeError);
    expect(() => renderDraft({ ...base, tone: 'loud' as never })).toThrow(RangeError);
    expect(() => renderDraft({ ...base, locale: 'fr' as never })).toThrow(RangeError);
    expect(() => renderDraft({ ...base, alternative: 'payment-first' })).toThrow(RangeError);
    expect(() => renderDraft({ reason: 'partial-yes', tone: 'warm', locale: 'es', alternative: 'none' })).toThrow(RangeError);
  });

  test('leaving out the reason, the alternative or the open door shortens the draft', () => {
    const full = renderDraft(base).text;
    for (const option of [{ includeReason: false }, { alternative: 'none' }, { keepDoorOpen: false }]) {
      expect(renderDraft({ ...base, ...option }).text.length).toBeLessThan(full.length);
    }
  });

  test('a refusal on ethical grounds never leaves the door open', () => {
    for (const locale of LOCALES) {
      const open = renderDraft({ reason: 'disrespect-or-ethics', tone: 'warm', locale, keepDoorOpen: true }).text;
      const closed = renderDraft({ reason: 'disrespect-or-ethics', tone: 'warm', locale, keepDoorOpen: false }).text;
      expect(open).toBe(closed);
    }
  });

  test('with the signature already in the mail, the draft ends with the closing line and no name', () => {
    const { text } = renderDraft({ ...base, signOff: false, vars: { myName: 'Sam' } });
    expect(text).not.toContain('Sam');
    expect(text.split('\n').at(-1)).toMatch(/^\p{Lu}[\p{L} ]+,$/u);
  });

  test('answering several people greets them all, never names one, and never guesses their gender', () => {
    expect(renderDraft({ ...base, plural: true, vars: { clientFirstName: 'Ana' } }).text).toMatch(/^(Hi all|Hello all|Hello everyone|Hello|Dear all),/u);
    for (const tone of TONES) for (const variant of [0, 1, 2]) for (const formality of ['formal', 'informal'] as const) {
      const es = renderDraft({ ...base, tone, variant, formality, locale: 'es', plural: true, vars: { clientFirstName: 'Ana' } }).text;
      expect(es.split('\n')[0]).toMatch(/^(Hola|Buenos días|Buenas tardes):$/u);
      const it = renderDraft({ ...base, tone, variant, formality, locale: 'it', plural: true, vars: { clientFirstName: 'Ana' } }).text;
      expect(it.split('\n')[0]).toMatch(/^(Buongiorno|Salve|Ciao|Gentili clienti),$/u);
    }
  });

  test('a Latin American group on first-name terms, addressed as ustedes, is still greeted and signed off informally', () => {
    // Cutting off a disrespectful client stays cold on purpose: "Buenos días" and "Atentamente" to anyone.
    const reasons = REASONS.filter((reason) => reason.id !== 'disrespect-or-ethics');
    const ends = (formality: 'formal' | 'informal') => reasons.flatMap((reason) => TONES.flatMap((tone) => [0, 1].map((variant) => {
      const lines = renderDraft({ reason: reason.id, tone, variant, formality, locale: 'es', variety: 'latam', plural: true, signOff: false }).text.split('\n');
      return `${lines[0]} … ${lines.at(-1)}`;
    })));
    expect(ends('informal').filter((text) => /Buenos días|cordiales|Atentamente|Cordialmente/u.test(text))).toEqual([]);
    expect(ends('formal').some((text) => /^Buenos días:/u.test(text))).toBe(true);
  });

  test('Spanish of Spain greets and addresses a group on first-name terms as vosotros; Latin America as ustedes', () => {
    const req = { ...base, reason: 'extra-revisions', locale: 'es', plural: true, formality: 'informal', vars: { rate: '60 €' } } as const;
    const spain = [0, 1, 2, 3].map((variant) => renderDraft({ ...req, variant, variety: 'spain' }).text).join('\n');
    const latam = [0, 1, 2, 3].map((variant) => renderDraft({ ...req, variant, variety: 'latam' }).text).join('\n');
    expect(spain).toMatch(/\b(os|vosotros|vuestr[oa]s?|\p{L}+áis|\p{L}+éis)\b/u);
    expect(spain).not.toMatch(/\b(ustedes|les)\b/u);
    expect(latam).not.toMatch(/\b(os|vosotros|vuestr[oa]s?)\b/u);
    expect(renderDraft({ ...req, variety: 'latam' })).toEqual(renderDraft(req));
  });

  test('a price quote is a "cotización" in Latin America and a "presupuesto" in Spain', () => {
    const drafts = (variety: 'spain' | 'latam') => TONES.flatMap((tone) => [0, 1, 2, 3].map((variant) => renderDraft({
      ...base, reason: 'out-of-scope', alternative: 'separate-quote', locale: 'es', tone, variant, variety,
    }).text)).join('\n');
    expect(drafts('latam')).toMatch(/cotiz/u);
    expect(drafts('latam')).not.toMatch(/presupuest/u);
    expect(drafts('spain')).toMatch(/presupuest/u);
    expect(drafts('spain')).not.toMatch(/cotiz/u);
  });

  test('a past act is told in the preterite in Latin America and in the present perfect in Spain', () => {
    const replies = (variety: 'spain' | 'latam') => TONES.flatMap((tone) => (['formal', 'informal'] as const).map((formality) =>
      renderDraft({ reason: 'disrespect-or-ethics', tone, locale: 'es', variety, formality }).text)).join('\n');
    expect(replies('latam')).toMatch(/me escribi(ó|ste)/u);
    expect(replies('latam')).not.toMatch(/me (has|ha) escrito|He leído/u);
    expect(replies('spain')).toMatch(/me (has|ha) escrito/u);
  });

  test('a Latin American client on first-name terms is signed off "Saludos", never Spain\'s "Un saludo"', () => {
    const signOffs = (variety: 'spain' | 'latam') => REASONS.flatMap((reason) => TONES.flatMap((tone) => [0, 1].map((variant) =>
      renderDraft({ reason: reason.id, tone, variant, variety, locale: 'es', formality: 'informal' }).text.split('\n').at(-1)!)));
    expect(signOffs('latam').filter((line) => line.startsWith('Un saludo'))).toEqual([]);
    expect(signOffs('spain').some((line) => line.startsWith('Un saludo'))).toBe(true);
  });

  test('the greeting uses a gendered form only when the gender was given', () => {
    const withGender = renderDraft({ ...base, locale: 'es', vars: { clientFirstName: 'Lucía', clientGender: 'f' } }).text;
    expect(withGender.split('\n')[0]).toBe('Estimada Lucía:');
    for (const variant of [0, 1, 2, 3]) {
      expect(renderDraft({ ...base, locale: 'es', variant, vars: { clientFirstName: 'Lucía' } }).text).not.toMatch(/Estimad[oa]/u);
      expect(renderDraft({ ...base, locale: 'it', tone: 'warm', formality: 'informal', variant, vars: { clientFirstName: 'Luca' } }).text).not.toMatch(/Car[oa] /u);
    }
  });

  test('a date typed with its article joins the preposition as a native would write it', () => {
    for (const reason of REASONS) for (const variant of [0, 1, 2, 3]) for (const alternative of reason.alternatives) {
      const es = renderDraft({ ...base, reason: reason.id, alternative, locale: 'es', variant, vars: { date: 'el 3 de marzo' } }).text;
      expect(es).not.toMatch(/\b(de|a) el 3\b/u);
      const it = renderDraft({ ...base, reason: reason.id, alternative, locale: 'it', variant, vars: { date: 'il 3 marzo' } }).text;
      expect(it).not.toMatch(/\b(di|a|da|in|su) il 3\b/u);
    }
  });

  test('a closing that leans on the reason ("closer to what I do") comes only in a draft that gives the reason', () => {
    const leaning = /closer to (what|the work) I do|afín a lo que hago/u;
    const closings = (includeReason: boolean) => (['en', 'es'] as const).flatMap((locale) => TONES.flatMap((tone) =>
      [0, 1, 2, 3].flatMap((variant) => ['none', 'referral'].map((alternative) =>
        renderDraft({ reason: 'not-a-fit', tone, locale, variant, alternative, includeReason, vars: NAMED }).text))));
    expect(closings(false).filter((text) => leaning.test(text))).toEqual([]);
    expect(closings(true).some((text) => leaning.test(text))).toBe(true);
  });

  test('a draft that gives the colleague\'s address does not then offer to put the client in touch', () => {
    const offerToConnect = { en: /put you in touch|introduc/iu, es: /pedirle que se ponga en contacto|presentaciones/iu, it: /metto (volentieri )?in contatto|metter\w* in contatto|nominativo/iu };
    const referrals = REASONS.filter((reason) => reason.alternatives.includes('referral'));
    for (const reason of referrals) for (const locale of LOCALES) for (const tone of TONES) for (const variant of [0, 1, 2, 3]) {
      const request = { reason: reason.id, tone, locale, variant, alternative: 'referral' as const };
      const withAddress = renderDraft({ ...request, vars: NAMED }).text;
      expect(withAddress, withAddress).not.toMatch(offerToConnect[locale]);
    }
    const withoutAddress = (locale: 'en' | 'es' | 'it') => referrals.flatMap((reason) => TONES.map((tone) =>
      renderDraft({ reason: reason.id, tone, locale, alternative: 'referral', vars: { referralName: 'Marta Ruiz' } }).text));
    expect(withoutAddress('en').some((text) => offerToConnect.en.test(text))).toBe(true);
    expect(withoutAddress('es').some((text) => offerToConnect.es.test(text))).toBe(true);
    expect(withoutAddress('it').some((text) => offerToConnect.it.test(text))).toBe(true);
  });

  test('an offer of "a copy" says of what only when the user named no agreement', () => {
    const copies = (vars: DraftVars) => TONES.flatMap((tone) => [0, 1, 2, 3].map((variant) => renderDraft({
      reason: 'as-agreed-in-writing', tone, variant, locale: 'en', alternative: 'written-agreement', vars,
    }).text)).filter((text) => /a copy/u.test(text));
    expect(copies({}).length).toBeGreaterThan(0);
    expect(copies({}).filter((text) => !/a copy of our written agreement/u.test(text))).toEqual([]);
    expect(copies({ agreement: 'the quote of 3 May' }).filter((text) => /our written agreement/u.test(text))).toEqual([]);
  });

  test('a reason that points to a specialist comes only before a referral, never before links to do it oneself', () => {
    const specialist = /a specialist would serve you better/u;
    const drafts = (alternative: 'referral' | 'free-resources' | 'none') => [0, 1, 2, 3].map((variant) =>
      renderDraft({ reason: 'not-my-specialty', tone: 'warm', locale: 'en', variant, alternative, vars: NAMED }).text);
    expect(drafts('referral').filter((text) => !specialist.test(text))).toEqual([]);
    expect([...drafts('free-resources'), ...drafts('none')].filter((text) => specialist.test(text))).toEqual([]);
  });

  test('a partial yes that names neither part offers to confirm which parts instead of pointing at "the rest"', () => {
    const rest = { en: /the rest|everything else/u, es: /del resto|el resto/u, it: /il resto/u };
    const confirm = { en: /confirm which parts/u, es: /confirm\w+ de qué partes/u, it: /(conferm|indic)\w+( volentieri)? (di )?quali parti|definire le parti/u };
    for (const locale of LOCALES) for (const tone of TONES) for (const variant of [0, 1, 2, 3]) {
      const request = { reason: 'partial-yes', tone, locale, variant, alternative: 'what-i-can-do' } as const;
      const unnamed = renderDraft({ ...request, vars: {} }).text;
      expect(unnamed, unnamed).not.toMatch(rest[locale]);
      expect(unnamed, unnamed).toMatch(confirm[locale]);
      const declinedOnly = renderDraft({ ...request, vars: { declined: 'the video editing' } }).text;
      expect(declinedOnly, declinedOnly).not.toMatch(confirm[locale]);
    }
  });

  test('after an offer on the current work, a draft asks for the next step instead of pointing to future projects', () => {
    const future = /futur|prossimi progetti|próximos proyectos|another time|next project/iu;
    // A colleague, free resources or a direct contact point away from the current work: a look ahead may follow them.
    const elsewhere = new Set(['none', 'referral', 'free-resources', 'direct-contact']);
    for (const reason of REASONS) for (const locale of LOCALES) for (const tone of TONES) for (const variant of [0, 1, 2]) {
      for (const alternative of reason.alternatives.filter((a) => !elsewhere.has(a))) {
        const offered = renderDraft({ reason: reason.id, tone, locale, variant, alternative, vars: NAMED }).text;
        expect(offered, offered).not.toMatch(future);
      }
    }
  });
});
