// Personal templates and the profile on this device, shared through storage.sync. Every change
// lands in the local mirror first; a short moment later one batched write shares it. Changes
// from other devices are merged into the mirror whenever storage.sync reports them.
import { createTemplate, editTemplate } from '../../core/templates/edit';
import { isEmptyPlan, planImport, type ImportMode, type ImportPlan } from '../../core/templates/import-plan';
import type { TransferFile } from '../../core/templates/transfer-file';
import { mergeLibraries, pruneTombstones } from '../../core/templates/merge';
import type { TemplateContent, TemplateRecord } from '../../core/templates/types';
import type { Profile } from '../../core/profile';
import type { StorageArea } from './area';
import { PROFILE_KEY, TEMPLATE_PREFIX } from './layout';
import { nextWriteTime, recentWrites } from './limits';
import { readSyncArea } from './read-sync-area';
import { applyImportPlan } from './apply-import';
import {
  isMirrorProblem, newTemplateId, readMirror, RECOVERY_PREFIX, removeFromMirror, setMirrorProfile, snapshotOf, writeMirror,
  type LibrarySnapshot, type LocalOnlyReason, type Mirror,
} from './mirror';
import { planSync, type SyncPlan } from './plan';
import { statusOf, type SyncStatus } from './status';
import { isTombstonesKey } from './tombstone-items';

export interface StoreOptions {
  local: StorageArea;
  sync: StorageArea;
  now?: () => number;
  /** How long changes gather before one write shares them all. */
  flushDelayMs?: number;
}

// A device offline for longer than this may bring a deletion back: 18 months of tombstones
// cost a few dozen bytes each.
const TOMBSTONE_HORIZON_MS = 540 * 24 * 3_600_000;
const RETRY_AFTER_FAILURE_MS = 60_000;

function reasonFor(error: unknown): LocalOnlyReason {
  const message = error instanceof Error ? error.message : String(error);
  if (/MAX_WRITE_OPERATIONS/iu.test(message)) return 'rate-limit';
  if (/QUOTA_BYTES_PER_ITEM/iu.test(message)) return 'too-large';
  if (/quota|MAX_ITEMS/iu.test(message)) return 'quota';
  return 'write-failed';
}

export function createStore({ local, sync, now = Date.now, flushDelayMs = 1_000 }: StoreOptions) {
  let queue: Promise<unknown> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerAt = 0;

  /** One change at a time: every read-modify-write of the mirror waits for the one before. */
  function exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  }

  /** Flushes after `delayMs`, or sooner if a flush is already due sooner. */
  function schedule(delayMs: number): void {
    const at = Date.now() + delayMs;
    if (timer !== undefined && timerAt <= at) return;
    clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(() => {
      timer = undefined;
      void flush().catch(() => undefined);
    }, delayMs);
  }

  /** One read-modify-write of the mirror; `unchanged` tells from the result that there is nothing to write. */
  async function change<T>(edit: (mirror: Mirror, time: number) => T, unchanged?: (result: T) => boolean): Promise<T> {
    return exclusive(async () => {
      const time = now();
      const mirror = await readMirror(local, time);
      const result = edit(mirror, time);
      if (unchanged?.(result)) return result;
      await writeMirror(local, mirror);
      schedule(flushDelayMs);
      return result;
    });
  }

  /** Sends one planned batch within the write budget; returns what stays local, and why. */
  async function share(mirror: Mirror, plan: SyncPlan, remove: string[], time: number): Promise<Record<string, LocalOnlyReason>> {
    const localOnly: Record<string, LocalOnlyReason> = { ...plan.localOnly };
    const setKeys = Object.keys(plan.set);
    const writes = (remove.length > 0 ? 1 : 0) + (setKeys.length > 0 ? 1 : 0);
    if (writes === 0) return localOnly;
    const waiting = setKeys.flatMap((key) =>
      key.startsWith(TEMPLATE_PREFIX) ? [key.slice(TEMPLATE_PREFIX.length)] : key === PROFILE_KEY ? ['profile'] : isTombstonesKey(key) ? ['deletions'] : []);
    const writeAt = nextWriteTime(mirror.writes, time, writes);
    if (writeAt > time) {
      for (const id of waiting) localOnly[id] = 'rate-limit';
      schedule(writeAt - time);
      return localOnly;
    }
    try {
      // Removals first: they make room for what is set.
      if (remove.length > 0) {
        mirror.writes.push(time);
        await sync.remove(remove);
      }
      if (setKeys.length > 0) {
        mirror.writes.push(time);
        await sync.set(plan.set);
      }
      mirror.syncedAt = time;
    } catch (error) {
      for (const id of waiting) localOnly[id] = reasonFor(error);
      schedule(RETRY_AFTER_FAILURE_MS);
    }
    return localOnly;
  }

  /** Pulls what other devices shared, then shares what this device has, in at most one batch. */
  function flush(): Promise<void> {
    return exclusive(async () => {
      const time = now();
      const mirror = await readMirror(local, time);
      // Every sync change (our own included) runs a flush: write the mirror only when it changed.
      let stored = JSON.stringify(mirror);
      const persist = async (): Promise<void> => {
        const json = JSON.stringify(mirror);
        if (json !== stored) await writeMirror(local, mirror);
        stored = json;
      };
      let items: Record<string, unknown>;
      try {
        items = await sync.get(null);
      } catch {
        // storage.sync switched off (a Firefox policy can do it): everything stays here, marked.
        mirror.localOnly = Object.fromEntries(Object.keys(mirror.library.templates).map((id) => [id, 'sync-unavailable']));
        return persist();
      }
      const area = readSyncArea(items);
      if ('blocked' in area) {
        mirror.problems = [...mirror.problems.filter(isMirrorProblem), area.problem];
        mirror.localOnly = Object.fromEntries(Object.keys(mirror.library.templates).map((id) => [id, area.blocked]));
        return persist();
      }
      const recovery: Record<string, unknown> = {};
      if (area.obsolete.length > 0) recovery[`${RECOVERY_PREFIX}sync-before-migration`] = items;
      if (area.damagedProfile) recovery[`${RECOVERY_PREFIX}sync-profile`] = items[PROFILE_KEY];
      if (Object.keys(recovery).length > 0) await local.set(recovery);
      const held = Object.values(area.library.templates);
      mirror.library = pruneTombstones(mergeLibraries(mirror.library, area.library), time, TOMBSTONE_HORIZON_MS, held);
      if (area.profile && area.profile.updatedAt > mirror.profile.updatedAt) mirror.profile = area.profile;
      mirror.problems = [...mirror.problems.filter(isMirrorProblem), ...area.problems];
      // The merged mirror is saved before anything leaves storage.sync.
      await persist();

      const remaining = Object.fromEntries(Object.entries(items).filter(([key]) => !area.obsolete.includes(key)));
      const plan = planSync(mirror.library, mirror.profile, remaining);
      mirror.localOnly = await share(mirror, plan, [...area.obsolete, ...plan.remove], time);
      mirror.writes = recentWrites(mirror.writes, time);
      await persist();
    });
  }

  return {
    flush,

    async list(): Promise<LibrarySnapshot> {
      return exclusive(async () => snapshotOf(await readMirror(local, now())));
    },

    /** Saves a new template (no id) or a new version of one; returns it as stored. */
    save(content: TemplateContent, id?: string): Promise<TemplateRecord> {
      return change((mirror, time) => {
        const context = { device: mirror.device, now: time };
        const existing = id === undefined ? undefined : mirror.library.templates[id];
        if (id !== undefined && !existing) {
          throw new Error(`No template with id "${id}": it may have been deleted on another device. Save it as a new template instead.`);
        }
        const record = existing ? editTemplate(existing, content, context) : createTemplate(newTemplateId(), content, context);
        mirror.library.templates[record.id] = record;
        return record;
      });
    },

    /** Deletes a template everywhere; it stays in this device's trash so the deletion can be undone. */
    remove(id: string): Promise<TemplateRecord> {
      return change((mirror, time) => {
        const record = mirror.library.templates[id];
        if (!record) throw new Error(`No template with id "${id}" to delete.`);
        removeFromMirror(mirror, record, time);
        return record;
      });
    },

    /** Undoes a deletion: the template comes back as a new one (the deleted id stays deleted everywhere). */
    restore(id: string): Promise<TemplateRecord> {
      return change((mirror, time) => {
        const deleted = mirror.trash.find((t) => t.id === id);
        if (!deleted) throw new Error(`No recently deleted template with id "${id}" on this device.`);
        const record = createTemplate(newTemplateId(), deleted, { device: mirror.device, now: time });
        mirror.library.templates[record.id] = record;
        mirror.trash = mirror.trash.filter((t) => t.id !== id);
        return record;
      });
    },

    async getProfile(): Promise<Profile> {
      return exclusive(async () => (await readMirror(local, now())).profile.value);
    },

    saveProfile(profile: Profile): Promise<Profile> {
      return change((mirror, time) => {
        setMirrorProfile(mirror, profile, time);
        return profile;
      });
    },

    /** What importing the file would do to the templates and profile here now; writes nothing. */
    async previewImport(file: TransferFile, mode: ImportMode): Promise<ImportPlan> {
      return exclusive(async () => planImport(file, snapshotOf(await readMirror(local, now())), mode));
    },

    /**
     * Imports a file, planned again against what is here at the moment of writing: one mirror
     * write (none when nothing changes), then the usual batched sync.
     */
    importFile(file: TransferFile, mode: ImportMode): Promise<ImportPlan> {
      return change((mirror, time) => {
        const plan = planImport(file, snapshotOf(mirror), mode);
        applyImportPlan(mirror, plan, time);
        return plan;
      }, isEmptyPlan);
    },

    async status(): Promise<SyncStatus> {
      return exclusive(async () => statusOf(await readMirror(local, now()), await sync.get(null).catch(() => ({}))));
    },
  };
}

export type Store = ReturnType<typeof createStore>;
