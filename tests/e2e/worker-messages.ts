// Messages from an extension page to the background, through the real runtime messaging, as
// the options page sends them.
import type { MailPage } from './harness';

export type Answer = { ok: boolean; value?: any; error?: string };

export async function send(page: MailPage, type: string, req: unknown): Promise<Answer> {
  const answer = await page.evaluate(
    ([t, r]) => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.sendMessage({ dp: 1, type: t, req: r }),
    [type, req] as const,
  ) as Answer | undefined;
  // Chromium answers nothing at all when the worker is stopped between receiving and replying.
  return answer ?? { ok: false, error: `no answer to ${type}: the worker stopped before replying` };
}

/** The answer's value; a refusal throws its message. */
export async function value(page: MailPage, type: string, req: unknown = {}): Promise<any> {
  const answer = await send(page, type, req);
  if (!answer.ok) throw new Error(answer.error ?? `${type} was refused`);
  return answer.value;
}

/** Waits until storage.sync holds `key`, read from an extension page. */
export const syncedKey = (page: MailPage, key: string, timeoutMs = 30_000): Promise<unknown> => page.waitUntil(async (k) =>
  Object.keys(await ((globalThis as any).browser ?? (globalThis as any).chrome).storage.sync.get(k)).length > 0, key, timeoutMs);
