import type { TemplateRecord } from '../../core/templates/types';
import { store } from '../../shared/storage';
import { objectPayload, templateId } from './payload';

/** Deletes a template on every device; `templates/restore` with the same id undoes it. */
export async function deleteTemplate(req: { id: string }): Promise<{ deleted: TemplateRecord }> {
  const id = templateId('templates/delete', objectPayload('templates/delete', req).id);
  return { deleted: await store.remove(id) };
}
