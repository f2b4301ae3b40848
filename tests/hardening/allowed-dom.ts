// What inserted mail may hold, checked by walking the DOM (in jsdom, or in a real page through
// evaluate, so it closes over nothing). Returns one line per element or attribute that breaks
// the sanitizer's allowlist: a tag outside it, any on* handler, a style that loads something,
// a link that is not http, https or mailto.
export interface Allowlist { tags: readonly string[]; attributes: readonly string[]; url: string }

/**
 * Problems in the element matching `root`, skipping the elements listed in the page's
 * `__dpBefore` (what the editor held before the test inserted anything).
 */
export function disallowedIn({ root, allow }: { root: string; allow: Allowlist }): string[] {
  const box = document.querySelector(root);
  if (!box) return [`nothing matches ${root}`];
  const before = (globalThis as { __dpBefore?: Set<Element> }).__dpBefore;
  const urlOk = new RegExp(allow.url, 'i');
  const problems: string[] = [];
  for (const el of Array.from(box.querySelectorAll('*'))) {
    if (before?.has(el)) continue;
    const tag = el.localName;
    if (!allow.tags.includes(tag)) problems.push(`<${tag}>`);
    for (const { name, value } of Array.from(el.attributes)) {
      if (/^on/i.test(name)) problems.push(`<${tag} ${name}>`);
      else if (name === 'style' && /url\(|expression|@import/i.test(value)) problems.push(`<${tag} style="${value}">`);
      else if (!allow.attributes.includes(name)) problems.push(`<${tag} ${name}>`);
      else if (name === 'href' && !urlOk.test(value.trim())) problems.push(`<${tag} href="${value}">`);
      else if (name === 'dir' && !/^(ltr|rtl|auto)$/.test(value)) problems.push(`<${tag} dir="${value}">`);
    }
  }
  return problems;
}

/** Remembers what the editor holds now, so disallowedIn looks only at what is inserted after. */
export function rememberEditor(root: string): void {
  (globalThis as { __dpBefore?: Set<Element> }).__dpBefore = new Set(document.querySelector(root)?.querySelectorAll('*'));
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as it should read once inserted, to compare payload and mail: no whitespace, no control
 * or format characters, and no lone surrogate (or the U+FFFD a browser may put in its place).
 */
export function comparable(text: string): string {
  return text.replace(LONE_SURROGATE, '').replace(/[\s\p{Cc}\p{Cf}\u2028\u2029\uFFFD]/gu, '');
}
