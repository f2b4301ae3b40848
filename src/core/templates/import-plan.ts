// What importing a file would do to this device's templates and profile, decided before anything
// is written so the user sees it first. A file template is the same as one here when it has the
// same id (a re-import of this device's own export) or, failing that, the very same words (a
// re-import of a file whose templates were added here under new ids).
import { DEFAULT_PROFILE, normalizeProfile, type Profile } from '../profile';
import { contentOf } from './edit';
import type { TransferFile, TransferTemplate } from './transfer-file';
import type { TemplateContent, TemplateRecord } from './types';

/** merge: add new templates and update those that changed, keep the rest and the profile set here.
 *  replace: afterwards this device holds exactly the file's templates and profile. */
export type ImportMode = 'merge' | 'replace';
export const IMPORT_MODES: readonly ImportMode[] = ['merge', 'replace'];

export interface ImportPlan {
  mode: ImportMode;
  /** New templates (each gets a new id when stored). */
  added: TemplateContent[];
  /** Templates here that take the file's words, as a new version. */
  changed: { id: string; content: TemplateContent }[];
  /** File templates already here with the same words. */
  skipped: { id: string; name: string; why: 'already-here' }[];
  /** Templates here that are not in the file (replace mode only). */
  removed: { id: string; name: string }[];
  /** The profile to store, when it changes. */
  profile?: Profile;
  /** The file has a different profile, and merge keeps the one set here. */
  profileKept: boolean;
}

/** What the options page shows: names per category. */
export interface ImportPlanSummary {
  mode: ImportMode;
  exportedAt: string;
  added: string[];
  changed: string[];
  skipped: { name: string; why: 'already-here' }[];
  removed: string[];
  profileChanged: boolean;
  profileKept: boolean;
}

export interface CurrentLibrary {
  templates: readonly TemplateRecord[];
  profile: Profile;
}

const wordsKey = (t: TemplateContent): string => JSON.stringify(contentOf(t));
const profileKey = (p: Profile): string => JSON.stringify(normalizeProfile(p));

export function planImport(file: TransferFile, current: CurrentLibrary, mode: ImportMode): ImportPlan {
  // Maps, not objects: an id from a file ("__proto__", "constructor") is only ever a lookup key.
  const byId = new Map(current.templates.map((t) => [t.id, t]));
  const claimed = new Set<string>();
  const unmatched: TransferTemplate[] = [];
  const plan: ImportPlan = { mode, added: [], changed: [], skipped: [], removed: [], profileKept: false };

  for (const t of file.templates) {
    const here = byId.get(t.id);
    if (!here) {
      unmatched.push(t);
      continue;
    }
    claimed.add(here.id);
    if (wordsKey(here) === wordsKey(t)) plan.skipped.push({ id: here.id, name: t.name, why: 'already-here' });
    else plan.changed.push({ id: here.id, content: contentOf(t) });
  }
  // Same words under another id: each template here stands for at most one from the file, so
  // two identical templates in a file are both kept.
  const byWords = new Map<string, TemplateRecord[]>();
  for (const t of current.templates) {
    if (claimed.has(t.id)) continue;
    const key = wordsKey(t);
    byWords.set(key, [...(byWords.get(key) ?? []), t]);
  }
  for (const t of unmatched) {
    const here = byWords.get(wordsKey(t))?.shift();
    if (here) {
      claimed.add(here.id);
      plan.skipped.push({ id: here.id, name: t.name, why: 'already-here' });
    } else plan.added.push(contentOf(t));
  }

  if (mode === 'replace') {
    plan.removed = current.templates.filter((t) => !claimed.has(t.id)).map((t) => ({ id: t.id, name: t.name }));
  }
  if (file.profile && profileKey(file.profile) !== profileKey(current.profile)) {
    // Merge takes the file's profile only where none was ever set (a new browser being restored).
    const takeIt = mode === 'replace' || profileKey(current.profile) === profileKey(DEFAULT_PROFILE);
    if (takeIt) plan.profile = normalizeProfile(file.profile);
    else plan.profileKept = true;
  }
  return plan;
}

/** Whether applying the plan would change nothing. */
export const isEmptyPlan = (plan: ImportPlan): boolean =>
  plan.added.length + plan.changed.length + plan.removed.length === 0 && plan.profile === undefined;

export function summarizePlan(plan: ImportPlan, file: TransferFile): ImportPlanSummary {
  return {
    mode: plan.mode,
    exportedAt: file.exportedAt,
    added: plan.added.map((t) => t.name),
    changed: plan.changed.map((c) => c.content.name),
    skipped: plan.skipped.map(({ name, why }) => ({ name, why })),
    removed: plan.removed.map((r) => r.name),
    profileChanged: plan.profile !== undefined,
    profileKept: plan.profileKept,
  };
}
