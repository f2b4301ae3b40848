import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { badFiles, goodFile } from './bad-transfer-files.test-helper';
import { buildExportFile, parseImportFile, TRANSFER_LIMITS } from './transfer-file';
import { DEFAULT_PROFILE } from '../profile';
import { LOCALES, type Locale } from '../types';

const good = JSON.stringify(goodFile(), null, 2);
const refusal = (json: string, locale: Locale = 'en'): string => {
  const parsed = parseImportFile(json, locale);
  if (parsed.ok) throw new Error('expected the file to be refused');
  return parsed.error.message;
};
const withTemplate = (edit: (t: Record<string, unknown>) => void): string => {
  const f = goodFile();
  edit(f.templates[0] as Record<string, unknown>);
  return JSON.stringify(f);
};

describe('a good file', () => {
  test('is read with its profile and every template, ids included', () => {
    const parsed = parseImportFile(good);
    expect(parsed).toEqual({ ok: true, file: goodFile() });
  });

  test('an export read back is the same templates and profile, accents, emoji and line breaks included', () => {
    const templates = [
      { id: 'a1', name: 'Ñandú: ¿qué tal? 🦤', reason: 'not-a-fit' as const, locale: 'es' as const, tone: 'warm' as const, body: 'Línea uno\n\nLínea «dos»\tcon tabulador\r\nY \\ barra "comillas" 👩‍👩‍👧' },
      { id: 'x~dev1:2', name: 'Perché no', label: 'Mie regole', locale: 'it' as const, tone: 'firm' as const, body: 'Ciao {{clientFirstName}},\n\ngrazie.' },
    ];
    const profile = { ...DEFAULT_PROFILE, myName: 'Zoë', signature: 'Zoë\n— Studio', myGender: 'f' as const };
    const file = buildExportFile({ templates, profile }, new Date('2026-05-01T08:00:00Z'));
    expect(file.exportedAt).toBe('2026-05-01T08:00:00.000Z');
    const parsed = parseImportFile(JSON.stringify(file, null, 2));
    expect(parsed).toEqual({ ok: true, file: { format: 'decline-politely', version: 1, exportedAt: file.exportedAt, profile, templates } });
  });
});

describe('a bad file gets a clear message, in the page language, and nothing else', () => {
  const cases = badFiles();
  test('the generator covers every kind of bad file', () => {
    expect(cases.length).toBeGreaterThan(100);
    const codes = new Set(cases.flatMap((c) => ('refused' in c ? [c.refused] : [])));
    expect([...codes].sort()).toEqual(['bad-id', 'bad-version', 'duplicate-id', 'hidden-character', 'newer-version', 'not-json', 'not-ours',
      'profile', 'template', 'too-deep', 'too-large', 'too-many', 'wrong-type']);
  });

  test.each(cases.filter((c) => 'refused' in c).map((c) => [c.label, c] as const))('%s', (_, bad) => {
    const messages = LOCALES.map((locale) => {
      const parsed = parseImportFile(bad.json, locale);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) return '';
      expect(parsed.error.code).toBe('refused' in bad ? bad.refused : '');
      return parsed.error.message;
    });
    for (const message of messages) {
      expect(message).toMatch(/^\S.{20,400}\S$/su); // a sentence or two, not a dump of the file
      expect(message).not.toMatch(/undefined|\[object|NaN|Error:/u);
    }
    expect(new Set(messages).size, 'English, Spanish and Italian each have their own wording').toBe(3);
  });

  test.each(cases.filter((c) => 'accepted' in c).map((c) => [c.label, c] as const))('hostile but harmless: %s imports as inert text', (_, file) => {
    const parsed = parseImportFile(file.json);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    for (const t of parsed.file.templates) expect(Object.keys(t).every((k) => ['id', 'name', 'reason', 'label', 'locale', 'tone', 'body'].includes(k))).toBe(true);
    expect(Object.keys(parsed.file.profile ?? DEFAULT_PROFILE).sort()).toEqual(Object.keys(DEFAULT_PROFILE).concat(parsed.file.profile?.myGender ? ['myGender'] : []).sort());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  test('markup stays the very text that was written', () => {
    const parsed = parseImportFile(withTemplate((t) => (t.name = '<script>alert(1)</script>')));
    expect(parsed.ok && parsed.file.templates[0]!.name).toBe('<script>alert(1)</script>');
  });

  test('the messages say what and where', () => {
    expect(refusal(JSON.stringify({ ...goodFile(), version: 3 }))).toBe(
      'This file was made by a newer version of Decline Politely (file version 3; this one reads up to 1). Update the extension, then import it again.');
    expect(refusal(withTemplate((t) => (t.body = 'Hola,\nhasta {{ date }}.')))).toBe(
      'Template 1 ("Agenda llena ☕"): Line 2, column 7: {{ date }} is not written as a variable. Write it as {{date}}');
    expect(refusal(withTemplate((t) => (t.body = 'Hola,\nhasta {{ date }}.')), 'es')).toBe(
      'Plantilla 1 («Agenda llena ☕»): Línea 2, columna 7: {{ date }} no está escrito como variable. Escríbelo así: {{date}}');
    expect(refusal(withTemplate((t) => (t.name = 'invoice\u202Efdp.exe')))).toBe(
      'Template 1: The name contains U+202E, an invisible direction mark that can make text display in a misleading order.');
    expect(refusal(withTemplate((t) => (t.body = 'Ciao\u0000')), 'it')).toBe(
      'Modello 1 («Agenda llena ☕»): Riga 1, colonna 5: Il campo «testo» contiene U+0000, un carattere di controllo invisibile che non si digita da tastiera.');
    expect(refusal(withTemplate((t) => (t.tone = 42)))).toBe('Template 1 ("Agenda llena ☕"): "tone" should be text.');
    expect(refusal(JSON.stringify({ ...goodFile(), profile: { ...goodFile().profile, tone: 'w'.repeat(500) } }))).toBe(
      'The profile\'s "tone" cannot be what the file says.');
    expect(refusal(JSON.stringify({ ...goodFile(), templates: Array(501).fill(goodFile().templates[1]) }))).toBe(
      `This file holds 501 templates; at most ${TRANSFER_LIMITS.templates} can be imported, as many as the browser's sync can ever hold.`);
    expect(refusal('{"format": "decline-politely", "version": 1, "exportedAt": "2026')).toMatch(/not valid JSON \(it may be cut short or damaged\)/u);
  });

  test('a value that is not text at all (a page sending anything) is refused too', () => {
    expect(parseImportFile(42 as never)).toMatchObject({ ok: false, error: { code: 'not-json' } });
  });
});

test('any JSON at all, and any damage to a good file, gives a file or a message, never an exception', () => {
  fc.assert(fc.property(fc.jsonValue(), (value) => {
    const parsed = parseImportFile(JSON.stringify(value));
    expect(parsed.ok ? '' : parsed.error.message.length > 0).toBeTruthy();
  }), { numRuns: 300 });
  fc.assert(fc.property(fc.nat(good.length - 1), fc.string({ maxLength: 3 }), fc.nat(3), (at, insert, cut) => {
    const damaged = good.slice(0, at) + insert + good.slice(at + cut);
    const parsed = parseImportFile(damaged);
    if (!parsed.ok) expect(parsed.error.message.length).toBeGreaterThan(0);
  }), { numRuns: 1500 });
});

describe('the variables and profile settings added later', () => {
  test('a template naming the refused clause, the declined part, resources and the amount imports', () => {
    const json = withTemplate((t) => {
      t.body = 'Hi {{clientFirstName}},\n\nI will not sign {{clause}} and will leave out {{declined}}. {{resources}} may help; {{amount}} comes first.';
    });
    const parsed = parseImportFile(json);
    expect(parsed.ok && parsed.file.templates[0]!.body).toContain('{{clause}}');
  });

  test('a profile with its Spanish variety comes through; an unknown one is refused with the value quoted', () => {
    const withVariety = (variety: unknown): string => JSON.stringify({ ...goodFile(), profile: { ...goodFile().profile, variety } });
    const parsed = parseImportFile(withVariety('spain'));
    expect(parsed.ok && parsed.file.profile?.variety).toBe('spain');
    expect(refusal(withVariety('peru'))).toMatch(/"variety".*"peru"/u);
  });
});
