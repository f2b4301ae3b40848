// What the user has chosen in the panel, where it starts from (the page, the profile, the
// client's message), and the draft it makes. No DOM here: the panel's components only display it.
import { confidentReasons } from '../../core/suggest/confidence';
import { fieldsFor } from '../../core/alternatives';
import { renderDraftWith } from '../../core/drafts/render-draft';
import { varsIn } from '../../core/drafts/fill-vars';
import { defaultVarsFor, formalityFor } from '../../core/profile';
import { reasonById } from '../../core/reasons';
import { varietyOf } from '../../core/spanish-variety';
import { renderTemplate } from '../../core/templates/render';
import type { TemplateRecord } from '../../core/templates/types';
import type { AlternativeId, Draft, DraftVars, Formality, Locale, ReasonId, Tone, VarName } from '../../core/types';
import type { PanelLibrary } from '../../shared/messages';
import type { ComposeFacts } from '../compose-target';

export interface Choice {
  reason?: ReasonId;
  /** A personal template chosen instead of a built-in draft. */
  templateId?: string;
  tone: Tone;
  locale: Locale;
  formality: Formality;
  includeReason: boolean;
  keepDoorOpen: boolean;
  /** Undefined: the reason's default. */
  alternative?: AlternativeId;
  variant: number;
  /** What the user typed in the fields; the rest comes from the page and the profile. */
  typed: Partial<Record<VarName, string>>;
}

export interface PanelContext {
  facts: ComposeFacts | null;
  library: PanelLibrary;
  /** The browser's language, for when neither the message nor the profile says. */
  uiLocale?: Locale;
  /** The browser's preferred languages, for the Spanish variety when the profile has none yet. */
  languages?: readonly string[];
}

export function initialChoice({ library, uiLocale }: PanelContext): Choice {
  const { profile } = library.snapshot;
  const profileSet = profile.myName.trim() !== '';
  return {
    reason: confidentReasons(library.suggestions)[0],
    tone: profile.tone,
    locale: library.detected ?? (profileSet ? profile.locale : uiLocale ?? profile.locale),
    formality: formalityFor(profile, library.formality),
    includeReason: true,
    keepDoorOpen: true,
    variant: 0,
    typed: {},
  };
}

export const templateOf = (choice: Choice, library: PanelLibrary): TemplateRecord | undefined =>
  choice.templateId ? library.snapshot.templates.find((t) => t.id === choice.templateId) : undefined;

export function alternativeOf(choice: Choice): AlternativeId | undefined {
  if (!choice.reason) return undefined;
  const offered = reasonById(choice.reason).alternatives;
  return choice.alternative && offered.includes(choice.alternative) ? choice.alternative : offered[0];
}

/** The fields shown for this choice, in draft order. */
export function fieldsOf(choice: Choice, library: PanelLibrary): VarName[] {
  const template = templateOf(choice, library);
  if (template) return varsIn(template.body) as VarName[];
  if (!choice.reason) return [];
  return fieldsFor(choice.reason, alternativeOf(choice)!, choice.includeReason);
}

/** Each field's value: what the user typed, else what the page or the profile says. */
export function valuesOf(choice: Choice, { facts, library }: PanelContext): DraftVars {
  const { profile } = library.snapshot;
  const reason = choice.reason ?? templateOf(choice, library)?.reason;
  const fromPage: DraftVars = { clientFirstName: facts?.clientFirstName, clientName: facts?.clientName, myName: profile.myName.trim() || facts?.myName };
  const fromProfile = reason ? defaultVarsFor(profile, reason) : {};
  const values: DraftVars = { ...fromPage, ...fromProfile };
  for (const [name, value] of Object.entries(choice.typed)) (values as Record<string, string>)[name] = value;
  return values;
}

export function draftOf(choice: Choice, context: PanelContext): Draft | undefined {
  const vars = valuesOf(choice, context);
  const template = templateOf(choice, context.library);
  if (template) return renderTemplate(template, vars);
  if (!choice.reason) return undefined;
  // English has no tú or usted to match (and no switch in the panel): a client's Spanish tú must
  // not turn an English "Dear" into "Hi", so English follows the profile alone.
  const formality = choice.locale === 'en' ? formalityFor(context.library.snapshot.profile, undefined) : choice.formality;
  return renderDraftWith(context.library.drafts, {
    reason: choice.reason, tone: choice.tone, locale: choice.locale, formality,
    includeReason: choice.includeReason, keepDoorOpen: choice.keepDoorOpen, alternative: alternativeOf(choice),
    variant: choice.variant, vars, variety: varietyOf(context.library.snapshot.profile, context.languages ?? []),
    signOff: !context.facts?.hasSignature,
    plural: (context.facts?.recipientCount ?? 1) > 1,
  });
}

/** The language and tone the draft is linted in: a personal template keeps its own. */
export function lintSettingsOf(choice: Choice, library: PanelLibrary): { locale: Locale; tone: Tone; reason?: ReasonId } {
  const template = templateOf(choice, library);
  return template ? { locale: template.locale, tone: template.tone, reason: template.reason }
    : { locale: choice.locale, tone: choice.tone, reason: choice.reason };
}
