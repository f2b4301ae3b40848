// Characters an imported text may not carry. A template's words go into clients' emails and its
// name onto the user's screen, so nothing in them may be invisible and change what is read:
// - control characters (a null byte, an escape…): no keyboard types them; a tab, and in
//   multi-line text a line break, are the only ones allowed;
// - direction controls (U+202A–U+202E, U+2066–U+2069): they reorder how text is displayed, so
//   a name or a sentence could show words in an order other than the one stored ("Trojan
//   Source"). The three languages we write never need them; plain right-to-left letters and
//   the invisible marks U+200E/U+200F stay allowed;
// - half of a surrogate pair: not a character at all, and storage would turn it into U+FFFD.
// Zero-width joiners stay allowed: emoji sequences need them.

export type HiddenKind = 'control' | 'direction' | 'broken';

export interface HiddenCharacter {
  kind: HiddenKind;
  /** The character as U+XXXX, for the message. */
  codePoint: string;
  /** Where it is: a UTF-16 offset into the text. */
  index: number;
}

const hex = (code: number): string => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

function kindOf(code: number, multiline: boolean): HiddenKind | undefined {
  if (code === 0x09) return undefined;
  if ((code === 0x0a || code === 0x0d) && multiline) return undefined;
  // C0 and C1 controls, DEL, and the Unicode line and paragraph separators in a one-line text.
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return 'control';
  if ((code === 0x2028 || code === 0x2029) && !multiline) return 'control';
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return 'direction';
  if (code >= 0xd800 && code <= 0xdfff) return 'broken';
  return undefined;
}

/** The first character the text may not hold, or undefined when it is clean. */
export function findHiddenCharacter(text: string, multiline: boolean): HiddenCharacter | undefined {
  let index = 0;
  // for…of walks code points: a well-formed pair arrives whole, a lone half arrives alone.
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const kind = kindOf(code, multiline);
    if (kind) return { kind, codePoint: hex(code), index };
    index += char.length;
  }
  return undefined;
}
