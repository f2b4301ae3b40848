// The options page with 500 personal templates (seeded through the worker: see seed), loaded
// again and again. The budget (docs/design.md section 9: "500 personal templates: options list renders in
// 100 ms") is timed from the templates read out of storage.local ('dp:options-read') to the list
// first rendered with them ('dp:options-list'); navigation → list is reported beside it, since
// on this machine an empty extension page alone takes ~60 ms and Chromium's storage.local hands
// over 500 templates in ~100 ms, neither of which rendering can shorten. Run last: the templates
// stay in this profile.
import type { Page } from 'playwright-core';
import type { ChromiumHarness } from '../../tests/e2e/harness/chromium';
import { MIRROR_KEY } from '../../src/shared/storage/mirror';
import { extensionId } from './browsers';
import type { Row } from './report';
import { summarize } from './stats';

const TEMPLATES = 500;
const LOADS = 7;
const MARK = 'dp:options-list';
const READ = 'dp:options-read';

/**
 * Saves one template through the worker's own 'templates/save' handler (so the stored mirror has
 * this version's exact shape), then copies it in the mirror to TEMPLATES templates in one write:
 * 500 saves one by one would take minutes, each one waiting for its sync batch.
 */
async function seed(h: ChromiumHarness, page: Page): Promise<void> {
  const failed = await page.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } }).chrome;
    const template = { name: 'Template 1', reason: 'schedule-full', locale: 'en', tone: 'warm',
      body: 'Hi {{clientFirstName}},\n\nThank you for thinking of me. My calendar is full until {{date}}, so I cannot take it on.\n\nBest,\n{{myName}}' };
    const answer = await api.runtime.sendMessage({ dp: 1, type: 'templates/save', req: { template } });
    return answer?.ok ? undefined : answer?.error ?? 'no answer';
  });
  if (failed) throw new Error(`saving a template failed: ${failed}`);
  await h.inWorker(async (g, { key, count }) => {
    const stored = (await g.chrome.storage.local.get(key))[key];
    const templates = stored.library.templates as Record<string, { id: string; name: string }>;
    const [first] = Object.values(templates);
    for (let i = 2; i <= count; i++) {
      const id = `bench${String(i).padStart(7, '0')}`;
      templates[id] = { ...first!, id, name: `Template ${i}` };
    }
    await g.chrome.storage.local.set({ [key]: stored });
  }, { key: MIRROR_KEY, count: TEMPLATES });
  const listed = await page.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ value?: { templates: unknown[] } }> } } }).chrome;
    return (await api.runtime.sendMessage({ dp: 1, type: 'templates/list', req: {} }))?.value?.templates.length ?? 0;
  });
  if (listed < TEMPLATES) throw new Error(`the worker lists ${listed} templates after seeding ${TEMPLATES}`);
}

export async function measureOptionsList(h: ChromiumHarness): Promise<Row[]> {
  const url = `chrome-extension://${extensionId(h)}/options.html`;
  const figure = `options list, ${TEMPLATES} templates: read from storage → list rendered`;
  const fromNavigation = `options list, ${TEMPLATES} templates: navigation → list rendered`;
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
  await seed(h, page);
  const times: number[] = [];
  const whole: number[] = [];
  let rows = 0;
  for (let i = 0; i < LOADS + 1; i++) {
    if (!(await load())) throw new Error(`the options page stopped marking ${MARK} once it held ${TEMPLATES} templates`);
    const [read, at] = await page.evaluate((names) => names.map((name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? NaN), [READ, MARK]);
    rows = await page.evaluate(() => document.querySelectorAll('[data-testid="op-template"]').length);
    if (i > 0) {
      times.push(at! - read!);
      whole.push(at!);
    }
  }
  await page.close();
  const s = summarize(times);
  const w = summarize(whole);
  const complete = rows >= TEMPLATES;
  const note = complete ? `${rows} rows` : `only ${rows} of ${TEMPLATES} rows rendered`;
  return [
    { group: 'options', figure, value: complete ? s.median : undefined, unit: 'ms', spread: s, budget: 100, note },
    { group: 'options', figure: fromNavigation, value: complete ? w.median : undefined, unit: 'ms', spread: w, note: 'page load and storage read included' },
  ];
}
