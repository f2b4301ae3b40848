// The local mirror in storage.local: this device's source of truth. storage.sync is where the
// mirror is shared; anything that cannot go there yet still lives here, marked.
import { DEFAULT_PROFILE, type Profile } from '../../core/profile';
import { deleteTemplate } from '../../core/templates/edit';
import { emptyLibrary, type Library, type TemplateRecord } from '../../core/templates/types';
import type { StorageArea } from './area';
import { isProblem, problem, type Problem } from './problems';
import { decodeProfile, decodeTemplate, decodeTombstone, SCHEMA_VERSION, type StoredProfile } from './layout';

export const MIRROR_KEY = 'mirror';
export const RECOVERY_PREFIX = 'recovery:';
const TRASH_SIZE = 20;

/** Why something is kept on this device only. */
export type LocalOnlyReason =
  | 'too-large' | 'quota' | 'rate-limit' | 'write-failed' | 'newer-version' | 'unreadable-sync' | 'sync-unavailable';

export interface Mirror {
  version: number;
  /** This browser profile's id in revisions: random, never shared with anyone but the user's devices. */
  device: string;
  library: Library;
  profile: StoredProfile;
  /** Template ids (and "profile") that storage.sync does not hold in their latest version, and why. */
  localOnly: Record<string, LocalOnlyReason>;
  /** Templates deleted on this device lately, so a deletion can be undone. */
  trash: TemplateRecord[];
  /** Times of this device's recent storage.sync writes, to stay within the write budget. */
  writes: number[];
  /** Problems met while reading storage, for the sync status. */
  problems: Problem[];
  syncedAt?: number;
}

export function newMirror(device: string): Mirror {
  return {
    version: SCHEMA_VERSION, device, library: emptyLibrary(), profile: { value: DEFAULT_PROFILE, updatedAt: 0 },
    localOnly: {}, trash: [], writes: [], problems: [],
  };
}

const randomChars = (length: number): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(length)), (b) => (b % 36).toString(36)).join('');
const newDeviceId = (): string => randomChars(8);
export const newTemplateId = (): string => randomChars(12);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
// A device id goes into every revision ("device:n"), so it can hold no colon.
const isDeviceId = (v: unknown): v is string => typeof v === 'string' && /^[^:]+$/u.test(v);
const LOCAL_ONLY_REASONS: readonly LocalOnlyReason[] =
  ['too-large', 'quota', 'rate-limit', 'write-failed', 'newer-version', 'unreadable-sync', 'sync-unavailable'];

/** Every part of a stored mirror that can be trusted, and whether anything had to be left out. */
function trustedParts(v: Record<string, unknown>): { mirror: Mirror; complete: boolean } {
  let complete = isDeviceId(v.device) && isObject(v.library);
  const library = isObject(v.library) ? v.library : {};
  const entries = (value: unknown): [string, unknown][] => {
    if (value === undefined) return [];
    if (!isObject(value)) complete = false;
    return isObject(value) ? Object.entries(value) : [];
  };
  const templates: Record<string, TemplateRecord> = {};
  for (const [id, raw] of entries(library.templates)) {
    const record = decodeTemplate(raw);
    if (record && record.id === id) templates[id] = record;
    else complete = false;
  }
  const tombstones: Library['tombstones'] = {};
  for (const [id, raw] of entries(library.tombstones)) {
    const tombstone = decodeTombstone(raw);
    if (tombstone) tombstones[id] = tombstone;
    else complete = false;
  }
  const profile = decodeProfile(v.profile);
  if (v.profile !== undefined && !profile) complete = false;
  const localOnly = Object.fromEntries(entries(v.localOnly)
    .filter((entry): entry is [string, LocalOnlyReason] => LOCAL_ONLY_REASONS.includes(entry[1] as LocalOnlyReason)));
  const mirror: Mirror = {
    version: SCHEMA_VERSION, device: isDeviceId(v.device) ? v.device : newDeviceId(), library: { templates, tombstones },
    profile: profile ?? { value: DEFAULT_PROFILE, updatedAt: 0 },
    localOnly,
    trash: Array.isArray(v.trash) ? v.trash.map(decodeTemplate).filter((t): t is TemplateRecord => t !== undefined) : [],
    writes: Array.isArray(v.writes) ? v.writes.filter((t): t is number => Number.isFinite(t)) : [],
    problems: Array.isArray(v.problems) ? v.problems.filter(isProblem) : [],
    ...(Number.isFinite(v.syncedAt) ? { syncedAt: v.syncedAt as number } : {}),
  };
  return { mirror, complete };
}

/** A stored mirror, checked part by part: undefined unless every part can be trusted. */
export function decodeStoredMirror(value: unknown): Mirror | undefined {
  if (!isObject(value) || value.version !== SCHEMA_VERSION) return undefined;
  const { mirror, complete } = trustedParts(value);
  return complete ? mirror : undefined;
}

/** Problems about this device's own storage: they stay in the sync status after every sync. */
export const isMirrorProblem = (p: Problem): boolean => p.key === 'syncProblemMirrorDamaged' || p.key === 'syncProblemMirrorNewer';

/**
 * Reads the mirror. A damaged one is kept whole under a recovery key and replaced by what can
 * still be trusted in it (sync fills in the rest); one written by a newer version of the
 * extension is kept untouched the same way, and this version starts from a fresh mirror.
 */
export async function readMirror(local: StorageArea, now: number): Promise<Mirror> {
  const stored = (await local.get(MIRROR_KEY))[MIRROR_KEY];
  if (stored === undefined) return newMirror(newDeviceId());
  const mirror = decodeStoredMirror(stored);
  if (mirror) return mirror;
  const recoveryKey = `${RECOVERY_PREFIX}${now}`;
  await local.set({ [recoveryKey]: stored });
  const newer = isObject(stored) && Number(stored.version) > SCHEMA_VERSION;
  const kept = !newer && isObject(stored) ? trustedParts(stored).mirror : newMirror(newDeviceId());
  kept.problems.push(problem(newer ? 'syncProblemMirrorNewer' : 'syncProblemMirrorDamaged', recoveryKey));
  await local.set({ [MIRROR_KEY]: kept });
  return kept;
}

export const writeMirror = (local: StorageArea, mirror: Mirror): Promise<void> => local.set({ [MIRROR_KEY]: mirror });

function addToTrash(mirror: Mirror, record: TemplateRecord): TemplateRecord[] {
  return [record, ...mirror.trash.filter((t) => t.id !== record.id)].slice(0, TRASH_SIZE);
}

/** Deletes a template on every device; it stays in this device's trash so the deletion can be undone. */
export function removeFromMirror(mirror: Mirror, record: TemplateRecord, time: number): void {
  // Whole seconds: the synced record of deletions keeps seconds, and both must agree.
  mirror.library = deleteTemplate(mirror.library, record.id, Math.floor(time / 1000) * 1000);
  mirror.trash = addToTrash(mirror, record);
}

/** A new profile: its time is never older than the stored one's, so it wins on every device. */
export function setMirrorProfile(mirror: Mirror, profile: Profile, time: number): void {
  mirror.profile = { value: profile, updatedAt: Math.max(time, mirror.profile.updatedAt + 1) };
}

/** What pages show: templates in name order, the profile, and what is kept on this device only. */
export interface LibrarySnapshot {
  templates: TemplateRecord[];
  profile: Profile;
  localOnly: Record<string, LocalOnlyReason>;
  /** Recovery keys of what this device stored but could not read (see readMirror): pages say so. */
  recovered?: string[];
}

export function snapshotOf(mirror: Mirror): LibrarySnapshot {
  const templates = Object.values(mirror.library.templates)
    .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
  const recovered = mirror.problems.filter(isMirrorProblem).flatMap((p) => (p.detail === undefined ? [] : [p.detail]));
  return { templates, profile: mirror.profile.value, localOnly: mirror.localOnly, recovered };
}
