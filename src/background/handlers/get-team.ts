import type { TeamState } from '../../core/team';
import { isLocale } from '../../core/types';
import { readTeamState } from '../../shared/storage/managed';
import { objectPayload } from './payload';

/** The team library from the organisation's policy, or why it was ignored (in the page's language). */
export async function getTeam(req: { uiLocale?: unknown }): Promise<TeamState> {
  const { uiLocale } = objectPayload('team/get', req);
  return readTeamState(isLocale(uiLocale) ? uiLocale : 'en');
}
