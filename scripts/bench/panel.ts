// The panel, from the extension's own performance marks read in the page: first open (from the
// user's click, chunk loading included) to interactive, reopen, a change until its preview is
// painted, and insert. Each round loads the page afresh, so every first open loads the chunk.
import type { Page } from 'playwright-core';
import type { ChromiumHarness } from '../../tests/e2e/harness/chromium';
import { PANEL_URL, POINTER_DWELL_MS, click, lastClick, markCount, marks, nextMark, recordClicks } from './browsers';
import type { Row } from './report';
import { summarize } from './stats';

const REOPENS = 4;
const CHANGES = 6;
const TONES = ['warm', 'neutral', 'firm'] as const;


async function openFromButton(page: Page): Promise<number> {
  const before = await markCount(page, 'dp:open:interactive');
  await click(page, '[data-testid="dp-open"]');
  const interactive = await nextMark(page, 'dp:open:interactive', before);
  return interactive.startTime - (await lastClick(page));
}

async function closePanel(page: Page): Promise<void> {
  await click(page, 'panel:[data-testid="dp-close"]');
  await page.waitForFunction(() => !document.querySelector('[data-testid="dp-panel"]'), undefined, { polling: 20 });
}

/** Picks tones other than the current one, in turn, and times each change until its preview is painted. */
async function changeTones(page: Page, times: number): Promise<number[]> {
  const current = await page.evaluate(() => document.querySelector('[data-testid="dp-panel"]')?.shadowRoot
    ?.querySelector('[data-testid="dp-tone"][aria-checked="true"]')?.getAttribute('data-tone'));
  const cycle = [...TONES.filter((t) => t !== current), current ?? 'neutral'];
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const previews = await markCount(page, 'dp:preview');
    await click(page, `panel:[data-testid="dp-tone"][data-tone="${cycle[i % cycle.length]}"]`);
    const preview = await nextMark(page, 'dp:preview', previews);
    const change = (await marks(page)).filter((m) => m.name === 'dp:change' && m.startTime <= preview.startTime).pop();
    if (change) out.push(preview.startTime - change.startTime);
  }
  return out;
}

/** Clicks Insert and returns the ms from its start to its end mark. */
export async function insert(page: Page): Promise<number> {
  const before = await markCount(page, 'dp:insert:end');
  await click(page, 'panel:[data-testid="dp-insert"]');
  const end = await nextMark(page, 'dp:insert:end', before);
  const start = (await marks(page)).filter((m) => m.name === 'dp:insert:start').pop()!;
  return end.startTime - start.startTime;
}

export async function measurePanel(h: ChromiumHarness, rounds = 7): Promise<Row[]> {
  const first: number[] = [];
  const reopen: number[] = [];
  const preview: number[] = [];
  const inserted: number[] = [];
  const page = await h.context.newPage();
  for (let round = 0; round < rounds + 1; round++) {
    await page.goto(PANEL_URL);
    await page.waitForFunction(() => document.querySelector('[data-testid="dp-open"]'), undefined, { polling: 20 });
    await recordClicks(page);
    const firstOpen = await openFromButton(page);
    // The suggested reason is preselected: its draft is the first preview.
    await nextMark(page, 'dp:preview', 0);
    const reopens: number[] = [];
    for (let i = 0; i < REOPENS; i++) {
      await closePanel(page);
      reopens.push(await openFromButton(page));
    }
    const changes = await changeTones(page, CHANGES);
    const insertMs = await insert(page);
    if (round === 0) continue; // the browser's first compile of the chunk: a warm-up, not a user's first open
    first.push(firstOpen);
    reopen.push(...reopens);
    preview.push(...changes);
    inserted.push(insertMs);
  }
  await page.close();
  const row = (figure: string, values: number[], budget: number, note: string): Row => {
    const s = summarize(values);
    return { group: 'panel', figure, value: s.median, unit: 'ms', spread: s, budget, note };
  };
  return [
    row('first open: click → interactive', first, 150, `fresh page each time; pointer on the button ${POINTER_DWELL_MS} ms before the press`),
    row('reopen: click → interactive', reopen, 30, 'same page'),
    row('preview update: change → preview painted', preview, 16, 'tone change'),
    row('insert: click → inserted', inserted, 50, 'worker running'),
  ];
}
