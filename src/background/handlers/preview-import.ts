import { summarizePlan, type ImportPlanSummary } from '../../core/templates/import-plan';
import type { ImportRequest } from '../../shared/messages';
import type { Runtime } from '../../shared/browser';
import { store } from '../../shared/storage';
import { requireExtensionPage } from './sender';
import { readImportRequest } from './import-request';

/** What importing a file would do, by name; nothing is written. */
export async function previewImport(req: ImportRequest, sender: Runtime.MessageSender): Promise<ImportPlanSummary> {
  requireExtensionPage('transfer/preview', sender);
  const { file, mode } = readImportRequest('transfer/preview', req);
  return summarizePlan(await store.previewImport(file, mode), file);
}
