import type { Profile } from '../../core/profile';
import { store } from '../../shared/storage';

export async function getProfile(): Promise<Profile> {
  return store.getProfile();
}
