import browser, { type Runtime } from '../../shared/browser';
import { isMailUrl } from '../../shared/mail-hosts';
import { sendToTab, type DraftPayload, type InsertResult } from '../../shared/messages';

const MAX_HTML = 100_000;

/** Checks a draft payload's shape and size; throws a message naming the bad field. */
export function validDraft(req: unknown): DraftPayload {
  const r = req as Partial<DraftPayload> | null;
  if (!r || typeof r !== 'object') throw new Error('draft/insert: expected { composeId, html, text }');
  if (typeof r.composeId !== 'string' || !/^[\w-]{1,80}$/.test(r.composeId)) throw new Error('draft/insert: "composeId" is not a compose window id');
  if (typeof r.html !== 'string' || r.html.length > MAX_HTML) throw new Error('draft/insert: "html" must be a string under 100,000 characters');
  if (typeof r.text !== 'string' || r.text.length > MAX_HTML || !r.text.trim()) throw new Error('draft/insert: "text" must be a non-empty string under 100,000 characters');
  return { composeId: r.composeId, html: r.html, text: r.text };
}

/**
 * The panel (in a mail tab's content script) asks to insert a draft. Only our own content
 * script on a mail page may ask, and the draft goes back to the very tab and frame it came from.
 */
export async function insertDraft(req: DraftPayload, sender: Runtime.MessageSender): Promise<InsertResult> {
  const tabId = sender.tab?.id;
  if (sender.id !== browser.runtime.id || tabId === undefined || !sender.url || !isMailUrl(sender.url)) {
    throw new Error('draft/insert: only the content script on a mail page may insert drafts');
  }
  return sendToTab(tabId, 'compose/insert', validDraft(req), sender.frameId ?? 0);
}
