// Reads storage.sync as a library: migrating an older layout, and setting aside (never
// deleting) anything this version cannot read.
import type { Library } from '../../core/templates/types';
import { decodeProfile, decodeTemplate, PROFILE_KEY, TEMPLATE_PREFIX, type StoredProfile } from './layout';
import { toCurrentLayout } from './migrations';
import { RECOVERY_PREFIX, type LocalOnlyReason } from './mirror';
import { problem, type Problem } from './problems';
import { readTombstoneItems } from './tombstone-items';

/** What storage.sync holds, as a library, plus what a migration removes from it. */
export interface AreaContents {
  library: Library;
  profile: StoredProfile | undefined;
  /** A profile item we cannot read: kept on this device before ours replaces it. */
  damagedProfile: boolean;
  /** Keys an older layout used, removed once their contents are in the mirror. */
  obsolete: string[];
  problems: Problem[];
}

export function readSyncArea(items: Record<string, unknown>): AreaContents | { blocked: LocalOnlyReason; problem: Problem } {
  const layout = toCurrentLayout(items);
  if (!layout.ok) return { blocked: layout.reason, problem: layout.problem };
  const library: Library = { templates: {}, tombstones: readTombstoneItems(layout.items) };
  const problems = [...layout.problems];
  for (const [key, value] of Object.entries(layout.items)) {
    if (!key.startsWith(TEMPLATE_PREFIX)) continue;
    const record = decodeTemplate(value);
    if (record && record.id === key.slice(TEMPLATE_PREFIX.length)) library.templates[record.id] = record;
    else problems.push(problem('syncProblemItemUnreadable', key));
  }
  const obsolete = Object.keys(items).filter((key) => !(key in layout.items));
  const profile = decodeProfile(layout.items[PROFILE_KEY]);
  const damagedProfile = layout.items[PROFILE_KEY] !== undefined && !profile;
  if (damagedProfile) problems.push(problem('syncProblemProfileDamaged', `${RECOVERY_PREFIX}sync-profile`));
  return { library, profile, damagedProfile, obsolete, problems };
}
