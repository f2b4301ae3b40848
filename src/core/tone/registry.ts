// The built-in tone rules, one set per language. A new language adds its rules file here.
import type { Locale } from '../types';
import type { ToneRules } from './rule-types';
import { RULES_EN } from './rules-en';
import { RULES_ES } from './rules-es';
import { RULES_IT } from './rules-it';

export const TONE_RULES: Readonly<Record<Locale, ToneRules>> = { en: RULES_EN, es: RULES_ES, it: RULES_IT };

export function toneRulesFor(locale: Locale): ToneRules {
  const rules = TONE_RULES[locale];
  if (!rules) throw new RangeError(`No tone rules for language "${locale}"`);
  return rules;
}
