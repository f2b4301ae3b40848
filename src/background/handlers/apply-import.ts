import { summarizePlan, type ImportPlanSummary } from '../../core/templates/import-plan';
import type { ImportRequest } from '../../shared/messages';
import type { Runtime } from '../../shared/browser';
import { store } from '../../shared/storage';
import { requireExtensionPage } from './sender';
import { readImportRequest } from './import-request';

/** Imports a file: read again, planned against the templates here now, applied in one write. */
export async function applyImport(req: ImportRequest, sender: Runtime.MessageSender): Promise<ImportPlanSummary> {
  requireExtensionPage('transfer/apply', sender);
  const { file, mode } = readImportRequest('transfer/apply', req);
  return summarizePlan(await store.importFile(file, mode), file);
}
