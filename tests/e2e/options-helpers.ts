// Reading and driving the options page from tests. Page-side functions close over nothing.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { MailPage } from './harness';

type Answer = { ok: true; value: any } | { ok: false; error: string };

/** A message to the background through the real runtime messaging, as the page itself sends it. */
export async function ask(page: MailPage, type: string, req: unknown = {}): Promise<any> {
  const answer = await page.evaluate(([t, r]) => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime
    .sendMessage({ dp: 1, type: t, req: r }), [type, req] as const) as Answer;
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}

export const text = (page: MailPage, selector: string): Promise<string> =>
  page.evaluate((css) => document.querySelector(css)?.textContent ?? '', selector);

export const value = (page: MailPage, selector: string): Promise<string | null> =>
  page.evaluate((css) => (document.querySelector(css) as HTMLInputElement | null)?.value ?? null, selector);

export const count = (page: MailPage, selector: string): Promise<number> =>
  page.evaluate((css) => document.querySelectorAll(css).length, selector);

/** Ids of the template rows, in list order. */
export const rowIds = (page: MailPage): Promise<string[]> => page.evaluate(() =>
  [...document.querySelectorAll('[data-testid="op-template"]')].map((r) => r.getAttribute('data-template-id') ?? ''));

/** Id of the row whose name is `name`, once it is listed. */
export const rowNamed = (page: MailPage, name: string): Promise<string> => page.waitUntil((n) =>
  [...document.querySelectorAll('[data-testid="op-template"]')].find((r) => r.querySelector('.row-name')?.textContent === n)
    ?.getAttribute('data-template-id'), name) as Promise<string>;

/** The focused element as "testid" (or tag name, with its name attribute). */
export const focused = (page: MailPage): Promise<string> => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return 'none';
  return el.dataset.testid ?? `${el.tagName.toLowerCase()}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''}`;
});

/** Presses Tab until `target` has focus; fails after `max` presses. */
export async function tabTo(page: MailPage, target: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focused(page)) === target) return;
    await page.press('Tab');
  }
  throw new Error(`Tab never reached ${target} (last: ${await focused(page)})`);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Serious and critical axe-core violations on the page. The extension's CSP allows no script
 * but its own, so axe goes in as an expression the driver evaluates (DevTools or BiDi), which
 * the page's CSP does not govern.
 */
export async function axeViolations(page: MailPage): Promise<string[]> {
  await page.evaluate(`${axeSource};0` as never);
  return page.evaluate(async () => {
    type Result = { id: string; impact: string; nodes: { target: unknown }[] };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
    const result = await axe.run(document, {});
    const checked = result.passes.some((p) => p.id === 'label' && p.nodes.length > 10);
    return [...(checked ? [] : ['axe did not check the form fields']), ...result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`)];
  });
}
