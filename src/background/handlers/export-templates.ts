import { buildExportFile, type TransferFile } from '../../core/templates/transfer-file';
import type { Runtime } from '../../shared/browser';
import { store } from '../../shared/storage';
import { requireExtensionPage } from './sender';

/** Every template and the profile this device holds, as the versioned export file. */
export async function exportTemplates(_req: unknown, sender: Runtime.MessageSender): Promise<TransferFile> {
  requireExtensionPage('transfer/export', sender);
  return buildExportFile(await store.list(), new Date());
}
