// The team library from the browser's enterprise policy, for the worker and the pages.
export { readTeamPolicy, TEAM_DEFAULT_KEYS, type TeamDefaultKey, type TeamLibrary, type TeamState } from './team-policy';
export { isTeamTemplateId, profileWithTeam, teamRecord, TEAM_ID_PREFIX } from './apply-team';
