import { summarizePlan, type ImportPlanSummary } from '../../core/templates/import-plan';
import type { ImportRequest } from '../../shared/messages';
import { store } from '../../shared/storage';
import { readImportRequest } from './import-request';

/** Imports a file: read again, planned against the templates here now, applied in one write. */
export async function applyImport(req: ImportRequest): Promise<ImportPlanSummary> {
  const { file, mode } = readImportRequest('transfer/apply', req);
  return summarizePlan(await store.importFile(file, mode), file);
}
