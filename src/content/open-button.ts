// The "Decline politely" button. It lives in a closed shadow root, so the page's CSS cannot
// reach inside and ours cannot leak out; the host element carries the test hook.
import browser from '../shared/browser';
import type { HostKind } from '../shared/mail-hosts';

const STYLE = `
:host{all:initial!important;display:inline-block!important;vertical-align:middle!important;margin-inline-start:8px!important;position:relative!important}
button{all:unset;box-sizing:border-box;display:inline-flex;align-items:center;height:36px;padding:0 16px;border:1px solid #747775;border-radius:18px;
 background:transparent;color:#0b57d0;font:500 14px/20px "Google Sans",Roboto,Arial,sans-serif;letter-spacing:.01em;white-space:nowrap;cursor:pointer}
button:hover{background:rgba(11,87,208,.08)}
button:focus-visible{outline:2px solid #0b57d0;outline-offset:2px}
:host([data-theme=dark]) button{color:#a8c7fa;border-color:#8e918f}
:host([data-theme=dark]) button:hover{background:rgba(168,199,250,.12)}
:host([data-theme=dark]) button:focus-visible{outline-color:#a8c7fa}
:host([data-host=outlook]) button{height:32px;padding:0 12px;border-radius:4px;border-color:#d1d1d1;background:#fff;color:#242424;
 font:600 14px/20px "Segoe UI","Segoe UI Web (West European)",-apple-system,Roboto,"Helvetica Neue",sans-serif}
:host([data-host=outlook]) button:hover{background:#f5f5f5}
:host([data-host=outlook]) button:focus-visible{outline-color:#0f6cbd}
:host([data-host=outlook][data-theme=dark]) button{background:#292929;border-color:#666;color:#fff}
:host([data-host=outlook][data-theme=dark]) button:hover{background:#3d3d3d}`;

/** Dark when the nearest painted background behind the toolbar is dark (hosts theme their own pages, not prefers-color-scheme). */
function isDark(start: Element): boolean {
  for (let el: Element | null = start; el; el = el.parentElement) {
    const match = getComputedStyle(el).backgroundColor.match(/[\d.]+/g)?.map(Number);
    if (!match || match.length < 3 || match[3] === 0) continue;
    const [r = 255, g = 255, b = 255] = match;
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  }
  return false;
}

export interface OpenButtonEvents {
  /** Before focus moves to the button: the editor's selection is still there to save. */
  onArm(): void;
  onOpen(): void;
  /** The pointer reached the button, or it took focus: a click may follow. */
  onPrepare(): void;
}

export function createOpenButton(host: HostKind, owner: string, composeId: string, events: OpenButtonEvents): HTMLElement {
  const element = document.createElement('span');
  element.dataset.testid = 'dp-open';
  element.dataset.dpOwner = owner;
  element.dataset.composeId = composeId;
  element.dataset.host = host;
  const shadow = element.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = browser.i18n.getMessage('openButton') || 'Decline politely';
  button.title = browser.i18n.getMessage('openButtonTooltip');
  button.addEventListener('mousedown', () => events.onArm());
  button.addEventListener('focus', () => {
    events.onArm();
    events.onPrepare();
  });
  button.addEventListener('pointerenter', () => events.onPrepare());
  // Only the user's own click (or Enter/Space on the focused button) opens the panel.
  button.addEventListener('click', (event) => {
    if (event.isTrusted) events.onOpen();
  });
  shadow.append(style, button);
  return element;
}

/** Matches the button to the host's light or dark theme once it is in the page. */
export function matchTheme(element: HTMLElement): void {
  element.dataset.theme = element.parentElement && isDark(element.parentElement) ? 'dark' : 'light';
}
