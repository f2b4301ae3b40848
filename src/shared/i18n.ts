// The extension pages' interface text (panel, options), from _locales in the browser's language.
import browser from './browser';
import { isLocale, type Locale } from '../core/types';

export const t = (key: string, substitution?: string | string[]): string =>
  browser.i18n.getMessage(key, substitution === undefined ? undefined : ([] as string[]).concat(substitution)) || key;

/** The browser's language, when it is one the drafts are written in. */
export function browserLocale(): Locale | undefined {
  const language = browser.i18n.getUILanguage().slice(0, 2);
  return isLocale(language) ? language : undefined;
}

/** The user's preferred languages, most preferred first, with the browser's own language last. */
export const browserLanguages = (): string[] => [...navigator.languages, browser.i18n.getUILanguage()];
