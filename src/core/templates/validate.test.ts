import { describe, expect, test } from 'vitest';
import { describeIssue, validateTemplate } from './validate';

const template = (body: string) => ({ name: 'Full calendar', reason: 'schedule-full', locale: 'en', tone: 'warm', body });

describe('a variable the template could not fill is caught before it reaches a client', () => {
  test.each([
    ['{{clientname}}', 'unknown-variable', '{{clientName}}'],
    ['{{ date }}', 'malformed-variable', '{{date}}'],
    ['{{date}', 'malformed-variable', '{{date}}'],
    ['{date}}', 'malformed-variable', '{{date}}'],
    ['{{budget}}', 'unknown-variable', undefined],
  ])('%s', (marker, code, suggestion) => {
    const body = `Hi {{clientFirstName}},\nThanks for asking.\nI can start on ${marker}.`;
    const [issue, ...rest] = validateTemplate(template(body));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code, field: 'body', line: 3, column: 16, start: body.indexOf(marker), end: body.indexOf(marker) + marker.length });
    if (suggestion) expect(issue!.message).toContain(suggestion);
  });

  test('a brace left open or closed on its own is reported where it is', () => {
    const issues = validateTemplate(template('Rate {{rate\nand } here'));
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([['unclosed-variable', 1, 6], ['unopened-variable', 2, 5]]);
  });

  test('the message names the line and column in Spanish and Italian too', () => {
    const [es] = validateTemplate(template('Hola,\nte escribo el {{fecha}}.'), 'es');
    expect(describeIssue(es!, 'es')).toBe('Línea 2, columna 15: {{fecha}} no es una variable que esta plantilla pueda rellenar.');
    const [it] = validateTemplate(template('Ciao {{clientFirstname}}'), 'it');
    expect(describeIssue(it!, 'it')).toMatch(/^Riga 1, colonna 6: .*Forse intendevi \{\{clientFirstName\}\}\?$/u);
  });

  test('every core variable is accepted', () => {
    const body = '{{clientFirstName}} {{clientName}} {{myName}} {{date}} {{rate}} {{policy}} {{agreement}} {{offer}} {{referralName}} {{referralContact}}';
    expect(validateTemplate(template(body))).toEqual([]);
  });
});

describe('the rest of the template', () => {
  test('needs a name, a reason or label, a known language and tone, and a body within the limits', () => {
    const codes = validateTemplate({ name: ' ', locale: 'fr', tone: 'angry', body: 'x'.repeat(4001) }).map((i) => `${i.field}:${i.code}`);
    expect(codes).toEqual(['name:missing', 'reason:missing', 'locale:not-allowed', 'tone:not-allowed', 'body:too-long']);
  });

  test('a custom label can stand in for a built-in reason', () => {
    expect(validateTemplate({ name: 'Retainer', label: 'Retainer full', locale: 'it', tone: 'firm', body: 'Grazie.' })).toEqual([]);
  });
});

describe('hidden characters, which would reach a client unseen or reorder what is shown', () => {
  test('a control character, a direction override or half an emoji is refused where it is; tabs, line breaks and joined emoji are fine', () => {
    expect(validateTemplate(template('Hola\u0000 {{clientFirstName}}')).map((i) => [i.code, i.field, i.column, i.message]))
      .toEqual([['hidden-character', 'body', 5, 'The text contains U+0000, an invisible control character that no keyboard types.']]);
    expect(validateTemplate({ ...template('Hi.'), name: 'invoice\u202Efdp.exe' }, 'es').map((i) => i.message))
      .toEqual(['El campo «nombre» contiene U+202E, una marca invisible de dirección que puede mostrar el texto en un orden engañoso.']);
    expect(validateTemplate({ ...template('Hi.'), name: 'Two\nlines' }).map((i) => i.code)).toEqual(['hidden-character']);
    expect(validateTemplate(template('Ciao \ud83d')).map((i) => i.code)).toEqual(['hidden-character']);
    expect(validateTemplate({ ...template('Hi,\r\n\tthanks 👩‍👩‍👧.'), name: 'Familia 👩‍👩‍👧 שלום' })).toEqual([]);
  });
});

test('a reason, language or tone sent as an object is refused with a message, without running its toString', () => {
  const hostile = { toString: () => { throw new Error('ran page code'); } };
  const issues = validateTemplate({ name: 'x', body: 'Hi', reason: hostile, locale: hostile, tone: hostile } as never);
  expect(issues.map((i) => i.field)).toEqual(['reason', 'locale', 'tone']);
});
