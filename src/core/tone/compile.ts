// Rule data becomes regular expressions once per rule set: lintDraft runs on every keystroke,
// and the panel receives its rule set as a fresh object from the worker, so a WeakMap keyed on
// that object compiles each set once and lets it go with the object.
import { phrasesRegExp, phrasesSource } from './phrase-pattern';
import type { StructurePhrases, ToneRule, ToneRules } from './rule-types';

export interface CompiledRule {
  rule: ToneRule;
  regex: RegExp;
}

export type PhraseList = 'thanks' | 'clearNo' | 'alternative' | 'openDoor' | 'regret';

export interface CompiledRules {
  rules: readonly CompiledRule[];
  lists: Readonly<Record<PhraseList, RegExp>>;
  /** Sticky: tried at the first letter of a line. */
  greeting: RegExp;
  closing: RegExp;
  abbreviations: ReadonlySet<string>;
}

const compiled = new WeakMap<ToneRules, CompiledRules>();

export function compileRules(rules: ToneRules): CompiledRules {
  const known = compiled.get(rules);
  if (known) return known;
  const fresh = compile(rules);
  compiled.set(rules, fresh);
  return fresh;
}

function compile({ rules, structure, exactWords }: ToneRules): CompiledRules {
  const exact = new Set(exactWords.map((word) => word.toLowerCase().normalize('NFC')));
  const list = (name: keyof StructurePhrases): RegExp => phrasesRegExp(structure[name], exact);
  return {
    rules: rules.map((rule) => ({ rule, regex: ruleRegExp(rule, exact) })),
    lists: {
      thanks: list('thanks'),
      clearNo: list('clearNo'),
      alternative: list('alternative'),
      openDoor: list('openDoor'),
      regret: list('regret'),
    },
    greeting: phrasesRegExp(structure.greetings, exact, 'iuy'),
    closing: phrasesRegExp(structure.closings, exact, 'iuy'),
    abbreviations: new Set(structure.abbreviations.map((word) => word.toLowerCase().replace(/\.$/, ''))),
  };
}

function ruleRegExp(rule: ToneRule, exact: ReadonlySet<string>): RegExp {
  const sources: string[] = [];
  if (rule.phrases && rule.phrases.length > 0) sources.push(phrasesSource(rule.phrases, exact));
  if (rule.pattern) sources.push(rule.pattern);
  if (sources.length === 0) throw new SyntaxError(`Tone rule "${rule.id}" has neither phrases nor a pattern`);
  return new RegExp(sources.map((source) => `(?:${source})`).join('|'), rule.caseSensitive ? 'gu' : 'giu');
}
