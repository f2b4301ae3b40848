// Gmail's "New Message" dialog end to end: checked on the in-repo fixture by `npm test` and on
// the genuine capture by `npm run test:capture`.
import { expect } from 'vitest';
import type { Harness, MailPage } from './harness';
import { hostPage } from '../fixtures/serve';
import { SAMPLE, bodies, composeIds, insertFromWorker } from './compose-helpers';

/** A Gmail inbox page holding one compose dialog, with the host recorder. */
export const gmailDialogPage = (dialog: string): string => hostPage('gmail-dialog-page.html', { compose: dialog });

/** One button right after Send; a draft lands as plain lines under Trusted Types with a trusted input event; one Ctrl+Z removes it. */
export async function expectDialogTakesDraft(h: Harness, page: MailPage): Promise<void> {
  expect((await bodies(page, '.M9')).map((b) => b.buttons)).toEqual([1]);
  expect(await page.evaluate(() => document.querySelector('tr.btC td.gU.Up + td [data-testid="dp-open"]') !== null)).toBe(true);
  const [id] = await composeIds(page);
  expect(await insertFromWorker(h, page.url, { composeId: id!, ...SAMPLE })).toEqual({ ok: true, value: { inserted: true } });
  const html = await page.evaluate(() => document.querySelector('[g_editable="true"]')!.innerHTML);
  expect(html).toMatch(/<div>Thank you for thinking of me\.<\/div><div><br><\/div><div>I cannot take this on right now\.<\/div>/);
  const events = await page.evaluate(() => (window as any).__events as { type: string; trusted: boolean }[]);
  expect(events).toContainEqual(expect.objectContaining({ type: 'input', trusted: true }));
  await page.press('Control+z');
  expect(await page.evaluate(() => document.querySelector('[g_editable="true"]')!.textContent)).not.toContain('Thank you');
}
