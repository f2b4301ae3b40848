import { summarizePlan, type ImportPlanSummary } from '../../core/templates/import-plan';
import type { ImportRequest } from '../../shared/messages';
import { store } from '../../shared/storage';
import { readImportRequest } from './import-request';

/** What importing a file would do, by name; nothing is written. */
export async function previewImport(req: ImportRequest): Promise<ImportPlanSummary> {
  const { file, mode } = readImportRequest('transfer/preview', req);
  return summarizePlan(await store.previewImport(file, mode), file);
}
