// What a Gmail compose window tells about the reply: who it goes to, who writes it, what is answered.
import { parseName, splitAddressList } from '../../../core/names';
import type { ComposeFacts } from '../../compose-target';
import { readText } from '../read-text';
import * as S from './selectors';

interface Person { name?: string; email?: string }

const lower = (s: string | null | undefined): string | undefined => s?.trim().toLowerCase() || undefined;

/** The account's address: Gmail's tab title ends in "… - user@gmail.com - Gmail". */
function myAddress(root: HTMLElement): string | undefined {
  const from = root.querySelector<HTMLInputElement | HTMLSelectElement>(S.fromField)?.value;
  const fromEmail = from ? splitAddressList(from)[0]?.email : undefined;
  return lower(fromEmail ?? document.title.match(/[^\s<>()]+@[^\s<>()]+\.[a-z]{2,}/gi)?.pop());
}

function recipients(root: HTMLElement, editor: HTMLElement): Person[] {
  const people: Person[] = [];
  for (const chip of root.querySelectorAll<HTMLElement>(`${S.recipientChip}, ${S.recipientSpan}`)) {
    if (editor.contains(chip) || chip.closest(S.bccRow)) continue;
    const email = chip.getAttribute('data-hovercard-id') ?? chip.getAttribute('email') ?? undefined;
    const name = chip.getAttribute('name') ?? chip.getAttribute('data-name') ?? chip.textContent?.trim();
    people.push({ email: email?.includes('@') ? email : undefined, name: name && name !== email ? name : undefined });
  }
  for (const field of root.querySelectorAll<HTMLTextAreaElement>(S.recipientFields)) people.push(...splitAddressList(field.value));
  const seen = new Set<string>();
  return people.filter((p) => {
    const key = lower(p.email) ?? lower(p.name);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The latest message in the thread from someone other than the user. */
function answered(root: HTMLElement, editor: HTMLElement, me: string | undefined): { sender: Person; text: string } | undefined {
  const thread = root.closest(S.threadView) ?? (editor.querySelector(S.quote) ? document.querySelector(S.threadView) : null);
  if (!thread) return undefined;
  const messages = [...thread.querySelectorAll(S.threadMessage)].reverse();
  for (const message of messages) {
    const sender = message.querySelector(S.messageSender);
    const email = lower(sender?.getAttribute('email'));
    if (!sender || (me && email === me)) continue;
    const body = message.querySelector(S.messageBody);
    return {
      sender: { email, name: sender.getAttribute('name') ?? sender.textContent?.trim() },
      text: body ? readText(body, S.notTheirWords) : '',
    };
  }
  return undefined;
}

export function readGmailFacts(root: HTMLElement, editor: HTMLElement): ComposeFacts {
  const me = myAddress(root);
  const to = recipients(root, editor).filter((p) => !me || lower(p.email) !== me);
  const message = answered(root, editor, me);
  const client = to[0] ?? message?.sender;
  const parsed = parseName(client?.name ?? client?.email);
  const from = root.querySelector<HTMLInputElement | HTMLSelectElement>(S.fromField)?.value;
  return {
    host: 'gmail',
    clientName: parsed.name,
    clientFirstName: parsed.firstName,
    myName: from ? parseName(splitAddressList(from)[0]?.name).name : undefined,
    hasSignature: editor.querySelector(S.signature) !== null,
    recipientCount: to.length || (message ? 1 : 0),
    answeredText: message?.text || undefined,
    plainText: root.querySelector(S.formattingCommand) === null,
  };
}
