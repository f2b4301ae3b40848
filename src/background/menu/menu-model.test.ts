// The right-click menu as the user reads it: suggested reasons first, the six groups, templates
// under their reason, "Open the panel…" last, in the browser's language.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { REASONS } from '../../core/reasons';
import type { TemplateRecord } from '../../core/templates/types';
import { LOCALES, type Locale } from '../../core/types';
import { choiceOf, menuEntries, TEMPLATES_PER_REASON, type MenuInput } from './menu-model';

function translator(locale: Locale): MenuInput['t'] {
  const messages = JSON.parse(readFileSync(`_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
  return (key, subs = []) => {
    const entry = messages[key];
    if (!entry) throw new Error(`no message ${key} in ${locale}`);
    return entry.message.replace(/\$(\w+)\$/gu, (_, name: string) => {
      const index = Number(entry.placeholders?.[name.toLowerCase()]?.content.slice(1)) - 1;
      return subs[index] ?? '';
    });
  };
}

const template = (id: string, name: string, reason?: string): TemplateRecord => ({
  id, name, reason, body: 'Hi {{clientFirstName}}', locale: 'en', tone: 'neutral', rev: '', base: '', device: '', clock: {}, updatedAt: 0,
} as TemplateRecord);

const titles = (input: Partial<MenuInput> = {}) => menuEntries({ locale: 'en', suggested: [], templates: [], t: translator('en'), ...input });
const childrenOf = (entries: ReturnType<typeof titles>, parentId: string) => entries.filter((e) => e.parentId === parentId);

describe('the right-click menu', () => {
  test('with no suggestion: the six groups in the panel\'s order, every reason once, then "Open the panel…"', () => {
    const entries = titles();
    const top = childrenOf(entries, 'decline');
    expect(entries[0]).toEqual({ id: 'decline', title: 'Decline politely' });
    expect(top.map((e) => e.title ?? '—')).toEqual(['Time', 'Scope', 'Money', 'Agreements', 'Boundaries', 'Relationship', '—', 'Open the panel…']);
    expect(top.at(-1)!.id).toBe('open-panel');
    const reasons = entries.filter((e) => e.id.startsWith('reason:')).map((e) => e.id);
    expect(reasons.sort()).toEqual(REASONS.map((r) => `reason:${r.id}`).sort());
    expect(childrenOf(entries, 'group:time').map((e) => e.title)).toEqual(['My schedule is full', 'The deadline is too tight', "Not yet: I need time to decide"]);
  });

  test('suggested reasons come first under a heading that cannot be chosen, and leave their group', () => {
    const entries = titles({ suggested: ['budget-too-low', 'schedule-full'] });
    const top = childrenOf(entries, 'decline');
    expect(top.slice(0, 4).map((e) => [e.id, e.title, e.disabled])).toEqual([
      ['heading:suggested', 'Suggested for this message', true],
      ['reason:budget-too-low', 'The budget is too low', undefined],
      ['reason:schedule-full', 'My schedule is full', undefined],
      ['separator:suggested', undefined, undefined],
    ]);
    expect(childrenOf(entries, 'group:money').map((e) => e.id)).not.toContain('reason:budget-too-low');
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  test('templates sit right under their reason (team ones named with the team), a few at most; those without a reason have their own submenu', () => {
    const many = Array.from({ length: 8 }, (_, i) => template(`t${i}`, `Busy ${i}`, 'schedule-full'));
    const entries = titles({ templates: [template('team:a', 'Agency busy', 'schedule-full'), ...many, template('x', 'Loose one')], teamName: 'Acme' });
    const time = childrenOf(entries, 'group:time').map((e) => e.title);
    expect(time.slice(0, 1 + TEMPLATES_PER_REASON)).toEqual(['My schedule is full', '↳ Agency busy (Acme)', '↳ Busy 0', '↳ Busy 1', '↳ Busy 2', '↳ Busy 3']);
    expect(time[1 + TEMPLATES_PER_REASON]).toBe('The deadline is too tight');
    expect(childrenOf(entries, 'group:mine')).toEqual([{ id: 'template:x', parentId: 'group:mine', title: '↳ Loose one' }]);
  });

  test.each(LOCALES)('every label is in %s, from _locales and the reasons\' own labels', (locale) => {
    const entries = menuEntries({ locale, suggested: ['after-hours'], templates: [], t: translator(locale) });
    const expected = { en: ['Decline politely', 'Open the panel…'], es: ['Rechazar con cortesía', 'Abrir el panel…'], it: ['Rifiutare con garbo', 'Apri il pannello…'] }[locale];
    expect([entries[0]!.title, entries.at(-1)!.title]).toEqual(expected);
    expect(entries.find((e) => e.id === 'reason:after-hours')!.title).toBe(REASONS.find((r) => r.id === 'after-hours')!.label[locale]);
    expect(entries.find((e) => e.id === 'group:money')!.title).toBe(translator(locale)('groupMoney'));
    expect(entries.every((e) => e.separator || (e.title && !e.title.includes('$')))).toBe(true);
  });

  test('a click names a reason, a template or the panel by the item\'s id, and nothing else', () => {
    expect(choiceOf('reason:after-hours')).toEqual({ kind: 'reason', id: 'after-hours' });
    expect(choiceOf('template:team:a')).toEqual({ kind: 'template', id: 'team:a' });
    expect(choiceOf('open-panel')).toEqual({ kind: 'open-panel' });
    for (const other of ['reason:nope', 'template:', 'group:time', 'decline', 7]) expect(choiceOf(other)).toBeUndefined();
  });
});
