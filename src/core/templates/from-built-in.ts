// "Start from a built-in draft": the shipped draft for a reason, tone and language, with every
// value left as its {{variable}}, so the copy stays a template the panel fills per client.
import { BUILT_IN_DRAFTS } from '../drafts/built-in';
import { renderDraftWith } from '../drafts/render-draft';
import type { DraftVars, Formality, Locale, ReasonId, Tone } from '../types';
import { TEMPLATE_VARS } from './types';

const MARKERS = Object.fromEntries(TEMPLATE_VARS.map((name) => [name, `{{${name}}}`])) as DraftVars;

export function builtInTemplateBody(req: { reason: ReasonId; tone: Tone; locale: Locale; formality?: Formality }): string {
  return renderDraftWith(BUILT_IN_DRAFTS, { ...req, vars: MARKERS }).text;
}
