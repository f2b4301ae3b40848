// The marks of one compose window, drawn over the editor in our own shadow root; nothing is ever
// inserted into the editor. Mark elements are pooled and hidden, never removed while the user
// types: in Chromium removing any node between keystrokes splits the undo history into one step
// per letter (docs/design.md section 12).
import { MARKS_CSS } from './marks-style';

export interface MarkBox {
  ruleId: string;
  category: string;
  label: string;
  rect: DOMRect;
}

export class MarksOverlay {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  private readonly clip: HTMLElement;
  private readonly pool: HTMLElement[] = [];

  constructor(onFocusMark: (index: number) => void) {
    this.host = document.createElement('div');
    this.host.dataset.testid = 'dp-marks';
    this.shadow = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = MARKS_CSS;
    this.clip = document.createElement('div');
    this.clip.className = 'clip';
    this.shadow.append(style, this.clip);
    this.clip.addEventListener('focusin', (event) => {
      const index = this.pool.indexOf(event.target as HTMLElement);
      if (index >= 0) onFocusMark(index);
    });
    document.documentElement.append(this.host);
  }

  /** Shows the boxes (viewport coordinates) inside the editor's visible area. */
  draw(boxes: readonly MarkBox[], visible: DOMRect): void {
    Object.assign(this.clip.style, { left: `${visible.left}px`, top: `${visible.top}px`, width: `${visible.width}px`, height: `${visible.height}px` });
    while (this.pool.length < boxes.length) {
      const mark = document.createElement('span');
      mark.className = 'mark';
      mark.dataset.testid = 'dp-mark';
      mark.tabIndex = 0;
      mark.setAttribute('role', 'note');
      this.clip.append(mark);
      this.pool.push(mark);
    }
    this.pool.forEach((mark, i) => {
      const box = boxes[i];
      if (!box) {
        mark.hidden = true;
        return;
      }
      mark.hidden = false;
      mark.dataset.rule = box.ruleId;
      mark.dataset.category = box.category;
      mark.setAttribute('aria-label', box.label);
      Object.assign(mark.style, { left: `${box.rect.left - visible.left}px`, top: `${box.rect.top - visible.top}px`,
        width: `${box.rect.width}px`, height: `${box.rect.height}px` });
    });
  }

  markAt(index: number): HTMLElement | undefined {
    return this.pool[index];
  }

  /** The index of the shown mark under a point, if any. */
  indexAt(x: number, y: number): number {
    return this.pool.findIndex((mark) => {
      if (mark.hidden) return false;
      const r = mark.getBoundingClientRect();
      return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    });
  }

  hideAll(): void {
    for (const mark of this.pool) mark.hidden = true;
  }

  remove(): void {
    this.host.remove();
  }
}
