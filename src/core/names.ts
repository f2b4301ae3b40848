// Turns what a mail page shows for a person ("López, Ana", "Dr. Ana María López",
// "lucia.ferrer@x.es") into a display name and the first name a greeting uses.

export interface PersonName {
  /** The name as a person would write it: "Ana María López". */
  name?: string;
  /** What a greeting uses: "Ana María". Undefined when the input does not tell. */
  firstName?: string;
}

// Honorifics in en, es, it, compared without the trailing dot and case.
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'dra', 'prof', 'profa', 'sr', 'sra', 'srta', 'don', 'doña',
  'lic', 'ing', 'arq', 'dott', 'dottssa', 'sig', 'sigra', 'signa', 'avv', 'geom', 'rag', 'sir', 'madam',
]);
// Letters after a comma that are not a first name ("Ana López, PhD").
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'mba', 'esq', 'cpa']);
// Second given names that usually travel with the first in greetings ("Ana María", "Gian Luca").
const SECOND_GIVEN = new Set([
  'maría', 'maria', 'josé', 'jose', 'luis', 'luisa', 'carlos', 'antonio', 'manuel', 'pablo', 'isabel',
  'teresa', 'carmen', 'elena', 'luca', 'paolo', 'paola', 'grazia', 'pia', 'rosa', 'ángel', 'angel',
]);
const FIRST_OF_COMPOUND = new Set(['ana', 'maría', 'maria', 'josé', 'jose', 'juan', 'luis', 'gian', 'pier', 'anna', 'rosa', 'miguel']);
// Mailbox names that belong to a team, not a person.
const ROLE_MAILBOXES = new Set(['info', 'hello', 'hola', 'ciao', 'contact', 'contacto', 'contatti', 'sales', 'ventas',
  'support', 'soporte', 'admin', 'office', 'team', 'noreply', 'no-reply', 'billing', 'accounts', 'mail']);

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const normalize = (word: string): string => word.toLowerCase().replace(/\./g, '');

function capitalize(word: string): string {
  return word.toLocaleLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, mark: string, letter: string) => mark + letter.toLocaleUpperCase());
}

/** Keeps the person's own casing unless the whole name is shouted or all lower case. */
function tidyCase(words: string[]): string[] {
  const joined = words.join(' ');
  const uniform = joined === joined.toLocaleUpperCase() || joined === joined.toLocaleLowerCase();
  return uniform ? words.map(capitalize) : words;
}

function fromEmail(address: string): PersonName {
  const local = address.split('@')[0]?.replace(/\+.*$/, '') ?? '';
  if (ROLE_MAILBOXES.has(local.toLowerCase())) return {};
  const parts = local.split(/[._-]+/).filter((p) => /^\p{L}{2,}$/u.test(p));
  // "jsmith" or "ana1984" cannot be split into a name with any confidence.
  if (parts.length < 2) return {};
  const words = parts.map(capitalize);
  return { name: words.join(' '), firstName: words[0] };
}

function firstNameOf(words: string[]): string | undefined {
  const [first, second] = words;
  if (!first || !/\p{L}/u.test(first)) return undefined;
  if (second && words.length >= 2 && FIRST_OF_COMPOUND.has(first.toLowerCase()) && SECOND_GIVEN.has(second.toLowerCase())) {
    return `${first} ${second}`;
  }
  return first;
}

export function parseName(raw: string | null | undefined): PersonName {
  let text = (raw ?? '').trim();
  if (!text) return {};
  // "Ana López <ana@x.es>" and '"Ana López" <ana@x.es>'
  const angle = /^(.*?)\s*<([^<>]+)>\s*$/.exec(text);
  if (angle) text = angle[1]?.trim() || angle[2]?.trim() || '';
  text = text.replace(/^["'“”‘’]+|["'“”‘’]+$/g, '').replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  if (!text) return angle?.[2] ? fromEmail(angle[2].trim()) : {};
  if (EMAIL.test(text)) return fromEmail(text);

  const comma = text.split(',').map((s) => s.trim()).filter(Boolean);
  if (comma.length === 2 && comma[0] && comma[1] && !SUFFIXES.has(normalize(comma[1]))) {
    text = `${comma[1]} ${comma[0]}`; // "López, Ana" is written surname first
  } else if (comma.length >= 2) {
    text = comma[0] ?? '';
  }

  const words = tidyCase(text.split(' ').filter((w) => !TITLES.has(normalize(w)) && !SUFFIXES.has(normalize(w))));
  if (words.length === 0) return {};
  return { name: words.join(' '), firstName: firstNameOf(words) };
}

/** Splits a header-style address list ('Ana López <ana@x.es>, "Rossi, Marco" <m@r.it>, b@y.es'). */
export function splitAddressList(list: string): { name?: string; email?: string }[] {
  const out: { name?: string; email?: string }[] = [];
  // Commas inside quotes belong to the name ("Rossi, Marco").
  for (const part of list.match(/(?:"[^"]*"|[^,])+/g) ?? []) {
    const item = part.trim();
    if (!item) continue;
    const angle = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(item);
    if (angle) out.push({ name: angle[1]?.replace(/^"|"$/g, '').trim() || undefined, email: angle[2] });
    else if (item.includes('@')) out.push({ email: item });
    else out.push({ name: item });
  }
  return out;
}
