// The library as the panel shows it under a team policy: team templates first (alone when the
// team allows no personal ones), and the profile completed by the team's defaults.
import { profileWithTeam, teamRecord } from '../../core/team';
import type { PanelLibrary } from '../../shared/messages';

export function withTeam(library: PanelLibrary): PanelLibrary {
  const { team, snapshot } = library;
  if (!team) return library;
  const templates = [...team.templates.map(teamRecord), ...(team.personalTemplates ? snapshot.templates : [])];
  return { ...library, snapshot: { ...snapshot, profile: profileWithTeam(snapshot.profile, team), templates } };
}
