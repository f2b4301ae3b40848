// Runs in the Outlook page's own world (MAIL_HOSTS.outlook.pageWorld: the build injects it with
// "world": "MAIN"), because Firefox hands a synthetic paste's clipboard data to the page's editor
// only from there. It listens for our content script's request (detail: a JSON string, as
// objects do not cross worlds) and dispatches a paste carrying text/html and text/plain at the
// editor, which RoosterJS handles as a user's paste: its own insertion, its own undo step. A page
// script can send the same request, which only makes the page paste into itself.
//
// Page scripts share this world and may replace any built-in once they run (JSON.parse,
// dispatchEvent, DataTransfer, the Event getters…). This file runs at document_start, before
// them: it takes everything it uses now and calls it through the Reflect.apply it took, and it
// listens on window in the capture phase, so its listener comes before any the page adds.
import { PASTE_REQUEST, PASTE_RESULT } from './paste-events';

const { apply } = Reflect;
const { parse, stringify } = JSON;
const { getOwnPropertyDescriptor } = Object;
const toText = String;
const Transfer = DataTransfer;
const Paste = ClipboardEvent;
const Custom = CustomEvent;
const setData = DataTransfer.prototype.setData;
const dispatch = EventTarget.prototype.dispatchEvent;
const getter = (proto: object, name: string): (() => unknown) => getOwnPropertyDescriptor(proto, name)!.get!;
const targetOf = getter(Event.prototype, 'target');
const detailOf = getter(CustomEvent.prototype, 'detail');
const isEditable = getter(HTMLElement.prototype, 'isContentEditable');
const page = document;

function editableTarget(event: Event): EventTarget | undefined {
  const target = apply(targetOf, event, []) as EventTarget;
  try {
    return apply(isEditable, target, []) === true ? target : undefined;
  } catch {
    return undefined; // not an HTML element
  }
}

addEventListener(PASTE_REQUEST, (event) => {
  const editor = editableTarget(event);
  if (!editor) return;
  let handled = false;
  try {
    const { html, text } = parse(toText(apply(detailOf, event, []))) as { html: string; text: string };
    const data = new Transfer();
    apply(setData, data, ['text/html', html]);
    apply(setData, data, ['text/plain', text]);
    handled = !apply(dispatch, editor, [new Paste('paste', { clipboardData: data, bubbles: true, cancelable: true })]);
  } finally {
    apply(dispatch, page, [new Custom(PASTE_RESULT, { detail: stringify({ handled }) })]);
  }
}, true);
