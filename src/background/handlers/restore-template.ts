import type { TemplateRecord } from '../../core/templates/types';
import { store } from '../../shared/storage';
import { objectPayload, templateId } from './payload';

/** Undoes a deletion made on this device: the template returns (under a new id, so it syncs as new). */
export async function restoreTemplate(req: { id: string }): Promise<TemplateRecord> {
  return store.restore(templateId('templates/restore', objectPayload('templates/restore', req).id));
}
