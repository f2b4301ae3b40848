import { describe, expect, test } from 'vitest';
import { LOCALES } from '../types';
import { compileRules } from './compile';
import { lintDraft } from './lint-draft';
import { lintWith } from './lint-with';
import { wordings } from './phrase-pattern';
import { TONE_RULES } from './registry';
import type { StructurePhrases, ToneRules } from './rule-types';

const LISTS: (keyof StructurePhrases)[] = ['thanks', 'clearNo', 'alternative', 'openDoor', 'regret'];

describe.each(LOCALES)('%s rules', (locale) => {
  const rules = TONE_RULES[locale];

  test('are plain data: a JSON copy lints exactly like the original', () => {
    const copy = JSON.parse(JSON.stringify(rules)) as ToneRules;
    expect(copy).toEqual(rules);
    const text = 'Hi Ana,\n\nSorry!!! I just think maybe later. Solo quería decir. Volevo solo dire.\n\nBest,\nSam';
    for (const tone of ['warm', 'neutral', 'firm'] as const)
      expect(lintWith(copy, text, { locale, tone })).toEqual(lintDraft(text, { locale, tone }));
  });

  test('every phrase of every rule is found by its own rule, where it starts', () => {
    for (const { rule, regex } of compileRules(rules).rules)
      for (const phrase of (rule.phrases ?? []).flatMap(wordings)) {
        const text = `« ${phrase} »`;
        const found = new RegExp(regex.source, regex.flags).exec(text);
        expect(found?.index, `${rule.id}: ${phrase}`).toBe(2);
        expect(phrase.startsWith(found?.[0] ?? '-'), `${rule.id}: ${phrase} gave ${found?.[0]}`).toBe(true);
      }
  });

  test('every structure phrase is found by its list', () => {
    const { lists } = compileRules(rules);
    for (const name of LISTS)
      for (const phrase of rules.structure[name].flatMap(wordings)) {
        const found = new RegExp(lists[name as keyof typeof lists].source, 'iu').exec(`« ${phrase} »`);
        expect(found?.index, `${name}: ${phrase}`).toBe(2);
        expect(phrase.startsWith(found?.[0] ?? '-'), `${name}: ${phrase} gave ${found?.[0]}`).toBe(true);
      }
  });

  test('every soft apology counts against the regret budget, since warm lets them through', () => {
    const { lists } = compileRules(rules);
    const apology = rules.rules.find((rule) => rule.id === 'apology');
    expect(apology?.severity.warm).toBe('off');
    for (const phrase of (apology?.phrases ?? []).flatMap(wordings))
      expect(new RegExp(lists.regret.source, 'iu').test(phrase), phrase).toBe(true);
  });

  test('every rule has a message, and a pattern or phrases, and its own id', () => {
    const ids = rules.rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of rules.rules) {
      expect(rule.message.length, rule.id).toBeGreaterThan(10);
      expect(Boolean(rule.pattern) || (rule.phrases?.length ?? 0) > 0, rule.id).toBe(true);
    }
  });

  test('carries the same rule ids as English, so one concept keeps one id across languages', () => {
    expect(rules.rules.map((rule) => rule.id).filter((id) => id !== 'minimizer-check').sort()).toEqual(
      TONE_RULES.en.rules.map((rule) => rule.id).sort(),
    );
  });
});

test('a rule set is compiled once, however often it lints', () => {
  expect(compileRules(TONE_RULES.es)).toBe(compileRules(TONE_RULES.es));
  const copy = JSON.parse(JSON.stringify(TONE_RULES.es)) as ToneRules;
  expect(compileRules(copy)).not.toBe(compileRules(TONE_RULES.es));
});

test('lintWith lints with the rule set it is given: an added rule counts, a rule off in a tone stays quiet there', () => {
  const rules: ToneRules = {
    ...TONE_RULES.en,
    rules: [
      ...TONE_RULES.en.rules,
      { id: 'no-rush', category: 'blame', phrases: ['right away'], message: '“{match}” pressures the client.',
        severity: { warm: 'warning', neutral: 'info', firm: 'off' } },
    ],
  };
  const text = 'Please reply right away.';
  const found = (tone: 'warm' | 'neutral' | 'firm') =>
    lintWith(rules, text, { locale: 'en', tone }).filter((f) => f.ruleId === 'no-rush').map((f) => [f.severity, f.message]);
  expect(found('warm')).toEqual([['warning', '“right away” pressures the client.']]);
  expect(found('neutral')).toEqual([['info', '“right away” pressures the client.']]);
  expect(found('firm')).toEqual([]);
  expect(lintDraft(text, { locale: 'en', tone: 'warm' }).some((f) => f.ruleId === 'no-rush')).toBe(false);
});

test.each(LOCALES)('%s: every word a rule offers to delete in one click is one the rule marks', (locale) => {
  for (const rule of TONE_RULES[locale].rules) {
    for (const word of rule.removable ?? []) {
      const found = lintDraft(`Hello, I ${word} wanted to ask.`, { locale, tone: 'neutral' }).find((f) => f.ruleId === rule.id);
      expect(found, `${rule.id}: ${word}`).toBeDefined();
    }
  }
});
