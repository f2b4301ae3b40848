// The public core contract (docs/design.md section 7): tests outside this repository use it.
import type { Draft, DraftRequest } from './types';
import { BUILT_IN_DRAFTS } from './drafts/built-in';
import { renderDraftWith } from './drafts/render-draft';

export * from './types';
export { REASONS, reasonById, type Reason, type ReasonGroup } from './reasons';
export { renderDraftWith } from './drafts/render-draft';
export type { DraftLibrary } from './drafts/library';
export { detectLanguage } from './language/detect-language';
export { detectFormality } from './formality/detect-formality';
export { cleanClientText } from './read/clean-message';
export { suggestReasons } from './suggest/suggest-reasons';
export { lintDraft } from './tone/lint-draft';
export { lintWith } from './tone/lint-with';
export { TONE_RULES, toneRulesFor } from './tone/registry';
export type { StructurePhrases, ToneRule, ToneRules } from './tone/rule-types';

/** A refusal built from the shipped drafts. Unknown reasons and alternatives the reason does not offer are RangeErrors. */
export const renderDraft = (req: DraftRequest): Draft => renderDraftWith(BUILT_IN_DRAFTS, req);
