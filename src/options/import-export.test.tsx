// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ImportPlanSummary } from '../core/templates/import-plan';

vi.mock('../shared/browser', () => ({
  default: { i18n: { getMessage: (key: string, sub?: string[]) => (sub ? `${key}:${sub[0]}` : key), getUILanguage: () => 'es-ES' } },
}));
const send = vi.hoisted(() => vi.fn());
vi.mock('../shared/messages', () => ({ sendToBackground: send }));
const { ImportExport } = await import('./import-export');
const { tooLargeMessage } = await import('../core/templates/transfer-file');

const summary = (over: Partial<ImportPlanSummary> = {}): ImportPlanSummary => ({
  mode: 'merge', exportedAt: '2026-03-02T10:00:00.000Z', added: ['Nueva ☕'], changed: ['<script>alert(1)</script>'],
  skipped: [{ name: 'Agenda', why: 'already-here' }], removed: [], profileChanged: false, profileKept: true, ...over,
});

let root: HTMLElement;
const $ = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};
async function choose(text: string, size?: number): Promise<void> {
  const file = new File([text], 'backup.json', { type: 'application/json' });
  // jsdom's Blob has no text(); the browsers' has.
  Object.defineProperty(file, 'text', { value: () => Promise.resolve(text) });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  const input = $('op-import-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
  await settle();
}
const click = async (id: string): Promise<void> => {
  $(id)!.click();
  await settle();
};
const readBlob = (blob: Blob): Promise<string> => new Promise((resolve) => {
  const reader = new FileReader();
  reader.onload = () => resolve(reader.result as string);
  reader.readAsText(blob);
});
const calls = (type: string) => send.mock.calls.filter(([t]) => t === type).map(([, req]) => req);

beforeEach(() => {
  send.mockReset();
  root = document.body.appendChild(document.createElement('div'));
  render(<ImportExport />, root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('export', () => {
  test('downloads the worker\'s file as decline-politely-<date>.json and says so', async () => {
    const file = { format: 'decline-politely', version: 1, exportedAt: 'x', templates: [{ id: 'a', name: 'Café' }] };
    send.mockResolvedValueOnce(file);
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:export'));
    URL.revokeObjectURL = vi.fn();
    const clicked: { href: string; download: string }[] = [];
    const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    await click('op-export');
    spy.mockRestore();
    expect(calls('transfer/export')).toEqual([{}]);
    expect(clicked).toEqual([{ href: 'blob:export', download: expect.stringMatching(/^decline-politely-\d{4}-\d{2}-\d{2}\.json$/u) }]);
    expect(JSON.parse(await readBlob(blobs[0]!))).toEqual(file);
    expect(root.querySelector('[role="status"]')!.textContent).toBe(`optionsExportDone:${clicked[0]!.download}`);
  });
});

describe('import', () => {
  test('a good file: the preview names what is added, changed and skipped; apply imports it and says what it did', async () => {
    send.mockResolvedValueOnce(summary()).mockResolvedValueOnce(summary());
    await choose('{"format":"decline-politely"}');
    expect(calls('transfer/preview')).toEqual([{ json: '{"format":"decline-politely"}', mode: 'merge', uiLocale: 'es' }]);
    const preview = $('op-import-preview')!;
    expect([...preview.querySelectorAll('h4')].map((h) => h.textContent)).toEqual(['optionsImportAdded:1', 'optionsImportChanged:1', 'optionsImportSkipped:1']);
    expect([...preview.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Nueva ☕', '<script>alert(1)</script>', 'Agenda']);
    expect(preview.querySelector('script')).toBeNull(); // a name is text, never markup
    expect(preview.textContent).toContain('optionsImportProfileKept');
    expect(calls('transfer/apply')).toEqual([]);

    await click('op-import-apply');
    expect(calls('transfer/apply')).toEqual([{ json: '{"format":"decline-politely"}', mode: 'merge', uiLocale: 'es' }]);
    expect($('op-import-preview')).toBeNull();
    expect(root.querySelector('[role="status"]')!.textContent).toBe('optionsImportDone optionsImportDoneAdded:1 optionsImportDoneChanged:1');
    expect($('op-import-error')!.textContent).toBe('');
  });

  test('switching to replace asks again and lists what would be deleted; cancel drops the file', async () => {
    send.mockResolvedValueOnce(summary()).mockResolvedValueOnce(summary({ mode: 'replace', removed: ['Vieja'], profileChanged: true, profileKept: false }));
    await choose('{}');
    const select = $('op-import-mode') as HTMLSelectElement;
    select.value = 'replace';
    select.dispatchEvent(new Event('change'));
    await settle();
    expect(calls('transfer/preview').map((r) => r.mode)).toEqual(['merge', 'replace']);
    expect($('op-import-preview')!.textContent).toContain('optionsImportRemoved:1Vieja');
    expect($('op-import-preview')!.textContent).toContain('optionsImportProfileChanged');
    expect($('op-import-apply')!.textContent).toBe('optionsImportApplyReplace');
    await click('op-import-cancel');
    expect($('op-import-preview')).toBeNull();
    expect(($('op-import-file') as HTMLInputElement).value).toBe('');
    expect(calls('transfer/apply')).toEqual([]);
  });

  test('a file already imported offers nothing to apply', async () => {
    send.mockResolvedValueOnce(summary({ added: [], changed: [], profileKept: false }));
    await choose('{}');
    expect($('op-import-preview')!.textContent).toContain('optionsImportNothing');
    expect(($('op-import-apply') as HTMLButtonElement).disabled).toBe(true);
  });

  test('a refused file shows the worker\'s message in the alert, no preview, and nothing is applied', async () => {
    send.mockRejectedValueOnce(new Error('Este archivo lo creó una versión más reciente de Decline Politely. Actualiza la extensión.'));
    await choose('{"format":"decline-politely","version":9}');
    const alert = $('op-import-error')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe('Este archivo lo creó una versión más reciente de Decline Politely. Actualiza la extensión.');
    expect($('op-import-preview')).toBeNull();
    expect($('op-import-apply')).toBeNull();
    expect(calls('transfer/apply')).toEqual([]);
  });

  test('a file larger than any export is refused before it is read or sent', async () => {
    await choose('{}', 50_000_000);
    expect($('op-import-error')!.textContent).toBe(tooLargeMessage('es'));
    expect(send).not.toHaveBeenCalled();
  });

  test('an apply the worker refuses (the file changed meaning meanwhile) keeps the preview and shows why', async () => {
    send.mockResolvedValueOnce(summary()).mockRejectedValueOnce(new Error('Plantilla 1: …'));
    await choose('{}');
    await click('op-import-apply');
    expect($('op-import-error')!.textContent).toBe('Plantilla 1: …');
    expect($('op-import-preview')).not.toBeNull();
  });
});
