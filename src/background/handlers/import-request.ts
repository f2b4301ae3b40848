import { IMPORT_MODES, type ImportMode } from '../../core/templates/import-plan';
import { parseImportFile, type TransferFile } from '../../core/templates/transfer-file';
import { isLocale } from '../../core/types';
import type { ImportRequest } from '../../shared/messages';
import { objectPayload } from './payload';

/** The file and mode of an import request; a bad file throws its clear message, in the page's language. */
export function readImportRequest(type: string, req: ImportRequest): { file: TransferFile; mode: ImportMode } {
  const { json, mode, uiLocale } = objectPayload(type, req);
  if (!IMPORT_MODES.includes(mode as ImportMode)) throw new Error(`${type}: "mode" must be "merge" or "replace"`);
  const parsed = parseImportFile(json as string, isLocale(uiLocale) ? uiLocale : 'en');
  if (!parsed.ok) throw new Error(parsed.error.message);
  return { file: parsed.file, mode: mode as ImportMode };
}
