// The template being edited: where it starts from (blank, a stored template, a copy, a built-in
// draft), whether it differs from what is stored, and which problems to show while typing.
import { contentOf } from '../core/templates/edit';
import { builtInTemplateBody } from '../core/templates/from-built-in';
import { TEMPLATE_LIMITS, type TemplateContent, type TemplateRecord } from '../core/templates/types';
import type { TemplateIssue } from '../core/templates/validate';
import { formalityFor, type Profile } from '../core/profile';
import { REASONS, reasonById } from '../core/reasons';
import type { Locale } from '../core/types';
import type { TemplateFilter } from './template-filter';

export interface EditorState {
  /** Undefined until the template is first saved. */
  id?: string;
  content: TemplateContent;
  /** What is stored under `id`, to tell unsaved changes. */
  stored?: TemplateContent;
  /** A save was tried: every problem shows, not only the variables'. */
  attempted: boolean;
  /** The built-in draft the body was copied from, while it is untouched: it follows the reason, tone and language. */
  builtIn?: string;
}

/** A new template starts in the user's own language and tone, under the reason the list is filtered on. */
export function blankEditor(profile: Profile, filter: TemplateFilter): EditorState {
  const reason = filter.reason && filter.reason !== 'label' ? filter.reason : REASONS[0]!.id;
  return { content: { name: '', reason, locale: filter.locale || profile.locale, tone: profile.tone, body: '' }, attempted: false };
}

export function editorFor(record: TemplateRecord): EditorState {
  const content = contentOf(record);
  return { id: record.id, content, stored: content, attempted: false };
}

export const sameContent = (a: TemplateContent, b: TemplateContent): boolean =>
  a.name === b.name && a.reason === b.reason && a.label === b.label && a.locale === b.locale && a.tone === b.tone && a.body === b.body;

/** Whether leaving this editor would lose typed text. */
export function isDirty(state: EditorState): boolean {
  if (state.stored) return !sameContent(state.content, state.stored);
  return state.content.name.trim() !== '' || state.content.body.trim() !== '';
}

/** "Booked (copy)", cut so it still fits the name limit. */
export function copyName(name: string, pattern: (name: string) => string): string {
  const room = TEMPLATE_LIMITS.name - (pattern('').length);
  return pattern(name.slice(0, Math.max(0, room)).trim());
}

/** A new template holding the built-in draft for the editor's reason, tone and language. */
export function fromBuiltIn(content: TemplateContent, profile: Profile, uiLocale: Locale): EditorState {
  const reason = content.reason ?? REASONS[0]!.id;
  const body = builtInTemplateBody({ reason, tone: content.tone, locale: content.locale, formality: formalityFor(profile, undefined) });
  const name = content.name.trim() || reasonById(reason).label[uiLocale];
  return { content: { name, reason, locale: content.locale, tone: content.tone, body }, attempted: false, builtIn: body };
}

/** The editor after the user changed `content`: an untouched built-in copy follows a new reason, tone or language. */
export function edited(state: EditorState, content: TemplateContent, profile: Profile, uiLocale: Locale): EditorState {
  if (state.builtIn === undefined || state.content.body !== state.builtIn || content.body !== state.builtIn) return { ...state, content, builtIn: undefined };
  const moved = content.reason !== state.content.reason || content.tone !== state.content.tone || content.locale !== state.content.locale;
  if (!moved || content.reason === undefined) return { ...state, content };
  const body = builtInTemplateBody({ reason: content.reason, tone: content.tone, locale: content.locale, formality: formalityFor(profile, undefined) });
  const oldLabel = state.content.reason && reasonById(state.content.reason).label[uiLocale];
  const name = content.name === oldLabel ? reasonById(content.reason).label[uiLocale] : content.name;
  return { ...state, content: { ...content, name, body }, builtIn: body };
}

const VARIABLE_CODES = new Set(['unknown-variable', 'malformed-variable', 'unclosed-variable', 'unopened-variable']);

/** While typing, only a broken variable is worth interrupting for; after a save attempt, everything. */
export const shownIssues = (issues: readonly TemplateIssue[], attempted: boolean): TemplateIssue[] =>
  issues.filter((issue) => attempted || VARIABLE_CODES.has(issue.code));
