// An import plan carried out on the mirror, as the user's own edits would be: new templates get
// new ids, changed ones a new revision (so other devices see an edit, not a stranger), removed
// ones a deletion record and a place in this device's trash.
import { createTemplate, editTemplate } from '../../core/templates/edit';
import type { ImportPlan } from '../../core/templates/import-plan';
import { newTemplateId, removeFromMirror, setMirrorProfile, type Mirror } from './mirror';

export function applyImportPlan(mirror: Mirror, plan: ImportPlan, time: number): void {
  const context = { device: mirror.device, now: time };
  for (const content of plan.added) {
    const record = createTemplate(newTemplateId(), content, context);
    mirror.library.templates[record.id] = record;
  }
  // Planned from this very mirror: every id changed or removed is one of its templates.
  for (const { id, content } of plan.changed) mirror.library.templates[id] = editTemplate(mirror.library.templates[id]!, content, context);
  for (const { id } of plan.removed) removeFromMirror(mirror, mirror.library.templates[id]!, time);
  if (plan.profile) setMirrorProfile(mirror, plan.profile, time);
}
