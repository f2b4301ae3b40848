// What an Outlook compose window tells about the reply: recipients in the wells, the quoted
// original below #appendonsend / #divRplyFwdMsg, the account from Microsoft's account menu.
import { parseName, splitAddressList } from '../../../core/names';
import type { ComposeFacts } from '../../compose-target';
import { readText } from '../read-text';
import * as S from './selectors';

interface Person { name?: string; email?: string }

const FOLLOWS = 4; // Node.DOCUMENT_POSITION_FOLLOWING

function recipients(root: HTMLElement, editor: HTMLElement): Person[] {
  const seen = new Set<string>();
  const people: Person[] = [];
  for (const chip of root.querySelectorAll<HTMLElement>(S.recipient)) {
    if (editor.contains(chip)) continue;
    const text = chip.textContent?.trim() ?? '';
    const email = [chip.getAttribute('title'), text].find((s) => s?.includes('@'))?.match(/[^\s<>()]+@[^\s<>()]+/)?.[0];
    const key = (email ?? text).toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    people.push({ name: text && text !== email ? text : undefined, email });
  }
  return people;
}

/** The quoted original: the text after its header, up to older history. */
function answered(editor: HTMLElement): { sender?: Person; text: string } | undefined {
  const start = editor.querySelector(S.replyHeader) ?? editor.querySelector(S.quoteStart);
  if (!start) return undefined;
  // The header's first address is the original's sender ("From: Ana López <ana@x.es>").
  const header = start.matches(S.replyHeader) ? start.textContent ?? '' : '';
  const sender = splitAddressList(header.match(/[^:\n]*<[^<>\s]+@[^<>\s]+>/)?.[0] ?? '')[0];
  const holder = editor.ownerDocument.createElement('div');
  for (let node = start.nextSibling; node; node = node.nextSibling) holder.append(node.cloneNode(true));
  // Older history starts where the next quoted header does: everything from there on goes.
  const older = holder.querySelector(S.olderHistory);
  if (older && holder.lastChild) {
    const range = editor.ownerDocument.createRange();
    range.setStartBefore(older);
    range.setEndAfter(holder.lastChild);
    range.deleteContents();
  }
  return { sender, text: readText(holder, S.notTheirWords) };
}

export function readOutlookFacts(root: HTMLElement, editor: HTMLElement): ComposeFacts {
  const me = editor.ownerDocument.querySelector(S.accountEmail)?.textContent?.trim().toLowerCase();
  const to = recipients(root, editor).filter((p) => !me || p.email?.toLowerCase() !== me);
  const message = answered(editor);
  const client = to[0] ?? message?.sender;
  const parsed = parseName(client?.name ?? client?.email);
  const quoteStart = editor.querySelector(S.quoteStart);
  const signature = editor.querySelector(S.signature);
  return {
    host: 'outlook',
    clientName: parsed.name,
    clientFirstName: parsed.firstName,
    myName: parseName(editor.ownerDocument.querySelector(S.accountName)?.textContent).name,
    // A signature below the quote belongs to the original, not to this reply.
    hasSignature: signature !== null && !(quoteStart && quoteStart.compareDocumentPosition(signature) & FOLLOWS),
    recipientCount: to.length || (message?.sender ? 1 : 0),
    answeredText: message?.text || undefined,
    // Outlook's plain-text compose is rare; its editor still takes pasted text, so HTML is inserted.
    plainText: false,
  };
}
