// Whether a value the user typed names one thing or several, read from its article: "il centro
// assistenza di Shopify" is one, "le guide gratuite di Google" several. A sentence that must agree
// with the value ("Spero che Le sia utile" / "siano utili") needs it, and a value typed without an
// article leaves the number unknown, so such a sentence is then not used.
import type { Locale } from '../types';

export type GrammaticalNumber = 'singular' | 'plural';

const ARTICLES: Partial<Record<Locale, Record<GrammaticalNumber, RegExp>>> = {
  it: { singular: /^(?:il|lo|la|un|uno|una)\s|^(?:l|un)['’]/iu, plural: /^(?:i|gli|le|alcun[ie]|questi|queste)\s/iu },
  es: { singular: /^(?:el|la|lo|un|una|este|esta)\s/iu, plural: /^(?:los|las|unos|unas|estos|estas)\s/iu },
};

export function numberOf(value: string | undefined, locale: Locale): GrammaticalNumber | undefined {
  const articles = ARTICLES[locale];
  if (value === undefined || articles === undefined) return undefined;
  if (articles.plural.test(value)) return 'plural';
  if (articles.singular.test(value)) return 'singular';
  return undefined;
}
