// Talking to the worker the way the extension's own pages do: through runtime messaging, from
// an extension page, in the envelope src/shared/messages.ts uses.
import type { MailPage } from './harness';

export type Answer = { ok: boolean; value?: any; error?: string };

/** Sends one message from an extension page (e.g. options.html) to the worker, which it wakes if stopped. */
export const send = (page: MailPage, type: string, req: unknown): Promise<Answer> => page.evaluate(
  ([t, r]) => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.sendMessage({ dp: 1, type: t, req: r }),
  [type, req] as const) as Promise<Answer>;

/** Waits until storage.sync holds `key`, read from an extension page. */
export const syncedKey = (page: MailPage, key: string, timeoutMs = 30_000): Promise<unknown> => page.waitUntil(async (k) =>
  Object.keys(await ((globalThis as any).browser ?? (globalThis as any).chrome).storage.sync.get(k)).length > 0, key, timeoutMs);
