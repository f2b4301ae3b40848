// The message of one mark, shown on hover or focus: what is wrong and what to try, in the text's
// language, a one-click fix where the rule has one, and a switch for this message. Only real
// clicks count: a page script cannot press these buttons for the user.
import browser from '../../shared/browser';

export interface PopupContent {
  message: string;
  suggestion?: string;
  /** The words the fix deletes, when the rule offers one. */
  removable?: string;
}

export interface PopupActions {
  apply(): void;
  switchOff(): void;
}

const label = (key: string, fallback: string, sub?: string): string => browser.i18n.getMessage(key, sub === undefined ? undefined : [sub]) || fallback;

export class MarkPopup {
  private readonly box: HTMLElement;
  private readonly message: HTMLElement;
  private readonly suggestion: HTMLElement;
  private readonly applyButton: HTMLButtonElement;
  shownFor = -1;

  constructor(shadow: ShadowRoot, actions: PopupActions) {
    this.box = document.createElement('div');
    this.box.className = 'popup';
    this.box.hidden = true;
    this.box.setAttribute('role', 'dialog');
    this.message = document.createElement('p');
    this.message.dataset.testid = 'dp-mark-message';
    this.suggestion = document.createElement('p');
    this.suggestion.className = 'suggestion';
    const row = document.createElement('div');
    row.className = 'actions';
    this.applyButton = this.button('apply', 'dp-mark-apply', actions.apply);
    const off = this.button('off', 'dp-mark-off', actions.switchOff);
    off.textContent = label('toneMarkOff', 'Stop checking this message');
    row.append(this.applyButton, off);
    this.box.append(this.message, this.suggestion, row);
    shadow.append(this.box);
  }

  private button(className: string, testId: string, run: () => void): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = className;
    button.dataset.testid = testId;
    button.addEventListener('click', (event) => {
      if (event.isTrusted) run();
    });
    return button;
  }

  show(index: number, content: PopupContent, anchor: DOMRect): void {
    this.shownFor = index;
    this.message.textContent = content.message;
    this.suggestion.textContent = content.suggestion ?? '';
    this.suggestion.hidden = !content.suggestion;
    this.applyButton.hidden = content.removable === undefined;
    this.applyButton.textContent = label('toneMarkApply', `Delete “${content.removable ?? ''}”`, content.removable);
    this.box.hidden = false;
    const below = anchor.bottom + 6;
    const room = window.innerHeight - below;
    this.box.style.left = `${Math.max(4, Math.min(anchor.left, window.innerWidth - 330))}px`;
    this.box.style.top = room > 120 ? `${below}px` : `${Math.max(4, anchor.top - 6 - this.box.offsetHeight)}px`;
  }

  hide(): void {
    this.shownFor = -1;
    this.box.hidden = true;
  }

  contains(node: EventTarget | null): boolean {
    return node instanceof Node && this.box.contains(node);
  }

  holdsPoint(x: number, y: number): boolean {
    if (this.box.hidden) return false;
    const r = this.box.getBoundingClientRect();
    return x >= r.left - 4 && x <= r.right + 4 && y >= r.top - 8 && y <= r.bottom + 4;
  }
}
