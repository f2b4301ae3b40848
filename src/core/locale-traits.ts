// What sets a draft language apart besides its words. Every language states each trait, so a new
// one is a compile error here instead of silently taking another language's behaviour.
import type { Locale } from './types';

export interface LocaleTraits {
  /** The language has a familiar and a polite "you" (tú/usted, tu/Lei): the panel offers the switch. */
  formalAddress: boolean;
}

export const LOCALE_TRAITS: Readonly<Record<Locale, LocaleTraits>> = {
  en: { formalAddress: false },
  es: { formalAddress: true },
  it: { formalAddress: true },
};
