// The options page with 500 personal templates: saved through the worker's own 'templates/save'
// handler (as the page itself would), then the page is loaded again and again and its
// 'dp:options-list' mark (the template list first rendered with the stored templates) is read
// relative to navigation start. Run last: the templates stay in this browser's profile.
import type { Page } from 'playwright-core';
import type { ChromiumHarness } from '../../tests/e2e/harness/chromium';
import { extensionId } from './browsers';
import type { Row } from './report';
import { summarize } from './stats';

const TEMPLATES = 500;
const LOADS = 7;
const MARK = 'dp:options-list';

async function seed(page: Page): Promise<void> {
  const failed = await page.evaluate(async (count) => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } }).chrome;
    for (let i = 0; i < count; i++) {
      const template = { name: `Template ${i + 1}`, reason: 'schedule-full', locale: 'en', tone: 'warm',
        body: `Hi {clientFirstName},\n\nThank you for thinking of me for this (${i + 1}). My calendar is full until {date}, so I cannot take it on.\n\nBest,\n{myName}` };
      const answer = await api.runtime.sendMessage({ dp: 1, type: 'templates/save', req: { template } });
      if (!answer?.ok) return answer?.error ?? 'no answer';
    }
    return undefined;
  }, TEMPLATES);
  if (failed) throw new Error(`seeding templates failed: ${failed}`);
}

export async function measureOptionsList(h: ChromiumHarness): Promise<Row[]> {
  const url = `chrome-extension://${extensionId(h)}/options.html`;
  const figure = `options list, ${TEMPLATES} templates: navigation → list rendered`;
  const page = await h.context.newPage();
  const load = async () => {
    await page.goto(url);
    return page.waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, MARK, { timeout: 5000, polling: 20 })
      .then(() => true, () => false);
  };
  if (!(await load())) {
    await page.close();
    return [{ group: 'options', figure, unit: 'ms', budget: 100, note: `not measured: options page has no ${MARK} mark` }];
  }
  await seed(page);
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < LOADS + 1; i++) {
    if (!(await load())) throw new Error(`the options page stopped marking ${MARK} once it held ${TEMPLATES} templates`);
    const at = await page.evaluate((name) => performance.getEntriesByName(name, 'mark')[0]!.startTime, MARK);
    rows = await page.evaluate(() => document.querySelectorAll('[data-testid="op-template"]').length);
    if (i > 0) times.push(at);
  }
  await page.close();
  const s = summarize(times);
  const complete = rows >= TEMPLATES;
  return [{ group: 'options', figure, value: complete ? s.median : undefined,
    unit: 'ms', spread: s, budget: 100, note: complete ? `${rows} rows` : `only ${rows} of ${TEMPLATES} rows rendered` }];
}
