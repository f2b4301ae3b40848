// Names of reasons, tones and languages in the interface language of the options page.
import { reasonById } from '../core/reasons';
import type { Locale, ReasonId, Tone } from '../core/types';
import { browserLocale, t } from '../shared/i18n';
import { LOCALE_LABEL_KEYS, TONE_LABEL_KEYS } from '../shared/label-keys';

/** The options page speaks the browser's language when the drafts are written in it, else English. */
export const uiLocale: Locale = browserLocale() ?? 'en';

export const reasonLabel = (id: ReasonId): string => reasonById(id).label[uiLocale];

export const toneLabel = (tone: Tone): string => t(TONE_LABEL_KEYS[tone]);

export const localeLabel = (locale: Locale): string => t(LOCALE_LABEL_KEYS[locale]);

const numbers = new Intl.NumberFormat(uiLocale, { maximumFractionDigits: 1 });
export const formatNumber = (n: number): string => numbers.format(n);
/** Kilobytes as the browsers state the sync limits (100 KB = 102,400 bytes). */
export const formatKb = (bytes: number): string => numbers.format(bytes === 0 ? 0 : Math.max(0.1, bytes / 1024)); // a few bytes is not "0 KB"
