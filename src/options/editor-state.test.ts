import { expect, test } from 'vitest';
import { DEFAULT_PROFILE } from '../core/profile';
import { builtInTemplateBody } from '../core/templates/from-built-in';
import { validateTemplate } from '../core/templates/validate';
import type { TemplateRecord } from '../core/templates/types';
import { blankEditor, copyName, edited, editorFor, fromBuiltIn, isDirty, shownIssues } from './editor-state';
import { NO_FILTER } from './template-filter';

const profile = { ...DEFAULT_PROFILE, tone: 'firm' as const, locale: 'es' as const };
const record: TemplateRecord = { id: 'a', name: 'Booked', reason: 'schedule-full', locale: 'en', tone: 'warm', body: 'Hi {{clientFirstName}},',
  rev: 'd:1', base: '', device: 'd', clock: { d: 1 }, updatedAt: 0 };

test('a new template starts in the profile\'s language and tone, under the reason the list is filtered on', () => {
  const { content } = blankEditor(profile, { ...NO_FILTER, reason: 'after-hours' });
  expect(content).toEqual({ name: '', reason: 'after-hours', locale: 'es', tone: 'firm', body: '' });
  expect(blankEditor(profile, { ...NO_FILTER, locale: 'it' }).content.locale).toBe('it');
});

test('unsaved changes are told apart from what is stored', () => {
  const state = editorFor(record);
  expect(isDirty(state)).toBe(false);
  expect(isDirty({ ...state, content: { ...state.content, body: 'Hi,' } })).toBe(true);
  expect(isDirty(blankEditor(profile, NO_FILTER))).toBe(false);
  expect(isDirty({ ...blankEditor(profile, NO_FILTER), content: { ...blankEditor(profile, NO_FILTER).content, body: 'x' } })).toBe(true);
});

test('a copy\'s name says so and still fits the name limit', () => {
  const pattern = (n: string) => `${n} (copy)`;
  expect(copyName('Booked', pattern)).toBe('Booked (copy)');
  const long = copyName('x'.repeat(80), pattern);
  expect(long).toHaveLength(80);
  expect(long.endsWith(' (copy)')).toBe(true);
});

test('a built-in draft copied into the editor is a new template that follows reason, tone and language until it is edited', () => {
  const start = fromBuiltIn({ name: '', reason: 'schedule-full', locale: 'en', tone: 'warm', body: 'typed' }, DEFAULT_PROFILE, 'en');
  expect(start.id).toBeUndefined();
  expect(start.content.name).toBe('My schedule is full');
  expect(start.content.body).toBe(builtInTemplateBody({ reason: 'schedule-full', tone: 'warm', locale: 'en' }));
  expect(validateTemplate(start.content)).toEqual([]);

  const moved = edited(start, { ...start.content, reason: 'not-a-fit', locale: 'it' }, DEFAULT_PROFILE, 'en');
  expect(moved.content.body).toBe(builtInTemplateBody({ reason: 'not-a-fit', tone: 'warm', locale: 'it' }));
  expect(moved.content.name).toBe('Not a good fit');

  const typed = edited(moved, { ...moved.content, body: `${moved.content.body} P.S.` }, DEFAULT_PROFILE, 'en');
  const kept = edited(typed, { ...typed.content, tone: 'firm' }, DEFAULT_PROFILE, 'en');
  expect(kept.content.body).toBe(typed.content.body);
});

test('while typing only broken variables show; after a save attempt every problem does', () => {
  const issues = validateTemplate({ name: '', reason: 'schedule-full', locale: 'en', tone: 'warm', body: 'Hi {{clientname}},' });
  expect(shownIssues(issues, false).map((i) => i.code)).toEqual(['unknown-variable']);
  expect(shownIssues(issues, true).map((i) => i.code)).toEqual(['missing', 'unknown-variable']);
});
