import { normalizeProfile, profileProblem, type Profile } from '../../core/profile';
import { store } from '../../shared/storage';
import { objectPayload } from './payload';

/** Saves the whole profile (fields left out take their defaults); returns it as stored. */
export async function saveProfile(req: { profile: Profile }): Promise<Profile> {
  const { profile } = objectPayload('profile/save', req);
  const problem = profileProblem(profile);
  if (problem) throw new Error(`profile/save: ${problem}`);
  return store.saveProfile(normalizeProfile(profile));
}
