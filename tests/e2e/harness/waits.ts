// Every wait of the end-to-end tests goes through here: it has a ceiling, and when the ceiling is
// reached it fails saying what it waited for. A wait that took more than half of its ceiling is
// noted in the file the test reporter names, so a drift towards a flake shows before it fails.
import { appendFileSync } from 'node:fs';

/** Where near-ceiling waits are noted (set by tests/timing-reporter.ts; unset outside a test run, e.g. in the bench). */
export const WAIT_LOG_ENV = 'DP_WAIT_LOG';
/** Generous on purpose: the machine may be shared and busy; a condition that holds is seen at once anyway. */
export const CEILING_MS = 30_000;
const POLL_MS = 100;

export interface CloseWait { what: string; tookMs: number; ceilingMs: number; test: string }

type VitestWorker = { current?: { name: string }; filepath?: string };

function note(what: string, tookMs: number, ceilingMs: number): void {
  const path = process.env[WAIT_LOG_ENV];
  if (!path || tookMs < ceilingMs / 2) return;
  const worker = (globalThis as { __vitest_worker__?: VitestWorker }).__vitest_worker__;
  const test = [worker?.filepath?.replace(/^.*\/tests\//u, 'tests/'), worker?.current?.name].filter(Boolean).join(' > ');
  const entry: CloseWait = { what, tookMs: Math.round(tookMs), ceilingMs, test };
  appendFileSync(path, `${JSON.stringify(entry)}\n`);
}

/** A wait reached its ceiling: the message names what it waited for. */
class CeilingReached extends Error {
  override name = 'CeilingReached';
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** A short, one-line description of a page function, for a wait's error message. */
export const described = (fn: (...args: never[]) => unknown, arg?: unknown): string => {
  const source = fn.toString().replace(/\s+/gu, ' ');
  const shown = source.length > 160 ? `${source.slice(0, 157)}...` : source;
  return arg === undefined ? shown : `${shown} with ${JSON.stringify(arg)}`;
};

/**
 * Runs a driver's own wait (given the ceiling) and times it. Its timeout becomes an error that
 * names `what`; any other error passes through.
 */
export async function waited<T>(what: string, ceilingMs: number, wait: (ceilingMs: number) => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    const result = await wait(ceilingMs);
    note(what, performance.now() - started, ceilingMs);
    return result;
  } catch (error) {
    if ((error as Error | undefined)?.name !== 'TimeoutError') throw error;
    note(what, performance.now() - started, ceilingMs);
    throw new CeilingReached(`waited ${seconds(ceilingMs)} (the ceiling) for ${what}`, { cause: error });
  }
}

/** Asks again until the answer satisfies `done`; at the ceiling, fails naming `what` and the last answer. */
export async function eventually<T>(what: string, ask: () => Promise<T>, done: (answer: T) => boolean, ceilingMs = CEILING_MS): Promise<T> {
  const started = performance.now();
  for (;;) {
    const answer = await ask();
    const tookMs = performance.now() - started;
    if (done(answer)) {
      note(what, tookMs, ceilingMs);
      return answer;
    }
    if (tookMs >= ceilingMs) {
      note(what, tookMs, ceilingMs);
      const last = JSON.stringify(answer) ?? String(answer);
      throw new CeilingReached(`waited ${seconds(ceilingMs)} (the ceiling) for ${what}; the last answer was ${last.length > 400 ? `${last.slice(0, 397)}...` : last}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
