export * from './types';
export { lintDraft, lintWith } from './tone/lint';
export { TONE_RULES, toneRulesFor } from './tone/registry';
export { STRUCTURE_EN } from './tone/rules-en';
export { STRUCTURE_ES } from './tone/rules-es';
export { STRUCTURE_IT } from './tone/rules-it';
export type { StructurePhrases, ToneRule, ToneRules } from './tone/rule-types';
