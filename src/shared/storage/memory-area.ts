// Test double: an in-memory storage area that behaves like storage.sync (or .local) where it
// matters to us: it keeps JSON copies, enforces the quotas and the write rates with the
// browsers' own error messages, reports changes, and can be told to fail.
import type { StorageArea, StorageChange } from './area';
import { itemBytes, SYNC_LIMITS } from './limits';

export interface MemoryAreaOptions {
  limits?: Partial<typeof SYNC_LIMITS> | 'none';
  now?: () => number;
}

type Listener = (changes: Record<string, StorageChange>) => void;

export class MemoryArea implements StorageArea {
  readonly items = new Map<string, string>();
  readonly writeTimes: number[] = [];
  /** Writes refused for going over the write rates. */
  refusedWrites = 0;
  private readonly limits: typeof SYNC_LIMITS | undefined;
  private readonly now: () => number;
  private readonly listeners = new Set<Listener>();
  private failures: Error[] = [];

  constructor({ limits, now = Date.now }: MemoryAreaOptions = {}) {
    this.limits = limits === 'none' ? undefined : { ...SYNC_LIMITS, ...limits };
    this.now = now;
  }

  /** The next write fails with this error (as a browser error would). */
  failNextWrite(error: Error): void {
    this.failures.push(error);
  }

  onChanged(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys === null || keys === undefined ? [...this.items.keys()] : typeof keys === 'string' ? [keys] : keys;
    const out: Record<string, unknown> = {};
    for (const key of wanted) {
      const json = this.items.get(key);
      if (json !== undefined) out[key] = JSON.parse(json);
    }
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.countWrite();
    if (this.limits) {
      const next = new Map(this.items);
      for (const [key, value] of Object.entries(items)) {
        if (itemBytes(key, value) > this.limits.quotaBytesPerItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
        next.set(key, JSON.stringify(value));
      }
      if (next.size > this.limits.maxItems) throw new Error('MAX_ITEMS quota exceeded');
      const bytes = [...next].reduce((sum, [key, json]) => sum + itemBytes(key, JSON.parse(json)), 0);
      if (bytes > this.limits.quotaBytes) throw new Error('QUOTA_BYTES quota exceeded');
    }
    const changes: Record<string, StorageChange> = {};
    for (const [key, value] of Object.entries(items)) {
      const old = this.items.get(key);
      changes[key] = { ...(old === undefined ? {} : { oldValue: JSON.parse(old) }), newValue: JSON.parse(JSON.stringify(value)) };
      this.items.set(key, JSON.stringify(value));
    }
    this.emit(changes);
  }

  async remove(keys: string | string[]): Promise<void> {
    this.countWrite();
    const changes: Record<string, StorageChange> = {};
    for (const key of typeof keys === 'string' ? [keys] : keys) {
      const old = this.items.get(key);
      if (old === undefined) continue;
      changes[key] = { oldValue: JSON.parse(old) };
      this.items.delete(key);
    }
    this.emit(changes);
  }

  private countWrite(): void {
    const failure = this.failures.shift();
    if (failure) throw failure;
    if (!this.limits) return;
    const time = this.now();
    const lastMinute = this.writeTimes.filter((t) => time - t < 60_000).length;
    const lastHour = this.writeTimes.filter((t) => time - t < 3_600_000).length;
    const over = lastMinute >= this.limits.writesPerMinute ? 'MINUTE' : lastHour >= this.limits.writesPerHour ? 'HOUR' : undefined;
    if (over) {
      this.refusedWrites++;
      throw new Error(`This request exceeds the MAX_WRITE_OPERATIONS_PER_${over} quota.`);
    }
    this.writeTimes.push(time);
  }

  private emit(changes: Record<string, StorageChange>): void {
    if (Object.keys(changes).length === 0) return;
    for (const listener of this.listeners) listener(changes);
  }
}
