// The _locales message keys that name each tone and each draft language, for the panel and the
// options page alike. Keyed by Tone and Locale, so a new language lacks its label at compile time.
import type { Locale, Tone } from '../core/types';

export const TONE_LABEL_KEYS: Readonly<Record<Tone, string>> = { warm: 'toneWarm', neutral: 'toneNeutral', firm: 'toneFirm' };

export const LOCALE_LABEL_KEYS: Readonly<Record<Locale, string>> = { en: 'langEn', es: 'langEs', it: 'langIt' };
