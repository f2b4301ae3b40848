// Our own elements in the mail page, each the host element of a shadow root so the page's CSS
// cannot reach inside and ours cannot leak out. Found by the test hooks they carry (a stable
// contract for end-to-end tests), from this one list.

interface OurElement {
  tag: 'div' | 'span';
  testId: string;
  mode: ShadowRootMode;
}

const OURS = {
  // Inline, as the toolbar's own buttons are; closed, so a page script cannot press it.
  button: { tag: 'span', testId: 'dp-open', mode: 'closed' },
  // Open: the panel acts only on trusted events, and end-to-end tests read it.
  panel: { tag: 'div', testId: 'dp-panel', mode: 'open' },
  // Open: it shows nothing the page did not see inserted.
  toast: { tag: 'div', testId: 'dp-toast', mode: 'open' },
} as const satisfies Record<string, OurElement>;

export type OurElementName = keyof typeof OURS;

/** The selector of one of our elements: every copy of it, whichever instance added it. */
export const ours = (name: OurElementName): string => `[data-testid="${OURS[name].testId}"]`;

/** A new host element with its shadow root and our stylesheet in it; the caller adds the rest and places it. */
export function createOurElement(name: OurElementName, css: string): { host: HTMLElement; shadow: ShadowRoot } {
  const { tag, testId, mode } = OURS[name];
  const host = document.createElement(tag);
  host.dataset.testid = testId;
  const shadow = host.attachShadow({ mode });
  const style = document.createElement('style');
  style.textContent = css;
  shadow.append(style);
  return { host, shadow };
}
