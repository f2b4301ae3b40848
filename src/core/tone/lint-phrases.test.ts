import { describe, expect, test } from 'vitest';
import { LOCALES, type Finding, type Locale, type Tone } from '../types';
import { lintDraft } from './lint-draft';

/** The phrase findings (not the structure checks) with the text each one covers. */
function phraseHits(text: string, locale: Locale, tone: Tone = 'neutral'): { ruleId: string; text: string }[] {
  return lintDraft(text, { locale, tone })
    .filter((finding) => finding.category !== 'structure')
    .map((finding) => ({ ruleId: finding.ruleId, text: text.slice(finding.start, finding.end) }));
}

const covered = (text: string, locale: Locale): string[] => phraseHits(text, locale).map((hit) => hit.text);

describe('undermining phrases are caught where they stand', () => {
  test.each([
    ['I just wanted to check in.', 'just'],
    ['Sorry, I can’t take this on.', 'Sorry'],
    ['I think the timeline is too short.', 'I think'],
    ['I guess we can talk about it.', 'I guess'],
    ['Maybe I can help with part of it.', 'Maybe'],
    ['The brief actually asks for more.', 'actually'],
    ["I'm no expert in SEO, but that is not my field.", "I'm no expert"],
    ['I am not the right person for this. Does that make sense?', 'Does that make sense'],
    ['To be honest, my calendar is full.', 'To be honest'],
    ['Thanks for the offer!!! I can’t do it.', '!!!'],
    ['We could look at it maybe later.', 'maybe later'],
    ["We'll see how the spring looks.", "We'll see"],
    ['As I already said, the price includes two rounds.', 'As I already said'],
    ['Hi Tom,\n\nListen, the scope was agreed.', 'Listen,'],
    ['This is NOT ACCEPTABLE to me.', 'NOT ACCEPTABLE'],
    ['I’m so sorry to say no.', 'so sorry'],
  ])('English: %j flags %j', (text, phrase) => {
    expect(covered(text, 'en')).toContain(phrase);
  });

  test.each([
    ['Solo quería decirte que no puedo.', 'Solo quería'],
    ['Sólo quería avisarte.', 'Sólo quería'],
    ['Simplemente no me da tiempo.', 'Simplemente'],
    ['Perdón, no puedo encargarme.', 'Perdón'],
    ['Lo siento mucho, no puedo.', 'Lo siento mucho'],
    ['Disculpa, no me es posible.', 'Disculpa'],
    ['Creo que no es buena idea.', 'Creo que'],
    ['Supongo que lo entiendes.', 'Supongo'],
    ['Quizás podamos verlo en abril.', 'Quizás'],
    ['Tal vez en otro momento.', 'Tal vez'],
    ['A lo mejor te encaja otra fecha.', 'A lo mejor'],
    ['En realidad el encargo es otro.', 'En realidad'],
    ['No soy experto en SEO.', 'No soy experto'],
    ['Te propongo otra fecha. ¿Tiene sentido?', '¿Tiene sentido?'],
    ['Para ser sincera, no tengo hueco.', 'Para ser sincera'],
    ['Más adelante veremos qué hacemos.', 'Más adelante veremos'],
    ['Como ya te dije, el precio incluye dos revisiones.', 'Como ya te dije'],
    ['Hola, Tomás:\n\nMira, el alcance estaba cerrado.', 'Mira,'],
    ['Eso es INACEPTABLE PARA MÍ.', 'INACEPTABLE PARA MÍ'],
  ])('Spanish: %j flags %j', (text, phrase) => {
    expect(covered(text, 'es')).toContain(phrase);
  });

  test.each([
    ['Volevo solo dirti che non posso.', 'Volevo solo'],
    ['Ti scrivo soltanto per avvisarti.', 'Ti scrivo soltanto'],
    ['Semplicemente non ho tempo.', 'Semplicemente'],
    ['Scusa, non posso occuparmene.', 'Scusa'],
    ['Scusate il ritardo.', 'Scusate'],
    ['Mi scuso, ma non posso.', 'Mi scuso'],
    ['Penso che non sia il caso.', 'Penso che'],
    ['Credo che sia troppo presto.', 'Credo che'],
    ['Suppongo che tu capisca.', 'Suppongo'],
    ['Forse possiamo sentirci ad aprile.', 'Forse'],
    ['Magari ad aprile.', 'Magari'],
    ['In realtà il progetto è un altro.', 'In realtà'],
    ['Non sono un esperto di SEO.', 'Non sono un esperto'],
    ['Ti propongo un’altra data. Ha senso?', 'Ha senso?'],
    ['Ad essere onesto, sono pieno.', 'Ad essere onesto'],
    ['A essere sincera, non ho spazio.', 'A essere sincera'],
    ['Vedremo più avanti.', 'Vedremo'],
    ['Come ho già detto, il prezzo include due revisioni.', 'Come ho già detto'],
    ['Ciao Marco,\n\nsenti, il perimetro era chiuso.', 'senti,'],
    ['È INACCETTABILE PER ME.', 'INACCETTABILE PER ME'],
  ])('Italian: %j flags %j', (text, phrase) => {
    expect(covered(text, 'it')).toContain(phrase);
  });
});

describe('offsets are UTF-16 indices into the text as given', () => {
  test('after emoji, accents and a decomposed accent, each finding covers exactly its phrase', () => {
    const text = 'Ciao 🙂 Lucía, perché forse… Non posso, perche\u0301 magari più tardi.';
    const findings = lintDraft(text, { locale: 'it', tone: 'firm' }).filter((f) => f.category !== 'structure');
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['forse', 'magari']);
    expect(findings[0]?.start).toBe(text.indexOf('forse'));
  });

  test('a decomposed accent still matches the accented phrase and is included in the span', () => {
    const text = 'Quiza\u0301 en abril.';
    expect(covered(text, 'es')).toEqual(['Quiza\u0301']);
  });
});

describe('accents and word edges', () => {
  test('matching ignores accents: quiza is quizá, perche is perché, solo is sólo', () => {
    expect(covered('Quiza en abril.', 'es')).toEqual(['Quiza']);
    expect(covered('QUIZÁ en abril.', 'es')).toEqual(['QUIZÁ']);
    expect(covered('In realta no.', 'it')).toEqual(['In realta']);
    expect(covered('Solo queria avisarte.', 'es')).toEqual(['Solo queria']);
  });

  test('where the accent changes the word (sí/si, más/mas, è/e) it must match exactly', () => {
    expect(covered('No sé si podré.', 'es')).toContain('No sé si');
    expect(covered('No se si podre.', 'es')).not.toContain('No se si');
    expect(covered('Más o menos en abril.', 'es')).toEqual(['Más o menos']);
    expect(covered('Mas o menos en abril.', 'es')).toEqual([]);
    expect(covered('È colpa tua.', 'it')).toEqual(['È colpa tua']);
    expect(covered('E colpa tua.', 'it')).toEqual([]);
  });

  test('a phrase never matches inside a longer word, even next to accented letters', () => {
    expect(covered('Adjust the justification.', 'en')).toEqual([]);
    expect(covered('La famiglia Magariños ha scritto.', 'it')).toEqual([]);
    expect(covered('Il forsennato ritmo di marzo.', 'it')).toEqual([]);
    expect(covered('El tío Quizáño llegó.', 'es')).toEqual([]);
  });

  test('acronyms in capitals are not shouting; runs of capital words are', () => {
    expect(covered('Please sign the NDA and send the PDF with the SEO report.', 'en')).toEqual([]);
    expect(covered('La factura lleva IVA.', 'es')).toEqual([]);
    expect(covered('Serve la PEC e la partita IVA.', 'it')).toEqual([]);
    expect(covered('Send it ASAP PLEASE.', 'en')).toEqual(['ASAP PLEASE']);
  });
});

describe('polite modals are never flagged', () => {
  const polite: Record<Locale, string[]> = {
    en: ['Could we move the call to Thursday?', 'Would you like me to send the files?',
      'I would be glad to help with the audit.', 'Could you confirm the budget by Friday?',
      'It would help to have the brief in writing.', 'We could meet next week.', 'Would April work for you?',
      'I could send a separate quote.', 'Could you share the signed agreement?'],
    es: ['¿Podría enviarme el contrato firmado?', 'Podríamos hablarlo el jueves.', 'Me gustaría ayudarte con la auditoría.',
      '¿Podrías confirmarme el presupuesto?', 'Sería útil tener el encargo por escrito.', 'Podría empezar en abril.',
      '¿Le vendría bien el jueves?', 'Podríamos dividir el proyecto en dos fases.'],
    it: ['Potrebbe inviarmi il contratto firmato?', 'Potrei aiutarti con la revisione.', 'Vorrei proporti una data a marzo.',
      'Potremmo sentirci giovedì.', 'Vorrei ringraziarti per la fiducia.', 'Le andrebbe bene giovedì?',
      'Potrebbe confermarmi il budget entro venerdì?', 'Vorrei capire meglio le priorità.'],
  };
  // Every polite modal with every continuation, on top of the sentences above.
  const modals: Record<Locale, [string[], string[]]> = {
    en: [['Could you', 'Would you', 'Could we', 'Would we', 'I could', 'I would', 'We could', 'We would', 'It would'],
      ['send the signed agreement?', 'move the call to Thursday.', 'help with a smaller first phase.', 'start in April.']],
    es: [['Podría', 'Podrías', 'Podríamos', 'Podrían', 'Me gustaría', 'Sería posible', '¿Podría usted'],
      ['enviar el contrato firmado.', 'mover la llamada al jueves.', 'empezar con una primera fase.', 'empezar en abril.']],
    it: [['Potrebbe', 'Potresti', 'Potrei', 'Potremmo', 'Vorrei', 'Vorremmo', 'Sarebbe possibile'],
      ['inviare il contratto firmato.', 'spostare la chiamata a giovedì.', 'iniziare con una prima fase.', 'iniziare ad aprile.']],
  };
  for (const locale of LOCALES) {
    const [openings, continuations] = modals[locale];
    polite[locale].push(...openings.flatMap((opening) => continuations.map((rest) => `${opening} ${rest}`)));
  }

  test.each(Object.entries(polite) as [Locale, string[]][])('%s', (locale, sentences) => {
    for (const tone of ['warm', 'neutral', 'firm'] as const)
      for (const sentence of sentences) expect(phraseHits(sentence, locale, tone), sentence).toEqual([]);
  });
});

test('findings carry a message and a suggestion in the draft’s language', () => {
  const [es] = lintDraft('Creo que no.', { locale: 'es', tone: 'firm' }).filter((f: Finding) => f.ruleId === 'opinion-hedge');
  expect(es?.message).toMatch(/Creo que.*opinión/);
  expect(es?.suggestion).toMatch(/No puedo/);
  const [it] = lintDraft('Penso che no.', { locale: 'it', tone: 'firm' }).filter((f: Finding) => f.ruleId === 'opinion-hedge');
  expect(it?.message).toMatch(/decisione/);
});
