// Always loaded on the mail sites, so it stays tiny: it watches for compose editors, adds one
// button per compose window and loads the panel chunk only when the user asks for it.
import { hostKindOf } from '../shared/mail-hosts';
import { handleMessages, sendToBackground, type ContentMessages } from '../shared/messages';

const EDITOR = '[contenteditable="true"][role="textbox"]';
const buttons = new WeakMap<Element, HTMLButtonElement>();

function claim(editor: Element): void {
  if (buttons.has(editor)) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.testid = 'dp-open';
  button.textContent = 'Decline politely';
  button.addEventListener('click', () => void sendToBackground('hello', { host: location.host }));
  editor.parentElement?.append(button);
  buttons.set(editor, button);
}

function start(): void {
  const host = hostKindOf(location.href);
  if (!host) return;
  for (const editor of document.querySelectorAll(EDITOR)) claim(editor);
  new MutationObserver(() => {
    for (const editor of document.querySelectorAll(EDITOR)) claim(editor);
  }).observe(document.body, { childList: true, subtree: true });
  handleMessages<ContentMessages>({
    'content/ping': () => ({ host, composeCount: document.querySelectorAll(EDITOR).length }),
    'panel/open': () => ({ mode: 'copy' }),
  });
}

try {
  start();
} catch (error) {
  console.debug('[Decline politely] not started:', error);
}
