// Where the panel sits: beside the compose window it belongs to, on whichever side has room,
// so it never covers the text being written; over the page only when neither side fits.
const WIDTH = 380;
const GAP = 8;

export interface Dock { left: number; top: number; width: number; height: number }

export function dockBeside(root: Element | null, viewport = { width: innerWidth, height: innerHeight }): Dock {
  const height = Math.min(720, viewport.height - 2 * GAP);
  const width = Math.min(WIDTH, viewport.width - 2 * GAP);
  const box = root?.getBoundingClientRect();
  const clampTop = (top: number) => Math.max(GAP, Math.min(top, viewport.height - height - GAP));
  if (!box || box.width === 0) return { left: viewport.width - width - GAP, top: clampTop(GAP), width, height };
  const top = clampTop(box.top);
  if (box.left - GAP >= width + GAP) return { left: box.left - width - GAP, top, width, height };
  if (viewport.width - box.right - GAP >= width + GAP) return { left: box.right + GAP, top, width, height };
  return { left: viewport.width - width - GAP, top, width, height };
}
