// Import files made to break the reader, generated from one good export: cut short, wrong types
// in every field, oversized, from the future, from another app, nested without end, with keys
// that target object prototypes, hidden characters and markup. Used by the unit tests and by the
// end-to-end test that sends them through the real worker.
import type { TransferErrorCode } from './transfer-messages';

export type BadFile = { label: string; json: string } & ({ refused: TransferErrorCode } | { accepted: true });

const EXPORTED_AT = '2026-03-02T10:00:00.000Z';

export const goodFile = () => ({
  format: 'decline-politely',
  version: 1,
  exportedAt: EXPORTED_AT,
  profile: {
    myName: 'Lucía Ferrer', signature: 'Lucía\nEstudio Ferrer', tone: 'warm', locale: 'es', formality: 'informal',
    policies: { revisions: 'una ronda de cambios', workingHours: 'de 9 a 18', paymentTerms: '50% al inicio', rate: '60 €/h', boundaries: '' },
  },
  templates: [
    { id: 'good1', name: 'Agenda llena ☕', reason: 'schedule-full', locale: 'es', tone: 'warm',
      body: 'Hola {{clientFirstName}}:\n\nGracias por pensar en mí. Hasta {{date}} no tengo hueco.\n\nUn abrazo,' },
    { id: 'good2', name: 'Out of scope', label: 'Extras', locale: 'en', tone: 'firm', body: 'Hi {{clientFirstName}},\n\nThat is outside our agreement; I can quote it at {{rate}}.' },
  ],
});

const json = (value: unknown): string => JSON.stringify(value, null, 2);
const withFile = (edit: (f: Record<string, any>) => void): string => {
  const f: Record<string, any> = goodFile();
  edit(f);
  return json(f);
};
const withTemplate = (edit: (t: Record<string, any>) => void): string => withFile((f) => edit(f.templates[0]));

const WRONG_VALUES: [string, unknown][] = [['a number', 42], ['null', null], ['a list', []], ['an object', {}], ['true', true]];

export function badFiles({ huge = true }: { huge?: boolean } = {}): BadFile[] {
  const good = json(goodFile());
  const out: BadFile[] = [];
  const refuse = (label: string, text: string, code: TransferErrorCode): void => void out.push({ label, json: text, refused: code });
  const accept = (label: string, text: string): void => void out.push({ label, json: text, accepted: true });

  // Cut short anywhere: no prefix of an object's JSON is valid JSON.
  for (let i = 0; i < 24; i++) {
    const at = Math.floor((good.length * i) / 24);
    refuse(`cut at byte ${at}`, good.slice(0, at), 'not-json');
  }
  refuse('cut one character short', good.slice(0, -1), 'not-json');
  refuse('not JSON at all', 'Dear client, no.', 'not-json');

  for (const [what, value] of [['an array', []], ['a string', 'x'], ['a number', 7], ['null', null], ['another app\'s file', { format: 'other-app', version: 1 }]] as const) {
    refuse(`the file is ${what}`, json(value), 'not-ours');
  }
  refuse('format missing', withFile((f) => delete f.format), 'not-ours');
  refuse('format in other case', withFile((f) => (f.format = 'Decline-Politely')), 'not-ours');
  refuse('format only under __proto__', json({ ['__proto__']: goodFile() }), 'not-ours'); // a computed key is an own property

  for (const v of [2, 99, 1e9]) refuse(`future version ${v}`, withFile((f) => (f.version = v)), 'newer-version');
  for (const v of ['1', 0, -1, 1.5, null]) refuse(`version ${JSON.stringify(v)}`, withFile((f) => (f.version = v)), 'bad-version');
  refuse('version missing', withFile((f) => delete f.version), 'bad-version');

  for (const [what, value] of WRONG_VALUES) {
    refuse(`exportedAt is ${what}`, withFile((f) => (f.exportedAt = value)), 'wrong-type');
    if (what !== 'a list') refuse(`templates is ${what}`, withFile((f) => (f.templates = value)), 'wrong-type'); // [] is an empty export
    refuse(`a template is ${what}`, withFile((f) => (f.templates[1] = value)), what === 'an object' ? 'bad-id' : 'wrong-type');
    for (const key of ['id', 'name', 'reason', 'label', 'locale', 'tone', 'body']) {
      refuse(`template ${key} is ${what}`, withTemplate((t) => (t[key] = value)), 'wrong-type');
    }
    refuse(`profile.myName is ${what}`, withFile((f) => (f.profile.myName = value)), 'wrong-type');
    refuse(`profile.policies.rate is ${what}`, withFile((f) => (f.profile.policies.rate = value)), 'wrong-type');
    refuse(`profile.tone is ${what}`, withFile((f) => (f.profile.tone = value)), 'profile');
  }
  refuse('templates missing', withFile((f) => delete f.templates), 'wrong-type');
  refuse('profile is text', withFile((f) => (f.profile = 'Lucía')), 'wrong-type');
  refuse('profile.policies is a list', withFile((f) => (f.profile.policies = [])), 'wrong-type');
  refuse('exportedAt is not a date', withFile((f) => (f.exportedAt = 'yesterday')), 'wrong-type');
  refuse('a hostile object where a choice goes', withFile((f) => (f.profile.tone = { toString: 1, valueOf: 2 })), 'profile');

  refuse('unknown reason', withTemplate((t) => (t.reason = 'because')), 'template');
  refuse('unknown language', withTemplate((t) => (t.locale = 'fr')), 'template');
  refuse('neither reason nor label', withTemplate((t) => delete t.reason), 'template');
  refuse('empty body', withTemplate((t) => (t.body = '   ')), 'template');
  refuse('a variable the template cannot fill', withTemplate((t) => (t.body = 'Hi {{constructor}}')), 'template');
  refuse('a misspelt variable', withTemplate((t) => (t.body = 'Hola {{ date }}')), 'template');
  refuse('a name over 80 characters', withTemplate((t) => (t.name = 'n'.repeat(10_000))), 'template');
  refuse('a body over 4,000 characters', withTemplate((t) => (t.body = 'b'.repeat(4_001))), 'template');
  refuse('a body of 200,000 characters', withTemplate((t) => (t.body = 'Sí. '.repeat(50_000))), 'template');
  refuse('a tone of 100,000 characters', withTemplate((t) => (t.tone = 'w'.repeat(100_000))), 'template');
  refuse('a signature over 500 characters', withFile((f) => (f.profile.signature = 's'.repeat(501))), 'profile');
  refuse('an exportedAt of 10,000 characters', withFile((f) => (f.exportedAt = '2'.repeat(10_000))), 'wrong-type');

  for (const id of ['', 'a b', 'x'.repeat(201), '../t', 'id\u0000']) refuse(`id ${JSON.stringify(id.slice(0, 12))}`, withTemplate((t) => (t.id = id)), 'bad-id');
  refuse('id missing', withTemplate((t) => delete t.id), 'bad-id');
  refuse('two templates with one id', withFile((f) => (f.templates[1].id = f.templates[0].id)), 'duplicate-id');

  for (const [what, field, text] of [
    ['a null byte in the name', 'name', 'Agenda\u0000 llena'],
    ['an escape character in the body', 'body', 'Hola\u001b[31m'],
    ['DEL in the body', 'body', 'Hola\u007f'],
    ['a C1 control in the name', 'name', 'Agenda\u0085'],
    ['a line break in the name', 'name', 'Agenda\nllena'],
    ['a line separator in the label', 'label', 'Ext\u2028ras'],
    ['a right-to-left override in the name', 'name', 'invoice\u202Efdp.exe'],
    ['a direction isolate in the body', 'body', 'Hola \u2067dlrow\u2069'],
    ['half an emoji in the body', 'body', 'Hola \ud83d'],
    ['a lone low surrogate in the name', 'name', '\udc00Agenda'],
  ] as const) {
    refuse(what, withTemplate((t) => (t[field] = text)), 'template'); // the editor's own check refuses it too
  }
  refuse('a null byte in the signature', withFile((f) => (f.profile.signature = 'Lucía\u0000')), 'hidden-character');
  refuse('a direction override in the profile name', withFile((f) => (f.profile.myName = '\u202ELucía')), 'hidden-character');

  refuse('nested 10,000 deep', `{"format":"decline-politely","version":1,"x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`, 'too-deep');
  refuse('nested without end', '['.repeat(200_000), 'too-deep');
  refuse('a template nested in a template', withTemplate((t) => (t.body = { a: { b: { c: { d: { e: { f: {} } } } } } })), 'too-deep');
  refuse('501 templates', withFile((f) => {
    f.templates = Array.from({ length: 501 }, (_, i) => ({ ...f.templates[1], id: `t${i}` }));
  }), 'too-many');
  if (huge) {
    refuse('over 7 MB', withFile((f) => (f.padding = 'x'.repeat(7_000_000))), 'too-large');
    refuse('under the byte count in characters, over it in bytes', withFile((f) => (f.padding = '€'.repeat(2_300_000))), 'too-large');
  }

  // Hostile but harmless: text is text. It is stored as typed and never runs, because drafts
  // and names are shown as escaped text.
  accept('a script tag as a name', withTemplate((t) => (t.name = '<script>alert(1)</script>')));
  accept('markup in the body', withTemplate((t) => (t.body = 'Hola <img src=x onerror=alert(1)>\n\n"><svg onload=alert(1)>')));
  accept('a __proto__ key in a template', withTemplate((t) => Object.defineProperty(t, '__proto__', { value: { name: 'Polluted', isAdmin: true }, enumerable: true })));
  accept('a template id "__proto__"', withTemplate((t) => (t.id = '__proto__')));
  accept('a template id "constructor"', withTemplate((t) => (t.id = 'constructor')));
  accept('a constructor key in the profile', withFile((f) => (f.profile.constructor = { prototype: { polluted: true } })));
  accept('a byte order mark first', `\uFEFF${good}`);
  accept('fields this version does not know', withFile((f) => (f.comment = 'from a later 1.x')));
  accept('no profile', withFile((f) => delete f.profile));
  accept('emoji with joiners and right-to-left letters', withTemplate((t) => (t.name = 'Familia 👩‍👩‍👧 שלום')));
  return out;
}
