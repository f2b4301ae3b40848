// The "Decline politely" button, dressed as the host's own buttons (MAIL_HOSTS' button style)
// in its light or dark theme; the host element carries the test hook.
import browser from '../shared/browser';
import { MAIL_HOSTS, type ButtonColors, type ButtonStyle, type HostKind } from '../shared/mail-hosts';
import { createOurElement } from './our-elements';

// !important on :host: the page's own !important rules on span reach the host element.
const BASE = `:host{all:initial!important;display:inline-block!important;vertical-align:middle!important;margin-inline-start:8px!important;position:relative!important}
button{all:unset;box-sizing:border-box;display:inline-flex;align-items:center;border:1px solid;letter-spacing:.01em;white-space:nowrap;cursor:pointer}
button:focus-visible{outline:2px solid;outline-offset:2px}`;

const colors = (scope: string, c: ButtonColors): string =>
  `${scope}button{color:${c.text};border-color:${c.border};background:${c.background}}${scope}button:hover{background:${c.hover}}${scope}button:focus-visible{outline-color:${c.focus}}`;

const css = (s: ButtonStyle): string =>
  `${BASE}button{height:${s.height};padding:${s.padding};border-radius:${s.radius};font:${s.font}}${colors('', s.light)}${colors(':host([data-theme=dark]) ', s.dark)}`;

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
  const { host: element, shadow } = createOurElement('button', css(MAIL_HOSTS[host].button));
  element.dataset.dpOwner = owner;
  element.dataset.composeId = composeId;
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
  shadow.append(button);
  return element;
}

/** Matches the button to the host's light or dark theme once it is in the page. */
export function matchTheme(element: HTMLElement): void {
  element.dataset.theme = element.parentElement && isDark(element.parentElement) ? 'dark' : 'light';
}
