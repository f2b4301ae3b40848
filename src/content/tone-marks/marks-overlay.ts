// The marks of one compose window, drawn over the editor in our own shadow root; nothing is ever
// inserted into the editor. Mark elements are pooled and hidden, never removed while the user
// types: in Chromium removing any node between keystrokes splits the undo history into one step
// per letter (docs/design.md section 12).
import { MARKS_CSS } from './marks-style';

export interface MarkBox {
  ruleId: string;
  category: string;
  label: string;
  /** The box of all the marked words. */
  rect: DOMRect;
  /** One box per line the words take: a phrase wrapped over two lines is one mark drawn in two pieces. */
  lines: readonly DOMRect[];
}

/**
 * The host's own frame in viewport coordinates. A page that moves or transforms its root element
 * makes the root, not the viewport, the frame of our fixed host: boxes are placed in this frame,
 * so page CSS cannot misplace them.
 */
export function frameOf(host: HTMLElement): { left: number; top: number; scale: number } {
  const { left, top, width } = host.getBoundingClientRect();
  return { left, top, scale: host.offsetWidth > 0 ? width / host.offsetWidth : 1 };
}

/** Places an element over a viewport rect, inside a parent whose viewport rect is `within`. */
function place(element: HTMLElement, rect: DOMRect, within: DOMRect, scale: number): void {
  const px = (value: number): string => `${value / scale}px`;
  Object.assign(element.style, { left: px(rect.left - within.left), top: px(rect.top - within.top), width: px(rect.width), height: px(rect.height) });
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
    const frame = frameOf(this.host);
    place(this.clip, visible, new DOMRect(frame.left, frame.top), frame.scale);
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
      place(mark, box.rect, visible, frame.scale);
      while (mark.children.length < box.lines.length) mark.append(Object.assign(document.createElement('span'), { className: 'line' }));
      [...mark.children].forEach((line, n) => {
        const rect = box.lines[n];
        (line as HTMLElement).hidden = !rect;
        if (rect) place(line as HTMLElement, rect, box.rect, frame.scale);
      });
    });
  }

  markAt(index: number): HTMLElement | undefined {
    return this.pool[index];
  }

  /** The index of the shown mark whose words are under a point, if any (not the gap beside a wrapped phrase). */
  indexAt(x: number, y: number): number {
    return this.pool.findIndex((mark) => !mark.hidden && [...mark.children].some((line) => {
      if ((line as HTMLElement).hidden) return false;
      const r = line.getBoundingClientRect();
      return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    }));
  }

  hideAll(): void {
    for (const mark of this.pool) mark.hidden = true;
  }

  remove(): void {
    this.host.remove();
  }
}
