// Import and export on the options page: export downloads a file of every template and the
// profile; import reads a file, shows what it would add, change, skip or remove, and applies it
// only when the user says so. A refused file changes nothing and says why in the alert.
import { useRef, useState } from 'preact/hooks';
import type { ImportMode, ImportPlanSummary } from '../core/templates/import-plan';
import { tooLargeMessage, TRANSFER_LIMITS } from '../core/templates/transfer-file';
import { browserLocale, t } from '../shared/i18n';
import { sendToBackground } from '../shared/messages';

interface Pending {
  json: string;
  summary: ImportPlanSummary;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** decline-politely-2026-03-02.json, in the user's own calendar day. */
export const exportFileName = (date: Date): string =>
  `decline-politely-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is no longer needed once it has been read.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function doneText(s: ImportPlanSummary): string {
  const parts = [t('optionsImportDone')];
  if (s.added.length > 0) parts.push(t('optionsImportDoneAdded', String(s.added.length)));
  if (s.changed.length > 0) parts.push(t('optionsImportDoneChanged', String(s.changed.length)));
  if (s.removed.length > 0) parts.push(t('optionsImportDoneRemoved', String(s.removed.length)));
  if (s.profileChanged) parts.push(t('optionsImportDoneProfile'));
  return parts.join(' ');
}

function NameList({ heading, names }: { heading: string; names: readonly string[] }) {
  if (names.length === 0) return null;
  return (
    <section>
      <h4>{t(heading, String(names.length))}</h4>
      <ul>{names.map((name, i) => <li key={i}>{name}</li>)}</ul>
    </section>
  );
}

function Preview({ summary }: { summary: ImportPlanSummary }) {
  const nothing = summary.added.length + summary.changed.length + summary.removed.length === 0 && !summary.profileChanged;
  return (
    <div data-testid="op-import-preview">
      <h3>{t('optionsImportPreviewHeading')}</h3>
      <NameList heading="optionsImportAdded" names={summary.added} />
      <NameList heading="optionsImportChanged" names={summary.changed} />
      <NameList heading="optionsImportRemoved" names={summary.removed} />
      <NameList heading="optionsImportSkipped" names={summary.skipped.map((s) => s.name)} />
      {summary.profileChanged && <p>{t('optionsImportProfileChanged')}</p>}
      {summary.profileKept && <p>{t('optionsImportProfileKept')}</p>}
      {nothing && <p>{t('optionsImportNothing')}</p>}
    </div>
  );
}

export function ImportExport() {
  const [mode, setMode] = useState<ImportMode>('merge');
  const [pending, setPending] = useState<Pending>();
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  // Only the answer to the latest request counts: a slower answer about an older file is dropped.
  const latest = useRef(0);
  const uiLocale = browserLocale() ?? 'en';

  const reset = (): void => {
    setPending(undefined);
    if (fileInput.current) fileInput.current.value = '';
  };

  async function exportNow(): Promise<void> {
    setError('');
    setStatus('');
    try {
      const file = await sendToBackground('transfer/export', {});
      const name = exportFileName(new Date());
      download(JSON.stringify(file, null, 2), name);
      setStatus(t('optionsExportDone', name));
    } catch (e) {
      setError(t('optionsExportFailed', messageOf(e)));
    }
  }

  async function preview(json: string, importMode: ImportMode): Promise<void> {
    const ticket = ++latest.current;
    setError('');
    setStatus('');
    try {
      const summary = await sendToBackground('transfer/preview', { json, mode: importMode, uiLocale });
      if (ticket === latest.current) setPending({ json, summary });
    } catch (e) {
      if (ticket !== latest.current) return;
      reset();
      setError(messageOf(e));
    }
  }

  async function chooseFile(): Promise<void> {
    const file = fileInput.current?.files?.[0];
    if (!file) return;
    // Never read a file bigger than any export could be: a wrong pick should not freeze the page.
    if (file.size > TRANSFER_LIMITS.fileBytes) {
      reset();
      setStatus('');
      setError(tooLargeMessage(uiLocale));
      return;
    }
    let json: string;
    try {
      json = await file.text();
    } catch (e) {
      reset();
      setError(t('optionsImportReadFailed', messageOf(e)));
      return;
    }
    await preview(json, mode);
  }

  function chooseMode(next: ImportMode): void {
    setMode(next);
    if (pending) void preview(pending.json, next);
  }

  async function apply(): Promise<void> {
    if (!pending) return;
    const ticket = ++latest.current;
    setBusy(true);
    setError('');
    try {
      const summary = await sendToBackground('transfer/apply', { json: pending.json, mode, uiLocale });
      if (ticket !== latest.current) return;
      reset();
      setStatus(doneText(summary));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  const s = pending?.summary;
  const nothingToDo = !s || s.added.length + s.changed.length + s.removed.length === 0 && !s.profileChanged;
  return (
    <section id="transfer" class="card" aria-labelledby="op-import-export-heading">
      <h2 id="op-import-export-heading">{t('optionsImportHeading')}</h2>
      <p>{t('optionsExportIntro')}</p>
      <button type="button" data-testid="op-export" onClick={() => void exportNow()}>{t('optionsExportButton')}</button>
      <p>{t('optionsImportIntro')}</p>
      <label>
        {t('optionsImportModeLabel')}{' '}
        <select data-testid="op-import-mode" value={mode} onChange={(e) => chooseMode((e.currentTarget as HTMLSelectElement).value as ImportMode)}>
          <option value="merge">{t('optionsImportModeMerge')}</option>
          <option value="replace">{t('optionsImportModeReplace')}</option>
        </select>
      </label>
      <label>
        {t('optionsImportChoose')}{' '}
        <input ref={fileInput} type="file" accept=".json,application/json" data-testid="op-import-file" onChange={() => void chooseFile()} />
      </label>
      {s && <Preview summary={s} />}
      {s && (
        <div>
          <button type="button" data-testid="op-import-apply" disabled={busy || nothingToDo} onClick={() => void apply()}>
            {t(mode === 'replace' ? 'optionsImportApplyReplace' : 'optionsImportApply')}
          </button>
          <button type="button" data-testid="op-import-cancel" disabled={busy} onClick={() => { latest.current++; reset(); }}>{t('optionsImportCancel')}</button>
        </div>
      )}
      <p role="alert" data-testid="op-import-error">{error}</p>
      <p role="status">{status}</p>
    </section>
  );
}
