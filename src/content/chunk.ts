// The lazily loaded chunk (dist/*/panel.js): everything heavier than finding compose windows.
// The loader imports it on first use through a web-accessible URL.
import { textToHtml, toEditorLines } from '../shared/sanitize';
import type { PreparedDraft } from './hosts/host-adapter';

export { openPanel, preparePanel } from './panel/open-panel';
/** The reading and insertion half of each host (the finder half is in the loader). */
export { READERS } from './hosts/readers';

/** Sanitizes a draft and rewrites its paragraphs as the host's own lines; only this reaches the page. */
export function prepareDraft(draft: { html: string; text: string }): PreparedDraft {
  return { html: toEditorLines(draft.html.trim() ? draft.html : textToHtml(draft.text)), text: draft.text };
}
