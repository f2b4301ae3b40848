// What the tone-marks tests read of the overlay: each compose window's shown marks, and the
// words whose client rects each mark's box covers.
import type { MailPage } from './harness';

export const MARK = '[data-testid="dp-mark"]:not([hidden])';

type Marks = { rule: string; category: string; covers: string[]; lines: number }[][];

/** In the page: each overlay's shown marks, and the phrases whose rects each mark's box covers (within a pixel); null when `whole` and a mark covers none. */
function readMarks({ mark, phrases, whole }: { mark: string; phrases: string[]; whole: boolean }): Marks | null {
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
  const marks = [...document.querySelectorAll('[data-testid="dp-marks"]')].map((host) =>
    [...host.shadowRoot!.querySelectorAll<HTMLElement>(mark)].map((m) => ({
      rule: m.dataset.rule!,
      category: m.dataset.category!,
      covers: [...rects].filter(([, rect]) => near(rect, m.getBoundingClientRect())).map(([phrase]) => phrase),
      lines: m.querySelectorAll('.line:not([hidden])').length,
    })));
  return whole && marks.flat().some((m) => m.covers.length === 0) ? null : marks;
}

/** Each overlay's shown marks: rule, category, the phrases its box covers and how many lines it is drawn on. */
export function marksOf(page: MailPage, phrases: string[] = []): Promise<Marks> {
  return page.evaluate(readMarks, { mark: MARK, phrases, whole: false }) as Promise<Marks>;
}

/** Waits until every shown mark's box covers one of the phrases where they are now. */
export function marksCover(page: MailPage, phrases: string[]): Promise<Marks> {
  return page.waitUntil(readMarks, { mark: MARK, phrases, whole: true }) as Promise<Marks>;
}

export const shownMarks = (page: MailPage, count: number) =>
  page.waitUntil((a) => [...document.querySelectorAll('[data-testid="dp-marks"]')]
    .reduce((n, host) => n + host.shadowRoot!.querySelectorAll(a.mark).length, 0) === a.count, { mark: MARK, count });
