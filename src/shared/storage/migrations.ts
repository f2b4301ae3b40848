// Numbered migrations of the storage.sync layout. Each takes the items of its version and
// returns the items of the next; the store keeps the original on this device before it removes
// anything from sync, so a migration can never lose a template.
import { isLocale, isReasonId, isTone } from '../../core/types';
import { normalizeProfile } from '../../core/profile';
import type { TemplateRecord } from '../../core/templates/types';
import { problem, type Problem } from './problems';
import { PROFILE_KEY, SCHEMA_KEY, SCHEMA_VERSION, templateKey, type StoredProfile } from './layout';

type Items = Record<string, unknown>;
type Step = (items: Items) => { items: Items; problems: Problem[] };

// Version 1 (the first release) kept all templates in one array: { templates: [...], profile },
// which hit the 8 KB per-item limit at a dozen templates.
const V1_DEVICE = 'v1'; // every device migrating the same data writes the same revisions
const v1ToV2: Step = (items) => {
  const problems: Problem[] = [];
  const out: Items = {};
  const list = Array.isArray(items.templates) ? items.templates : [];
  for (const [index, raw] of list.entries()) {
    const t = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const ok = typeof t.id === 'string' && typeof t.name === 'string' && typeof t.body === 'string' &&
      isLocale(t.locale) && isTone(t.tone) && (isReasonId(t.reason) || typeof t.label === 'string');
    if (!ok) {
      problems.push(problem('syncProblemOldTemplate', String(index + 1)));
      continue;
    }
    const record: TemplateRecord = {
      id: t.id as string, name: t.name as string, locale: t.locale as TemplateRecord['locale'], tone: t.tone as TemplateRecord['tone'],
      body: t.body as string, rev: `${V1_DEVICE}:1`, base: '', device: V1_DEVICE, clock: { [V1_DEVICE]: 1 },
      updatedAt: Number.isFinite(t.updated) ? (t.updated as number) : 0,
    };
    if (isReasonId(t.reason)) record.reason = t.reason;
    else record.label = t.label as string;
    out[templateKey(record.id)] = record;
  }
  const p = (typeof items.profile === 'object' && items.profile !== null ? items.profile : {}) as Record<string, unknown>;
  if (items.profile !== undefined) {
    const profile: StoredProfile = {
      value: normalizeProfile({ myName: p.name, signature: p.signature, tone: p.tone, locale: p.language }),
      updatedAt: 1, // older than any edit made since, newer than a device's empty default
    };
    out[PROFILE_KEY] = profile;
  }
  out[SCHEMA_KEY] = { version: 2 };
  return { items: out, problems };
};

const MIGRATIONS: Readonly<Record<number, Step>> = { 1: v1ToV2 };

export type ReadLayout =
  | { ok: true; items: Items; from: number; problems: Problem[] }
  | { ok: false; reason: 'newer-version' | 'unreadable-sync'; problem: Problem };

function versionOf(items: Items): number | undefined {
  const schema = items[SCHEMA_KEY];
  if (schema === undefined) return 'templates' in items ? 1 : SCHEMA_VERSION;
  const version = (schema as { version?: unknown } | null)?.version;
  return Number.isInteger(version) && (version as number) > 0 ? (version as number) : undefined;
}

/** The sync area's items in the current layout, migrating older ones step by step. */
export function toCurrentLayout(items: Items): ReadLayout {
  const from = versionOf(items);
  if (from === undefined) {
    return { ok: false, reason: 'unreadable-sync', problem: problem('syncProblemSyncUnreadable') };
  }
  if (from > SCHEMA_VERSION) {
    return { ok: false, reason: 'newer-version', problem: problem('syncProblemSyncNewer') };
  }
  let current = items;
  const problems: Problem[] = [];
  for (let version = from; version < SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, reason: 'unreadable-sync', problem: problem('syncProblemSyncUnreadable') };
    const next = step(current);
    current = next.items;
    problems.push(...next.problems);
  }
  return { ok: true, items: current, from, problems };
}
