// The three things a user does to a template on one device, as new versions.
import type { Library, TemplateContent, TemplateRecord } from './types';

export interface EditContext {
  device: string;
  now: number;
}

/** Only the fields the user edits, without revision fields. */
export const contentOf = (c: TemplateContent): TemplateContent => {
  const out: TemplateContent = { name: c.name, locale: c.locale, tone: c.tone, body: c.body };
  if (c.reason !== undefined) out.reason = c.reason;
  if (c.label !== undefined) out.label = c.label;
  return out;
};

export function createTemplate(id: string, content: TemplateContent, { device, now }: EditContext): TemplateRecord {
  return { id, ...contentOf(content), rev: `${device}:1`, base: '', device, clock: { [device]: 1 }, updatedAt: now };
}

export function editTemplate(record: TemplateRecord, content: TemplateContent, { device, now }: EditContext): TemplateRecord {
  const n = (record.clock[device] ?? 0) + 1;
  const edited: TemplateRecord = {
    id: record.id, ...contentOf(content), rev: `${device}:${n}`, base: record.rev, device,
    clock: { ...record.clock, [device]: n }, updatedAt: now,
  };
  if (record.conflictOf !== undefined) edited.conflictOf = record.conflictOf;
  return edited;
}

/** Removes a template and records that this version (and everything before it) was deleted. */
export function deleteTemplate(library: Library, id: string, now: number): Library {
  const record = library.templates[id];
  if (!record) return library;
  const { [id]: _, ...templates } = library.templates;
  return { templates, tombstones: { ...library.tombstones, [id]: { deletedAt: now, clock: record.clock, revs: [record.rev] } } };
}
