// Pieces of page-side code both drivers share. They run in the page, so they are plain
// functions with no closure over test code.

/** Finds an element by selector; a `panel:` (or `marks:`) prefix searches the panel's (or the first tone overlay's) open shadow root. */
export function centreOf(selector: string): { x: number; y: number } | null {
  const prefix = /^(panel|marks):/.exec(selector)?.[1];
  const css = prefix ? selector.slice(prefix.length + 1) : selector;
  const root: ParentNode | null | undefined = prefix
    ? document.querySelector(`[data-testid="dp-${prefix}"]`)?.shadowRoot
    : document;
  const element = root?.querySelector(css);
  if (!element) return null;
  element.scrollIntoView({ block: 'center', inline: 'center' });
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return null;
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

export function matches(selector: string): boolean {
  const prefix = /^(panel|marks):/.exec(selector)?.[1];
  const css = prefix ? selector.slice(prefix.length + 1) : selector;
  const root = prefix ? document.querySelector(`[data-testid="dp-${prefix}"]`)?.shadowRoot : document;
  return Boolean(root?.querySelector(css));
}
