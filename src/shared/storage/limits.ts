// storage.sync limits. Chrome exposes them as constants on chrome.storage.sync; Firefox enforces
// the same sizes without exposing them, so we keep our own copy (docs/design.md section 10).
export const SYNC_LIMITS = {
  quotaBytes: 102_400,
  quotaBytesPerItem: 8_192,
  maxItems: 512,
  writesPerMinute: 120,
  writesPerHour: 1_800,
} as const;

// Our own budget stays below the browser's, so a burst from the options page never meets the
// browser's refusal: one flush is at most two operations (set, then remove).
const WRITE_BUDGET = { perMinute: 100, perHour: 1_700 } as const;

const MINUTE = 60_000;
const HOUR = 3_600_000;
const encoder = new TextEncoder();

/** Size of one stored item as the browsers count it: key plus JSON text (in UTF-8 bytes, to be safe). */
export const itemBytes = (key: string, value: unknown): number =>
  encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;

/** Write times still inside the hour window. */
export const recentWrites = (log: readonly number[], now: number): number[] => log.filter((t) => now - t < HOUR);

/** When `count` more writes may be made without passing the budget: `now` if right away. */
export function nextWriteTime(log: readonly number[], now: number, count: number): number {
  const hour = recentWrites(log, now).sort((a, b) => a - b);
  const minute = hour.filter((t) => now - t < MINUTE);
  let at = now;
  if (minute.length + count > WRITE_BUDGET.perMinute) at = Math.max(at, minute[minute.length + count - WRITE_BUDGET.perMinute - 1]! + MINUTE);
  if (hour.length + count > WRITE_BUDGET.perHour) at = Math.max(at, hour[hour.length + count - WRITE_BUDGET.perHour - 1]! + HOUR);
  return at;
}
