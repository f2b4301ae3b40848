// What the tone-marks tests read of the overlay: each compose window's shown marks, and the
// words whose client rects each mark's box covers.
import type { MailPage } from './harness';

export const MARK = '[data-testid="dp-mark"]:not([hidden])';

/** Each overlay's shown marks: rule, category, and the words whose rects its box covers (within a pixel). */
export function marksOf(page: MailPage, phrases: string[] = []): Promise<{ rule: string; category: string; covers: string[] }[][]> {
  return page.evaluate(({ mark, phrases }) => {
    const rects = new Map<string, DOMRect>();
    for (const editor of document.querySelectorAll('[contenteditable="true"]')) {
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (const phrase of phrases) {
          const at = node.data.indexOf(phrase);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + phrase.length);
          rects.set(phrase, range.getBoundingClientRect());
        }
      }
    }
    const near = (a: DOMRect, b: DOMRect) => ['left', 'top', 'right', 'bottom'].every((k) => Math.abs((a as any)[k] - (b as any)[k]) <= 1);
    return [...document.querySelectorAll('[data-testid="dp-marks"]')].map((host) =>
      [...host.shadowRoot!.querySelectorAll<HTMLElement>(mark)].map((m) => ({
        rule: m.dataset.rule!,
        category: m.dataset.category!,
        covers: [...rects].filter(([, rect]) => near(rect, m.getBoundingClientRect())).map(([phrase]) => phrase),
      })));
  }, { mark: MARK, phrases });
}

export const shownMarks = (page: MailPage, count: number) =>
  page.waitUntil((a) => [...document.querySelectorAll('[data-testid="dp-marks"]')]
    .reduce((n, host) => n + host.shadowRoot!.querySelectorAll(a.mark).length, 0) === a.count, { mark: MARK, count });
