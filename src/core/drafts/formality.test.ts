// Spanish and Italian drafts keep the chosen form of address all the way through: pronouns,
// verbs and possessives. A slip from usted to tú mid-letter is the mistake a native notices first.
import { expect, test } from 'vitest';
import { REASONS, renderDraft, TONES } from '../index';

const ALL = { clientFirstName: 'Ana', myName: 'Sam', date: 'marzo', rate: '60 €', policy: 'x', agreement: 'el acuerdo', offer: 'y',
  referralName: 'Marta', referralContact: 'marta@example.com' };

// Forms that belong to one address only (a word that also serves another, like Spanish "su", is left out).
const MARKERS = {
  es: {
    informal: /\b(tú|te|ti|contigo|tu|tus|puedes|quieres|tienes|necesitas|esperas|esperabas|mereces|prefieras|conoces|dudes|cuenta conmigo|quieras|puedas|tenías|has dedicado|comprometerte|presupuestártelo|(?:ofrecer|recomendar|proponer|enviar|entregar|indicar|remitir|presupuestar|dar)te)\b/iu,
    formal: /\b(usted|dude|cuente|pueda|tenía|ha dedicado|(?:ofrecer|recomendar|proponer|enviar|entregar|indicar|remitir|presupuestar|dar)le|le (recomiendo|propongo|preparo|envío|indico|responderé|daré|importa|gustaría|sirve|conviene|viene|entregaría))\b/iu,
    plural: /\b(ustedes|duden|cuenten|quieran|puedan|tenían|han dedicado|(?:ofrecer|recomendar|proponer|enviar|entregar|indicar|remitir|presupuestar|dar)les|les)\b/iu,
  },
  it: {
    informal: /\b(tu|ti|te|tuo|tua|tuoi|tue|puoi|hai|vuoi|sei|speravi|avevi|vorresti|preferiresti|esitare|tienimi|desideri|meriti|impegnarti|affidarti)\b/u,
    formal: /\b(Lei|Suo|Sua|Suoi|Sue|esiti)\b|(?<=[\p{L},] )(Le|La)\b|\p{Ll}(Le|La)\b/u,
    plural: /\b(voi|vi|vostro|vostra|vostri|vostre|potete|avete|esitate|volete|desiderate|meritate)\b/u,
  },
} as const;

const ADDRESS = { informal: { formality: 'informal', plural: false }, formal: { formality: 'formal', plural: false },
  plural: { formality: 'formal', plural: true } } as const;

test.each(['es', 'it'] as const)('%s drafts never mix forms of address', (locale) => {
  const slips: string[] = [];
  for (const reason of REASONS) for (const tone of TONES) for (const alternative of reason.alternatives) for (const variant of [0, 1, 2]) {
    for (const [address, options] of Object.entries(ADDRESS)) {
      const { text } = renderDraft({ reason: reason.id, tone, locale, alternative, variant, ...options, vars: ALL });
      for (const [other, pattern] of Object.entries(MARKERS[locale])) {
        if (other === address) continue;
        const body = text.split('\n').slice(1).join('\n'); // the greeting line is checked by its own test
        const hit = pattern.exec(body);
        if (hit) slips.push(`${reason.id}/${tone}/${alternative}/${address}/v${variant}: "${hit[0]}" is ${other}\n${text}`);
      }
    }
  }
  expect(slips.slice(0, 3)).toEqual([]);
});

// English marks its plural "you" only in the reflexive: "Hello all" then "yourself" reads as a slip.
test('English drafts to several people say "yourselves", and to one person "yourself"', () => {
  const slips: string[] = [];
  for (const reason of REASONS) for (const tone of TONES) for (const alternative of reason.alternatives) for (const variant of [0, 1, 2, 3]) {
    for (const plural of [false, true]) {
      const { text } = renderDraft({ reason: reason.id, tone, locale: 'en', alternative, variant, plural, vars: ALL });
      const hit = (plural ? /\byourself\b/iu : /\byourselves\b/iu).exec(text);
      if (hit) slips.push(`${reason.id}/${tone}/${alternative}/${plural ? 'plural' : 'one'}/v${variant}: "${hit[0]}"\n${text}`);
    }
  }
  expect(slips.slice(0, 3)).toEqual([]);
});
