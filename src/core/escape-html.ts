// Text to HTML text: the core builds its small HTML output (paragraphs) without a DOM.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/gu, (c) => ENTITIES[c]!);

/** Paragraphs of plain text (lines inside a paragraph separated by \n) as `<p>` elements. */
export const paragraphsToHtml = (paragraphs: readonly string[]): string =>
  paragraphs.map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>')}</p>`).join('');
