import { expect, test } from 'vitest';
import { createTemplate, deleteTemplate, editTemplate } from '../../core/templates/edit';
import { mergeLibraries } from '../../core/templates/merge';
import { DEFAULT_PROFILE } from '../../core/profile';
import { itemBytes, SYNC_LIMITS } from './limits';
import { planSync } from './plan';

const record = createTemplate('x1', { name: 'Old', reason: 'not-a-fit', locale: 'en', tone: 'warm', body: 'Thanks.' }, { device: 'd', now: 1 });
const profile = { value: DEFAULT_PROFILE, updatedAt: 0 };
const deleted = deleteTemplate({ templates: { x1: record }, tombstones: {} }, 'x1', 2_000);

/** A sync area holding the template and filler up to `free` bytes short of the quota. */
function areaWith(free: number): Record<string, unknown> {
  const area: Record<string, unknown> = { schema: { version: 2 }, 't:x1': record };
  let used = Object.entries(area).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
  for (let i = 0; used < SYNC_LIMITS.quotaBytes - free; i++) {
    const room = SYNC_LIMITS.quotaBytes - free - used;
    const text = 'x'.repeat(Math.max(0, Math.min(8000, room - `filler${i}`.length - 2)));
    area[`filler${i}`] = text;
    used += itemBytes(`filler${i}`, text);
  }
  return area;
}

test('a deletion goes out with the removal of the deleted template', () => {
  const plan = planSync(deleted, profile, areaWith(1_000));
  expect(plan.remove).toEqual(['t:x1']);
  expect(Object.keys(plan.set)).toEqual(['tombstones']);
  expect(plan.localOnly).toEqual({});
});

test('deleted templates make room for their own deletion record', () => {
  const plan = planSync(deleted, profile, areaWith(10));
  expect(plan.remove).toEqual(['t:x1']);
  expect(Object.keys(plan.set)).toEqual(['tombstones']);
});

test('when the deletions cannot be shared, the deleted template stays in sync rather than come back and go again', () => {
  const many = { ...deleted, tombstones: { ...deleted.tombstones } };
  for (let i = 0; i < 40; i++) many.tombstones[`never-synced-${i}`] = { deletedAt: 2_000, clock: { d: 1 }, revs: ['d:1'] };
  const plan = planSync(many, profile, areaWith(10));
  expect(plan.remove).toEqual([]);
  expect(plan.set).toEqual({});
  expect(plan.localOnly).toEqual({ deletions: 'quota' });
});

test('a deleted version leaves sync as the conflict copy it became elsewhere, and a later edit\'s copy stays', () => {
  const onA = editTemplate(record, { ...record, body: 'Laptop.' }, { device: 'a', now: 10 });
  const onB = editTemplate(record, { ...record, body: 'Phone.' }, { device: 'b', now: 20 });
  const onPhone = mergeLibraries({ templates: { x1: onA }, tombstones: {} }, { templates: { x1: onB }, tombstones: {} });
  const area = { schema: { version: 2 }, ...Object.fromEntries(Object.values(onPhone.templates).map((t) => [`t:${t.id}`, t])) };
  const onLaptop = mergeLibraries(deleteTemplate({ templates: { x1: onA }, tombstones: {} }, 'x1', 30_000), onPhone);
  const plan = planSync(onLaptop, profile, area);
  expect(plan.remove.sort()).toEqual([`t:x1`, `t:x1~${onA.rev}`]);
  expect(Object.keys(plan.set).sort()).toEqual([`t:x1~${onB.rev}`, 'tombstones']);
});
