import { buildExportFile, type TransferFile } from '../../core/templates/transfer-file';
import { store } from '../../shared/storage';

/** Every template and the profile this device holds, as the versioned export file. */
export async function exportTemplates(): Promise<TransferFile> {
  return buildExportFile(await store.list(), new Date());
}
