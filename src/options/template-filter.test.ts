import { expect, test } from 'vitest';
import type { TemplateRecord } from '../core/templates/types';
import { filterTemplates, isFiltered, NO_FILTER } from './template-filter';

const record = (id: string, fields: Partial<TemplateRecord>): TemplateRecord => ({
  id, name: id, locale: 'en', tone: 'warm', body: '', rev: 'd:1', base: '', device: 'd', clock: { d: 1 }, updatedAt: 0, ...fields,
});
const templates = [
  record('booked', { name: 'Booked until spring', reason: 'schedule-full', body: 'My calendar is full until {{date}}.' }),
  record('revisiones', { name: 'Revisiones extra', reason: 'extra-revisions', locale: 'es', body: 'Incluye una revisión; las demás se facturan aparte.' }),
  record('ferie', { name: 'Ferie', label: 'Holidays', locale: 'it', body: 'Sono in ferie fino al {{date}}.' }),
];
const ids = (list: TemplateRecord[]) => list.map((t) => t.id);

test('no filter shows every template', () => {
  expect(ids(filterTemplates(templates, NO_FILTER))).toEqual(['booked', 'revisiones', 'ferie']);
  expect(isFiltered(NO_FILTER)).toBe(false);
});

test('search finds words in the name, the label or the text, without caring for case or accents', () => {
  expect(ids(filterTemplates(templates, { ...NO_FILTER, search: 'REVISION' }))).toEqual(['revisiones']);
  expect(ids(filterTemplates(templates, { ...NO_FILTER, search: 'holidays' }))).toEqual(['ferie']);
  expect(ids(filterTemplates(templates, { ...NO_FILTER, search: 'calendar spring' }))).toEqual(['booked']);
  expect(ids(filterTemplates(templates, { ...NO_FILTER, search: 'calendar ferie' }))).toEqual([]);
});

test('the reason filter keeps one reason, or the templates with a label of their own', () => {
  expect(ids(filterTemplates(templates, { ...NO_FILTER, reason: 'extra-revisions' }))).toEqual(['revisiones']);
  expect(ids(filterTemplates(templates, { ...NO_FILTER, reason: 'label' }))).toEqual(['ferie']);
});

test('the language filter combines with the others', () => {
  expect(ids(filterTemplates(templates, { ...NO_FILTER, locale: 'it' }))).toEqual(['ferie']);
  expect(ids(filterTemplates(templates, { search: 'date', reason: '', locale: 'en' }))).toEqual(['booked']);
  expect(isFiltered({ ...NO_FILTER, locale: 'it' })).toBe(true);
});
