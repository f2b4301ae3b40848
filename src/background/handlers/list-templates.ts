import { store } from '../../shared/storage';
import type { LibrarySnapshot } from '../../shared/storage/mirror';

/** Every personal template on this device (synced or not), the profile, and what is local only. */
export async function listTemplates(): Promise<LibrarySnapshot> {
  return store.list();
}
