// What a member works with under a team policy: the team's templates before their own, and the
// team's defaults filling what their profile leaves empty (or replacing it where locked).
import type { Profile } from '../profile';
import type { TemplateRecord } from '../templates/types';
import type { TransferTemplate } from '../templates/transfer-file';
import type { TeamLibrary } from './team-policy';

/** Team templates live beside personal ones in lists: their ids can never collide. */
export const TEAM_ID_PREFIX = 'team:';
export const isTeamTemplateId = (id: string | undefined): boolean => id?.startsWith(TEAM_ID_PREFIX) ?? false;

/** A team template shaped like a personal one, for the code that lists and renders templates. */
export const teamRecord = (tpl: TransferTemplate): TemplateRecord => ({
  ...tpl, id: `${TEAM_ID_PREFIX}${tpl.id}`, rev: '', base: '', device: '', clock: {}, updatedAt: 0,
});

export function profileWithTeam(profile: Profile, team: TeamLibrary | undefined): Profile {
  if (!team) return profile;
  const { defaults, locked } = team;
  const wins = (key: keyof typeof defaults): boolean => defaults[key] !== undefined && locked.includes(key);
  const merged: Profile = { ...profile, policies: { ...profile.policies } };
  if (defaults.signature !== undefined && (wins('signature') || !profile.signature.trim())) merged.signature = defaults.signature;
  for (const [key, value] of Object.entries(defaults.policies ?? {}) as [keyof Profile['policies'], string][]) {
    if (wins('policies') || !profile.policies[key].trim()) merged.policies[key] = value;
  }
  // A profile always holds a tone, a language and a formality, so a team's only replaces them when locked.
  if (wins('tone')) merged.tone = defaults.tone!;
  if (wins('locale')) merged.locale = defaults.locale!;
  if (wins('formality')) merged.formality = defaults.formality!;
  if (defaults.variety !== undefined && (wins('variety') || profile.variety === undefined)) merged.variety = defaults.variety;
  return merged;
}
