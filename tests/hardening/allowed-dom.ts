// What inserted mail may hold, checked by walking the DOM (in jsdom, or in a real page through
// evaluate, so it closes over nothing). Returns one line per element or attribute that breaks
// the sanitizer's allowlist: a tag outside it, any on* handler, a style that loads something,
// a link that is not http, https or mailto.
export interface Allowlist { tags: readonly string[]; attributes: readonly string[]; url: string }

export function disallowedIn(root: Element, allow: Allowlist, skip?: (el: Element) => boolean): string[] {
  const problems: string[] = [];
  const urlOk = new RegExp(allow.url, 'i');
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (skip?.(el)) continue;
    const tag = el.localName;
    if (!allow.tags.includes(tag)) problems.push(`<${tag}>`);
    for (const { name, value } of Array.from(el.attributes)) {
      if (/^on/i.test(name)) problems.push(`<${tag} ${name}>`);
      else if (name === 'style' && /url\(|expression|@import/i.test(value)) problems.push(`<${tag} style="${value}">`);
      else if (!allow.attributes.includes(name)) problems.push(`<${tag} ${name}>`);
      else if (name === 'href' && !urlOk.test(value.trim())) problems.push(`<${tag} href="${value}">`);
    }
  }
  return problems;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as it should read once inserted, to compare payload and mail: no whitespace, no control
 * or format characters, and no lone surrogate (or the U+FFFD a browser may put in its place).
 */
export function comparable(text: string): string {
  return text.replace(LONE_SURROGATE, '').replace(/[\s\p{Cc}\p{Cf}\u2028\u2029\uFFFD]/gu, '');
}
