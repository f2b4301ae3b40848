// Where things live in storage.sync (schema version 2):
//   "schema"      { version }                       which layout the area uses
//   "profile"     { value: Profile, updatedAt }     the user's profile (the newer one wins)
//   "tombstones"  { [id]: [deletedAt, clock, revs] } deletions, so they reach every device
//   "tombstones:2", …                               more deletions, when one item is not enough
//   "t:<id>"      TemplateRecord                    one key per personal template
import { isLocale, isReasonId, isTone } from '../../core/types';
import type { Profile } from '../../core/profile';
import { normalizeProfile } from '../../core/profile';
import type { Clock, TemplateRecord, Tombstone } from '../../core/templates/types';

export const SCHEMA_VERSION = 2;
export const SCHEMA_KEY = 'schema';
export const PROFILE_KEY = 'profile';
export const TOMBSTONES_KEY = 'tombstones';
export const TEMPLATE_PREFIX = 't:';

export const templateKey = (id: string): string => TEMPLATE_PREFIX + id;

export interface StoredProfile {
  value: Profile;
  updatedAt: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';

function isClock(v: unknown): v is Clock {
  return isObject(v) && Object.values(v).every((n) => Number.isInteger(n) && (n as number) > 0);
}

/** A template read from storage, or undefined when it is not one we can trust. */
export function decodeTemplate(value: unknown): TemplateRecord | undefined {
  if (!isObject(value)) return undefined;
  const v = value;
  const shapeOk = isText(v.id) && isText(v.name) && isText(v.body) && isLocale(v.locale) && isTone(v.tone) &&
    isText(v.rev) && /^[^:]+:[1-9]\d*$/u.test(v.rev) && isText(v.base) && isText(v.device) && isClock(v.clock) &&
    Number.isFinite(v.updatedAt) && (v.reason === undefined || isReasonId(v.reason)) &&
    (v.label === undefined || isText(v.label)) && (v.conflictOf === undefined || isText(v.conflictOf));
  return shapeOk ? (v as unknown as TemplateRecord) : undefined;
}

// Deletion times are kept in whole seconds: a tombstone is a few dozen bytes.
export function encodeTombstones(tombstones: Record<string, Tombstone>): Record<string, [number, Clock, string[]]> {
  return Object.fromEntries(Object.entries(tombstones).map(([id, t]) => [id, [Math.floor(t.deletedAt / 1000), t.clock, t.revs]]));
}

const isRevList = (v: unknown): v is string[] => Array.isArray(v) && v.every((r) => typeof r === 'string');

export function decodeTombstones(value: unknown): Record<string, Tombstone> {
  if (!isObject(value)) return {};
  const out: Record<string, Tombstone> = {};
  for (const [id, entry] of Object.entries(value)) {
    if (Array.isArray(entry) && Number.isFinite(entry[0]) && isClock(entry[1]) && isRevList(entry[2])) {
      out[id] = { deletedAt: (entry[0] as number) * 1000, clock: entry[1], revs: entry[2] };
    }
  }
  return out;
}

/** A tombstone as the local mirror keeps it (milliseconds). */
export function decodeTombstone(value: unknown): Tombstone | undefined {
  return isObject(value) && Number.isFinite(value.deletedAt) && isClock(value.clock) && isRevList(value.revs)
    ? { deletedAt: value.deletedAt as number, clock: value.clock, revs: value.revs }
    : undefined;
}

export function decodeProfile(value: unknown): StoredProfile | undefined {
  if (!isObject(value) || !Number.isFinite(value.updatedAt)) return undefined;
  return { value: normalizeProfile(value.value), updatedAt: value.updatedAt as number };
}
