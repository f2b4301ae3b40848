// The boxes a range of words takes, one per line: a range's client rects also hold the boxes of
// the inline elements it spans (a bold word, a link), which are merged into their line's box.
export function lineBoxes(range: Range): DOMRect[] {
  const lines: DOMRect[] = [];
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).sort((a, b) => a.top - b.top || a.left - b.left);
  for (const rect of rects) {
    const line = lines.find((l) => Math.min(l.bottom, rect.bottom) - Math.max(l.top, rect.top) > Math.min(l.height, rect.height) / 2);
    if (!line) {
      lines.push(DOMRect.fromRect(rect));
      continue;
    }
    const left = Math.min(line.left, rect.left);
    const top = Math.min(line.top, rect.top);
    Object.assign(line, { x: left, y: top, width: Math.max(line.right, rect.right) - left, height: Math.max(line.bottom, rect.bottom) - top });
  }
  return lines;
}
