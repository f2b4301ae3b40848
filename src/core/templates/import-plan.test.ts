import { describe, expect, test } from 'vitest';
import { createTemplate } from './edit';
import { isEmptyPlan, planImport, summarizePlan } from './import-plan';
import { buildExportFile, type TransferFile, type TransferTemplate } from './transfer-file';
import type { TemplateContent, TemplateRecord } from './types';
import { DEFAULT_PROFILE, type Profile } from '../profile';

const words = (name: string, body = `${name}: gracias, pero no.`): TemplateContent => ({ name, reason: 'not-a-fit', locale: 'es', tone: 'neutral', body });
const stored = (id: string, content: TemplateContent): TemplateRecord => createTemplate(id, content, { device: 'dev1', now: 1 });
const mine: Profile = { ...DEFAULT_PROFILE, myName: 'Sam', signature: 'Sam\nStudio' };
const theirs: Profile = { ...DEFAULT_PROFILE, myName: 'Alex', tone: 'firm' };
const fileOf = (templates: TransferTemplate[], profile?: Profile): TransferFile =>
  ({ format: 'decline-politely', version: 1, exportedAt: '2026-03-02T10:00:00.000Z', ...(profile ? { profile } : {}), templates });

const here = [stored('a', words('Agenda')), stored('b', words('Budget')), stored('c', words('Contract'))];
const current = { templates: here, profile: mine };

describe('merge adds and updates, and keeps everything else', () => {
  const file = fileOf([
    { id: 'a', ...words('Agenda') }, // same template, same words
    { id: 'b', ...words('Budget', 'New words.') }, // same template, edited elsewhere
    { id: 'zz', ...words('Contract') }, // added elsewhere under another id: the same words are here already
    { id: 'n', ...words('Nuevo') },
  ], theirs);
  const plan = planImport(file, current, 'merge');

  test('same id and words: skipped; same id, new words: changed; new: added; the rest stays', () => {
    expect(plan.added).toEqual([words('Nuevo')]);
    expect(plan.changed).toEqual([{ id: 'b', content: words('Budget', 'New words.') }]);
    expect(plan.skipped).toEqual([{ id: 'a', name: 'Agenda', why: 'already-here' }, { id: 'c', name: 'Contract', why: 'already-here' }]);
    expect(plan.removed).toEqual([]);
  });

  test('the profile set here is kept, and the plan says so', () => {
    expect(plan.profile).toBeUndefined();
    expect(plan.profileKept).toBe(true);
  });

  test('a browser where no profile was ever set takes the file\'s', () => {
    const fresh = planImport(file, { templates: [], profile: DEFAULT_PROFILE }, 'merge');
    expect(fresh.profile).toEqual(theirs);
    expect(fresh.added.map((t) => t.name)).toEqual(['Agenda', 'Budget', 'Contract', 'Nuevo']);
  });

  test('the summary lists names per category', () => {
    expect(summarizePlan(plan, file)).toEqual({
      mode: 'merge', exportedAt: file.exportedAt, added: ['Nuevo'], changed: ['Budget'],
      skipped: [{ name: 'Agenda', why: 'already-here' }, { name: 'Contract', why: 'already-here' }],
      removed: [], profileChanged: false, profileKept: true,
    });
  });
});

describe('replace leaves exactly the file', () => {
  test('templates not in the file are removed, and the file\'s profile is taken', () => {
    const plan = planImport(fileOf([{ id: 'b', ...words('Budget', 'Otra cosa.') }, { id: 'n', ...words('Nuevo') }], theirs), current, 'replace');
    expect(plan.removed).toEqual([{ id: 'a', name: 'Agenda' }, { id: 'c', name: 'Contract' }]);
    expect(plan.changed.map((c) => c.id)).toEqual(['b']);
    expect(plan.added.map((t) => t.name)).toEqual(['Nuevo']);
    expect(plan.profile).toEqual(theirs);
  });

  test('a file without a profile leaves the profile alone', () => {
    const plan = planImport(fileOf([]), current, 'replace');
    expect(plan.profile).toBeUndefined();
    expect(plan.removed).toHaveLength(3);
  });
});

test('two identical templates in a file are both kept, and importing the file again adds nothing', () => {
  const file = fileOf([{ id: 'x1', ...words('Twin') }, { id: 'x2', ...words('Twin') }]);
  const first = planImport(file, { templates: [], profile: mine }, 'merge');
  expect(first.added).toHaveLength(2);
  const afterImport = { templates: first.added.map((t, i) => stored(`new${i}`, t)), profile: mine };
  expect(isEmptyPlan(planImport(file, afterImport, 'merge'))).toBe(true);
  expect(isEmptyPlan(planImport(file, afterImport, 'replace'))).toBe(true);
});

test('an export imported back, in either mode, changes nothing', () => {
  const file = buildExportFile(current, new Date());
  for (const mode of ['merge', 'replace'] as const) {
    const plan = planImport(file, current, mode);
    expect(isEmptyPlan(plan)).toBe(true);
    expect(plan.skipped).toHaveLength(3);
    expect(plan.profileKept).toBe(false);
  }
});

test('ids such as "__proto__" and "constructor" are only looked up, never matched to anything built in', () => {
  const plan = planImport(fileOf([{ id: '__proto__', ...words('Proto') }, { id: 'constructor', ...words('Ctor') }]), current, 'merge');
  expect(plan.added.map((t) => t.name)).toEqual(['Proto', 'Ctor']);
  expect(plan.changed).toEqual([]);
});
