// How a variable's value enters a sentence: as the user typed it, with whitespace tidied and
// invisible control characters removed, joined to the word before it the way the language
// requires ("de" + "el viernes" → "del viernes", "in" + "il contratto" → "nel contratto").
import { unhandledLocale, type Locale } from '../types';

// C0/C1 controls and bidirectional overrides: invisible in a mail client, and an RTL override
// can make a value read differently from what was typed.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/** The value as it will appear, or undefined when nothing is left to show. */
export function cleanValue(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const value = raw.replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
  return value === '' ? undefined : value;
}

const SPANISH: Record<string, Record<string, string>> = { de: { el: 'del' }, a: { el: 'al' } };
// A value typed with its own preposition ("a principios de marzo", "en abril") loses it after one
// of these: "a partir de a principios de marzo" → "a partir de principios de marzo".
const SPANISH_BEFORE_OWN_PREPOSITION = new Set(['a', 'de', 'desde', 'hasta', 'para']);

// Italian articulated prepositions: preposition + definite article.
const ITALIAN_STEMS: Record<string, string> = { di: 'de', a: 'a', da: 'da', in: 'ne', su: 'su' };
function italianContraction(preposition: string, article: string): string | undefined {
  const stem = ITALIAN_STEMS[preposition];
  if (!stem) return undefined;
  if (article === 'il') return `${stem}l`;
  if (article === 'i' || article === 'gli') return stem + article;
  return `${stem}l${article}`; // lo, la, le, l' double the l: dello, alla, nelle, sull'
}

interface Tail {
  /** `before` without its last word and the space after it. */
  head: string;
  /** That last word, lower-cased: the preposition that may contract. */
  preposition: string;
  /** The contracted word in the case the preposition was written in ("Del", "nel"). */
  keepCase(word: string): string;
}

// English: a date takes the preposition its shape needs ("on Monday 3 June", "in early March",
// "at the end of the month", none before "next Friday"), wherever a wording wrote "on", "in" or
// "at". "By the week of 14 April" names no deadline, and "by the end of the week of 14 April" reads
// as clumsy to editors: it becomes "during the week of 14 April".
// A preposition the user typed ("in early March") stays, and one before it ("by", "from") wins.
const ENGLISH_POINT = new Set(['on', 'in', 'at']);
const ENGLISH_SPAN = new Set(['by', 'from', 'until', 'before', 'after']);
const ENGLISH_OWN = /^(?:in|on|at) (?=\S)/u;
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const ENGLISH_SHAPES: readonly (readonly [RegExp, string])[] = [
  [/^(?:next|this|last|coming|today|tomorrow|tonight)\b/iu, ''],
  [/^the (?:end|beginning|start|close|turn)\b|^the weekend\b/iu, 'at'],
  [new RegExp(`^(?:early|mid[- ]|late|the middle of|the week of|the first half of|the second half of|spring|summer|autumn|fall|winter|${MONTHS}|\\d{4}\\b)`, 'iu'), 'in'],
  [/^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d|the \d)/iu, 'on'],
];

function joinEnglishDate(before: string, value: string, tail: Tail): string {
  const own = ENGLISH_OWN.exec(value)?.[0];
  if (own && ENGLISH_POINT.has(tail.preposition)) return tail.head + value;
  if (own && ENGLISH_SPAN.has(tail.preposition)) return before + value.slice(own.length);
  if (tail.preposition === 'by' && /^the week of\b/iu.test(value)) return `${tail.head}${tail.keepCase('during')} ${value}`;
  const shape = ENGLISH_POINT.has(tail.preposition) ? ENGLISH_SHAPES.find(([pattern]) => pattern.test(value)) : undefined;
  if (!shape) return before + value;
  const preposition = shape[1];
  return preposition === '' ? tail.head + value : `${tail.head}${tail.keepCase(preposition)} ${value}`;
}

// British English reaches someone "at" an address but "on" a phone number: "you can reach them
// on +44 20 7946 0321". Reviewers flagged "at" before a UK number as American.
const PHONE_NUMBER = /^\+?\d[\d\s().-]{5,}$/u;

function joinEnglishContact(before: string, value: string, tail: Tail): string {
  return tail.preposition === 'at' && PHONE_NUMBER.test(value) ? `${tail.head}${tail.keepCase('on')} ${value}` : before + value;
}

function joinSpanish(before: string, value: string, tail: Tail): string {
  const own = SPANISH_BEFORE_OWN_PREPOSITION.has(tail.preposition) ? /^(?:a|en) (?=\p{Ll})/u.exec(value)?.[0] : undefined;
  const rest = own ? value.slice(own.length) : value;
  const article = /^(el) /u.exec(rest)?.[1];
  const merged = article ? SPANISH[tail.preposition]?.[article] : undefined;
  return merged ? `${tail.head}${tail.keepCase(merged)} ${rest.slice(article!.length + 1)}` : before + rest;
}

// Italian: "inizio marzo" is how people type a date, but after "entro" or "da" written Italian
// wants the article: "entro l'inizio di marzo", "dalla fine di aprile".
const ITALIAN_MONTHS = 'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre';
const ITALIAN_MONTH_PART = new RegExp(`^(inizio|metà|fine) (${ITALIAN_MONTHS})\\b`, 'u');
const ITALIAN_PART_ARTICLE: Record<string, string> = { inizio: "l'inizio", metà: 'la metà', fine: 'la fine' };

function italianDate(value: string, tail: Tail): string {
  if (tail.preposition !== 'entro' && tail.preposition !== 'da') return value;
  return value.replace(ITALIAN_MONTH_PART, (_, part: string, month: string) => `${ITALIAN_PART_ARTICLE[part]} di ${month}`);
}

function joinItalian(before: string, raw: string, tail: Tail, kind: ValueKind): string {
  const value = kind === 'date' ? italianDate(raw, tail) : raw;
  // "a" before a word starting with "a" takes its euphonic d: "ad Anna", "ad aprile".
  if (tail.preposition === 'a' && /^[aAàÀ]/u.test(value)) return `${tail.head}${tail.keepCase('ad')} ${value}`;
  const match = /^(il|lo|la|i|gli|le) |^(l')/u.exec(value);
  const article = match?.[1] ?? match?.[2];
  const merged = article ? italianContraction(tail.preposition, article) : undefined;
  if (!merged) return before + value;
  const rest = value.slice(article!.length + (article === "l'" ? 0 : 1));
  return `${tail.head}${tail.keepCase(merged)}${article === "l'" ? '' : ' '}${rest}`;
}

/** What a value stands for, where a language joins some kinds differently. */
export type ValueKind = 'date' | 'contact' | 'other';

/**
 * Appends `value` to `before`, contracting a preposition that ends `before` with an article that
 * starts `value`. Only lower-case articles contract: "El Salvador" and "La Spezia" are names.
 * In Spanish, a preposition that starts `value` gives way to the one that ends `before`.
 */
export function joinValue(before: string, value: string, locale: Locale, kind: ValueKind = 'other'): string {
  const found = /(^|[\s(])(\p{L}+) $/u.exec(before);
  if (!found) return before + value;
  const word = found[2]!;
  const tail: Tail = {
    head: before.slice(0, before.length - word.length - 1),
    preposition: word.toLowerCase(),
    keepCase: (merged) => (word[0] === word[0]!.toUpperCase() ? merged[0]!.toUpperCase() + merged.slice(1) : merged),
  };
  // Each language states how it joins: a new one fails to compile here until it does.
  switch (locale) {
    case 'en':
      if (kind === 'date') return joinEnglishDate(before, value, tail);
      return kind === 'contact' ? joinEnglishContact(before, value, tail) : before + value;
    case 'es': return joinSpanish(before, value, tail);
    case 'it': return joinItalian(before, value, tail, kind);
    default: return unhandledLocale(locale);
  }
}
