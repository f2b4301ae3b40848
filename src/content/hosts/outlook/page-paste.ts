// Runs in the Outlook page's own world (manifest: "world": "MAIN"), because Firefox hands a
// synthetic paste's clipboard data to the page's editor only from there. It listens for our
// content script's request (detail: a JSON string, as objects do not cross worlds) and
// dispatches a paste carrying text/html and text/plain at the editor, which RoosterJS handles
// as a user's paste: its own insertion, its own undo step. A page script can send the same
// request, which only makes the page paste into itself.
import { PASTE_REQUEST, PASTE_RESULT } from './paste-events';

document.addEventListener(PASTE_REQUEST, (event) => {
  const editor = event.target;
  if (!(editor instanceof HTMLElement) || !editor.isContentEditable) return;
  let handled = false;
  try {
    const { html, text } = JSON.parse(String((event as CustomEvent).detail)) as { html: string; text: string };
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', text);
    handled = !editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  } finally {
    document.dispatchEvent(new CustomEvent(PASTE_RESULT, { detail: JSON.stringify({ handled }) }));
  }
});
