// Plain text of a piece of mail as a reader sees it: one line per block, no markup.
const BLOCK = /^(P|DIV|LI|TR|BLOCKQUOTE|H[1-6]|UL|OL|TABLE|PRE|HR|SECTION|ARTICLE)$/;

export function readText(root: Node, skip?: string): string {
  let out = '';
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) out += child.textContent?.replace(/\s+/g, ' ') ?? '';
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (skip && el.matches(skip)) continue;
        if (el.tagName === 'BR') out += '\n';
        else if (el.tagName === 'STYLE' || el.tagName === 'SCRIPT') continue;
        else if (BLOCK.test(el.tagName)) {
          if (!out.endsWith('\n')) out += '\n';
          walk(el);
          if (!out.endsWith('\n')) out += '\n';
        } else walk(el);
      }
    }
  };
  walk(root);
  return out.split('\n').map((line) => line.replace(/\u00a0/g, ' ').trim()).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
