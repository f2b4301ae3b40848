// What the editor's preview fills a template with: the user's own details from the profile, and
// for the values only a client or a moment can give, the field's name in brackets.
import { defaultVarsFor, type Profile } from '../core/profile';
import { TEMPLATE_VARS, type TemplateVar } from '../core/templates/types';
import type { DraftVars, ReasonId } from '../core/types';

export function previewValues(profile: Profile, reason: ReasonId | undefined, label: (name: TemplateVar) => string): DraftVars {
  const known: DraftVars = reason ? defaultVarsFor(profile, reason) : profile.myName.trim() ? { myName: profile.myName.trim() } : {};
  const values: Record<string, string> = {};
  for (const name of TEMPLATE_VARS) values[name] = (known[name] as string | undefined) ?? `[${label(name)}]`;
  return values;
}
