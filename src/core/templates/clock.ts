// Per-template version clocks: one counter per device that ever edited the template, so a
// clock stays as small as the number of the user's devices.
import type { Clock } from './types';

export function joinClocks(a: Clock, b: Clock): Clock {
  const out: Clock = { ...a };
  for (const [device, n] of Object.entries(b)) out[device] = Math.max(out[device] ?? 0, n);
  return out;
}

/** Splits a revision `<device>:<n>` (device ids contain no colon). */
export function parseRev(rev: string): { device: string; n: number } {
  const at = rev.lastIndexOf(':');
  return { device: rev.slice(0, at), n: Number(rev.slice(at + 1)) };
}

/** Whether the edit `rev` is part of the history a clock has seen. */
export function hasSeen(clock: Clock, rev: string): boolean {
  const { device, n } = parseRev(rev);
  return (clock[device] ?? 0) >= n;
}

export const sameClock = (a: Clock, b: Clock): boolean => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a[k] ?? 0) !== (b[k] ?? 0)) return false;
  return true;
};
