// The user's own words in a compose body, as one string the tone rules can read, and the way
// back from a stretch of that string to the DOM text it came from. Quoted history and the
// signature are left out: the user did not write them in this message.
import * as gmailSelectors from '../hosts/gmail/selectors';
import * as outlookSelectors from '../hosts/outlook/selectors';
import type { HostKind } from '../../shared/mail-hosts';

interface OwnWordsRules {
  /** Subtrees that are not the user's words (the signature). */
  skip: string;
  /** Where the quoted message begins: it and everything after it is left out. */
  stop: string;
}

const RULES: Record<HostKind, OwnWordsRules> = {
  gmail: { skip: `${gmailSelectors.signature}, .gmail_signature_prefix`, stop: `${gmailSelectors.quote}, blockquote` },
  outlook: { skip: outlookSelectors.signature, stop: `${outlookSelectors.quoteStart}, blockquote` },
};

const BLOCK = /^(P|DIV|LI|TR|BLOCKQUOTE|H[1-6]|UL|OL|TABLE|PRE|HR)$/;

interface Piece {
  node: Text;
  start: number;
}

export interface OwnWords {
  text: string;
  /** A DOM range over text[start, end), or null when those words are gone. */
  rangeOf(start: number, end: number): Range | null;
}

export function readOwnWords(editor: HTMLElement, kind: HostKind): OwnWords {
  const { skip, stop } = RULES[kind];
  const pieces: Piece[] = [];
  let text = '';
  let stopped = false;
  const newline = (): void => {
    if (text !== '' && !text.endsWith('\n')) text += '\n';
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child && !stopped; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        pieces.push({ node: child as Text, start: text.length });
        // Same length as the node, so offsets map back one to one.
        text += (child as Text).data.replace(/\u00a0/g, ' ');
      } else if (child instanceof Element) {
        if (child.matches(stop)) stopped = true;
        else if (child.tagName === 'BR') text += '\n';
        else if (!child.matches(skip) && child.tagName !== 'STYLE' && child.tagName !== 'SCRIPT') {
          const block = BLOCK.test(child.tagName);
          if (block) newline();
          walk(child);
          if (block) newline();
        }
      }
    }
  };
  walk(editor);
  return { text, rangeOf: (start, end) => rangeOf(pieces, start, end) };
}

function pieceAt(pieces: readonly Piece[], offset: number): Piece | undefined {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const piece = pieces[lo];
  return piece && piece.start <= offset && offset <= piece.start + piece.node.length ? piece : undefined;
}

function rangeOf(pieces: readonly Piece[], start: number, end: number): Range | null {
  const first = pieceAt(pieces, start);
  const last = pieceAt(pieces, Math.max(start, end - 1));
  if (!first || !last || !first.node.isConnected || !last.node.isConnected) return null;
  const range = document.createRange();
  range.setStart(first.node, start - first.start);
  range.setEnd(last.node, Math.min(end - last.start, last.node.length));
  return range;
}
