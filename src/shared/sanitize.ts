// The only module that turns strings into HTML. Everything that reaches a mail page passes
// DOMPurify with an allowlist of simple formatting and http/https/mailto links, and comes out
// as SafeHtml, so a raw string cannot be handed to an insertion by mistake.
import DOMPurify from 'dompurify';

declare const safe: unique symbol;
export type SafeHtml = string & { readonly [safe]: true };

const INLINE = new Set(['A', 'B', 'STRONG', 'I', 'EM', 'U', 'BR']);

/** What may reach a page; the hardening tests check inserted mail against the same lists. */
export const ALLOWED_TAGS: readonly string[] = ['p', 'div', 'br', 'b', 'strong', 'i', 'em', 'u', 'ul', 'ol', 'li', 'blockquote', 'a'];
export const ALLOWED_ATTRIBUTES: readonly string[] = ['href'];
export const ALLOWED_URL = /^(?:https?:|mailto:)/i;

const CONFIG = {
  ALLOWED_TAGS: [...ALLOWED_TAGS],
  ALLOWED_ATTR: [...ALLOWED_ATTRIBUTES],
  ALLOWED_URI_REGEXP: ALLOWED_URL,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
};

export function sanitizeHtml(html: string): SafeHtml {
  return DOMPurify.sanitize(html, { ...CONFIG, RETURN_TRUSTED_TYPE: false }) as SafeHtml;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** Plain text as paragraphs: blank lines separate `<p>`s, single line breaks become `<br>`. */
export function textToHtml(text: string): SafeHtml {
  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
  return sanitizeHtml(paragraphs.map((p) => `<p>${escape(p).replace(/\n/g, '<br>')}</p>`).join(''));
}

/**
 * Rewrites a draft's paragraphs in the line structure Gmail and Outlook write themselves
 * (one `<div>` per line, `<div><br></div>` for a blank line), so the inserted text looks typed.
 */
export function toEditorLines(html: string): SafeHtml {
  const fragment = DOMPurify.sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
  const doc = fragment.ownerDocument;
  const out = doc.createElement('div');
  const blankLine = (): HTMLElement => {
    const line = doc.createElement('div');
    line.append(doc.createElement('br'));
    return line;
  };
  let looseLine: HTMLElement | undefined;
  for (const node of [...fragment.childNodes]) {
    if (node.nodeName === 'P') {
      looseLine = undefined;
      if (out.lastChild) out.append(blankLine());
      // A <br> inside a paragraph starts a new line of its own.
      let line = doc.createElement('div');
      for (const child of [...node.childNodes]) {
        if (child.nodeName !== 'BR') line.append(child);
        else {
          out.append(line.hasChildNodes() ? line : blankLine());
          line = doc.createElement('div');
        }
      }
      out.append(line.hasChildNodes() ? line : blankLine());
    } else if (node.nodeType === 1 && !INLINE.has(node.nodeName)) {
      looseLine = undefined;
      out.append(node);
    } else if (node.nodeType === 1 || node.textContent?.trim()) {
      if (!looseLine) out.append((looseLine = doc.createElement('div')));
      looseLine.append(node);
    }
  }
  return sanitizeHtml(out.innerHTML);
}
