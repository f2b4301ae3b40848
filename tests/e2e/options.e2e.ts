// The options page (docs/design.md section 1, flow 3): first-run welcome, personal templates from
// creation to the panel on Gmail, the sync status, keyboard-only editing and axe-core.
import { describe, expect, test } from 'vitest';
import { BROWSERS, eventually, type MailPage } from './harness';
import { useBrowser } from './session';
import { GMAIL_HEADERS, GMAIL_URL, fixture, page as fill } from '../fixtures/serve';
import { previewText } from './panel-helpers';
import { ask, axeViolations, count, focused, rowIds, rowNamed, tabTo, text, value } from './options-helpers';
import { syncedKey } from './worker-messages';

const SPANISH = { sender: 'Lucía Ferrer', email: 'lucia@estudioferrer.es', subject: 'Tienda',
  message: 'Hola Sam, ¿tienes hueco para hacernos la tienda online este mes? Un saludo.' };
const PREVIEW = '[data-testid="op-preview"]';

describe.each(BROWSERS)('%s: the options page', (name) => {
  const ctx = useBrowser(name);
  const open = async (path: string): Promise<MailPage> => {
    const page = await ctx.openExtensionPage(path);
    await page.waitFor('[data-testid="op-template-list"], [data-testid="op-welcome"]');
    return page;
  };

  test('first run: the welcome asks for the name and the standing policies; skipped it stays closed, saved it fills the profile', async () => {
    const first = await open('options.html#welcome');
    await first.waitFor('[data-testid="op-welcome"]');
    expect(await focused(first)).toBe('input[name=myName]');
    expect(await count(first, '[data-testid="op-welcome"] [name="revisions"], [data-testid="op-welcome"] [name="workingHours"]')).toBe(2);
    await first.click('[data-testid="op-welcome-dismiss"]');
    await first.waitUntil(() => !document.querySelector('[data-testid="op-welcome"]'));

    const later = await open('options.html');
    await later.waitFor('[data-testid="op-profile"]');
    expect(await count(later, '[data-testid="op-welcome"]')).toBe(0); // no name yet, but the user closed it

    await later.evaluate(() => localStorage.removeItem('dp:welcome-dismissed'));
    const again = await open('options.html#welcome');
    await again.waitFor('[data-testid="op-welcome"]');
    await again.type('Sam Rivera');
    await again.click('[data-testid="op-welcome"] [name="revisions"]');
    await again.type('one round of revisions of up to 15%');
    await again.click('[data-testid="op-welcome-save"]');
    await again.waitUntil(() => !document.querySelector('[data-testid="op-welcome"]'));
    await again.waitUntil(() => (document.querySelector('[data-testid="op-profile"] [name="myName"]') as HTMLInputElement).value === 'Sam Rivera');
    expect(await value(again, '[data-testid="op-profile"] [name="revisions"]')).toBe('one round of revisions of up to 15%');
    const profile = await ask(again, 'profile/get');
    expect(profile).toMatchObject({ myName: 'Sam Rivera', policies: { revisions: 'one round of revisions of up to 15%' } });
  });

  test('a template is created with a live preview and findings, refused with its broken variable, edited, duplicated, deleted and restored, and shows in the panel on Gmail', async () => {
    const page = await open('options.html');
    await page.click('[data-testid="op-new"]');
    await page.waitFor('[data-testid="op-editor"]');
    expect(await focused(page)).toBe('input[name=name]');
    await page.type('Booked until spring');
    await page.click('[data-testid="op-body"]');
    await page.type('Hi {{clientFirstName}},\n\nI just cannot start before {{date}}.');
    await page.waitUntil((css) => document.querySelector(css)?.textContent?.endsWith('[Date].'), PREVIEW);
    expect(await text(page, PREVIEW)).toBe("Hi [Client's first name],\n\nI just cannot start before [Date].");
    await page.waitFor('[data-testid="op-finding"][data-rule="minimizer"]');

    // A typo in a variable is shown where it is, and saving is refused without losing a character.
    await page.type(' {{clientname}}');
    await page.waitFor('[data-testid="op-body-error"][role="alert"]');
    expect(await text(page, '[data-testid="op-body-error"]')).toBe(
      'Line 3, column 38: {{clientname}} is not a variable this template can fill. Did you mean {{clientName}}?');
    await page.click('[data-testid="op-save"]');
    const selected = await page.waitUntil(() => {
      const area = document.activeElement as HTMLTextAreaElement;
      return area?.dataset.testid === 'op-body' && area.value.slice(area.selectionStart, area.selectionEnd);
    });
    expect(selected).toBe('{{clientname}}');
    expect(await value(page, '[data-testid="op-body"]')).toBe('Hi {{clientFirstName}},\n\nI just cannot start before {{date}}. {{clientname}}');
    expect((await ask(page, 'templates/list')).templates.some((t: { name: string }) => t.name === 'Booked until spring')).toBe(false);

    await page.press('Backspace');
    await page.press('Backspace');
    await page.waitUntil(() => !document.querySelector('[data-testid="op-body-error"]'));
    await page.click('[data-testid="op-save"]');
    const id = await rowNamed(page, 'Booked until spring');

    // Edit: the preview follows, signed with the profile's name.
    await page.click('[data-testid="op-body"]');
    await page.press('Control+End');
    await page.type('\n\nBest,\n{{myName}}');
    await page.waitUntil((css) => document.querySelector(css)?.textContent?.endsWith('Best,\nSam Rivera'), PREVIEW);
    await page.click('[data-testid="op-save"]');
    await eventually('the template ending in {{myName}} to be listed', () => ask(page, 'templates/list'), (l) => l.templates.some((t: { body: string }) => t.body.endsWith('{{myName}}')));

    await page.click('[data-testid="op-duplicate"]');
    const copy = await rowNamed(page, 'Booked until spring (copy)');
    expect(copy).not.toBe(id);
    expect(await value(page, '[data-testid="op-editor"] [name="name"]')).toBe('Booked until spring (copy)');

    await page.click('[data-testid="op-delete"]');
    await page.waitUntil((gone) => !document.querySelector(`[data-testid="op-template"][data-template-id="${gone}"]`), copy);
    expect(await text(page, '[role="status"][data-testid="op-notice"]')).toBe('Deleted “Booked until spring (copy)”.');
    await page.click('[data-testid="op-undo"]');
    const restored = await rowNamed(page, 'Booked until spring (copy)');
    expect(restored).not.toBe(copy);
    expect(await rowIds(page)).toEqual(expect.arrayContaining([id, restored]));

    const gmail = await ctx.open(GMAIL_URL, { body: fill(fixture('gmail-panel.html'), SPANISH), headers: GMAIL_HEADERS });
    await gmail.click('[data-testid="dp-open"]');
    await gmail.waitFor(`panel:[data-testid="dp-template"][data-template-id="${restored}"]`);
    await gmail.click(`panel:[data-testid="dp-template"][data-template-id="${id}"]`);
    // No date typed yet: that sentence waits; the greeting and the profile's name are filled.
    expect(await previewText(gmail)).toBe('Hi Lucía,\n\nBest,\nSam Rivera');
  });

  test('a template another device syncs appears in the open list without a reload', async () => {
    const page = await open('options.html');
    const remote = { id: 'from-tablet-3', name: 'Desde la tableta', reason: 'after-hours', locale: 'es', tone: 'neutral',
      body: 'Hola {{clientFirstName}}:\n\nGracias por el mensaje. Te respondo el lunes.', rev: 'tab00003:1', base: '', device: 'tab00003',
      clock: { tab00003: 1 }, updatedAt: Date.now() };
    await ctx.h.inWorker((g, record) => (g.browser ?? g.chrome).storage.sync.set({ [`t:${record.id}`]: record }), remote);
    await page.waitFor('[data-testid="op-template"][data-template-id="from-tablet-3"]', 15_000);
    await page.click('[data-testid="op-template"][data-template-id="from-tablet-3"]');
    expect(await text(page, PREVIEW)).toBe('Hola [Client\'s first name]:\n\nGracias por el mensaje. Te respondo el lunes.');
  });

  test('the sync bars show the bytes and items storage.sync really holds, and grow with a new template', async () => {
    const page = await open('options.html');
    const stored = () => ctx.h.inWorker(async (g) => {
      const items: Record<string, unknown> = await (g.browser ?? g.chrome).storage.sync.get(null);
      const size = (s: string) => new TextEncoder().encode(s).length;
      return { items: Object.keys(items).length, bytes: Object.entries(items).reduce((sum, [k, v]) => sum + size(k) + size(JSON.stringify(v)), 0) };
    });
    const shown = () => page.evaluate(() => ({
      items: Number(document.querySelector('[data-testid="op-sync-items"]')?.getAttribute('aria-valuenow')),
      bytes: Number(document.querySelector('[data-testid="op-sync-bytes"]')?.getAttribute('aria-valuenow')),
    }));
    const agree = async () => {
      const [s, w] = await Promise.all([stored(), shown()]);
      return { stored: s, shown: w };
    };
    const before = await eventually('the sync meter to show what storage.sync holds', agree, (a) => a.shown.items === a.stored.items && a.shown.bytes === a.stored.bytes);
    expect(before.shown).toEqual(before.stored);
    expect(before.shown.items).toBeGreaterThan(0);

    await ask(page, 'templates/save', { template: { name: 'Long one', reason: 'not-a-fit', locale: 'en', tone: 'neutral',
      body: `Hi {{clientFirstName}},\n\n${'Thank you for the trust you have shown in my work. '.repeat(60)}` } });
    const after = await eventually('the sync meter to show one more item', agree, (a) => a.shown.items === before.stored.items + 1 && a.shown.bytes === a.stored.bytes);
    expect(after.shown).toEqual(after.stored);
    expect(after.shown.bytes - before.shown.bytes).toBeGreaterThan(3000);
  });

  test('a conflict copy from edits on two devices is listed in the sync status, and Review opens it', async () => {
    const page = await open('options.html');
    const template = { name: 'Edited twice', reason: 'out-of-scope', locale: 'en', tone: 'neutral', body: 'First words.' };
    const mine = await ask(page, 'templates/save', { template });
    await syncedKey(page, `t:${mine.id}`);
    await ask(page, 'templates/save', { id: mine.id, template: { ...template, body: 'Edited here.' } });
    const theirs = { ...mine, body: 'Edited on the phone.', rev: 'phone009:1', base: mine.rev, device: 'phone009',
      clock: { ...mine.clock, phone009: 1 }, updatedAt: Date.now() + 60_000 };
    await ctx.h.inWorker((g, item) => (g.browser ?? g.chrome).storage.sync.set({ [`t:${item.id}`]: item }), theirs);
    await page.waitFor('[data-testid="op-conflicts"] [data-testid="op-conflict-review"]');
    expect(await text(page, '[data-testid="op-conflicts"]')).toContain('Edited twice');
    await page.click('[data-testid="op-conflict-review"]');
    const copy = `${mine.id}~${mine.device}:2`;
    await page.waitUntil((id) => document.querySelector('[data-testid="op-template"][aria-current="true"]')?.getAttribute('data-template-id') === id, copy);
    expect(await value(page, '[data-testid="op-body"]')).toBe('Edited here.');
    expect(await text(page, `[data-testid="op-template"][data-template-id="${copy}"]`)).toContain('Conflict copy');
  });

  test('keyboard only: Tab, Enter and typing create and save a template', async () => {
    const page = await open('options.html');
    await tabTo(page, 'op-new');
    await page.press('Enter');
    await page.waitFor('[data-testid="op-editor"]');
    expect(await focused(page)).toBe('input[name=name]');
    await page.type('Typed with keys only');
    await tabTo(page, 'op-body');
    await page.type('Hello {{clientFirstName}},\n\nThanks for asking. I cannot take this on.');
    await tabTo(page, 'op-save');
    await page.press('Enter');
    const id = await rowNamed(page, 'Typed with keys only');
    expect(await focused(page)).toBe('op-save'); // focus stays where the user is
    const saved = (await ask(page, 'templates/list')).templates.find((t: { id: string }) => t.id === id);
    expect(saved.body).toBe('Hello {{clientFirstName}},\n\nThanks for asking. I cannot take this on.');

    // The list is one Tab stop, on the open template; Home and the arrows move, Enter opens.
    const other = await ask(page, 'templates/save', { template: { name: 'Another one for the keys', reason: 'not-a-fit', locale: 'en', tone: 'warm', body: 'Hi.' } });
    await page.waitFor(`[data-testid="op-template"][data-template-id="${other.id}"]`);
    const activeRow = () => page.evaluate(() => document.activeElement?.getAttribute('data-template-id'));
    await tabTo(page, 'op-template');
    expect(await activeRow()).toBe(id);
    await page.press('Home');
    const [first, second] = await rowIds(page);
    expect(await activeRow()).toBe(first);
    await page.press('ArrowDown');
    expect(await activeRow()).toBe(second);
    await page.press('Enter');
    await page.waitUntil((want) => document.querySelector('[data-testid="op-template"][aria-current="true"]')?.getAttribute('data-template-id') === want, second);
  });

  test('axe-core finds no serious or critical problem on the page with the welcome, an open template and its findings', async () => {
    const page = await open('options.html');
    await page.evaluate(() => localStorage.removeItem('dp:welcome-dismissed'));
    const welcomed = await open('options.html#welcome');
    await welcomed.waitFor('[data-testid="op-welcome"]');
    await welcomed.click('[data-testid="op-new"]');
    await welcomed.click('[data-testid="op-body"]');
    await welcomed.type('Hi {{clientFirstName}},\n\nI just think maybe later.\n\n{{dat}}');
    await welcomed.waitFor('[data-testid="op-finding"][data-rule="minimizer"]');
    await welcomed.waitFor('[data-testid="op-body-error"]');
    await welcomed.waitFor('[data-testid="op-sync-bytes"]');
    expect(await axeViolations(welcomed)).toEqual([]);
  });

  test('#site-access: withheld access to the mail sites gets a prompt with a button; granted access says so', async () => {
    const page = await open('options.html#site-access');
    await page.waitFor('[data-testid="op-site-access"]');
    expect(await text(page, '#op-site-access-heading')).toBe('Access to your mail is on');
    // Firefox lets a test withhold the access (as its per-site setting does); Chromium refuses
    // to drop a required host permission, and its "on click" setting has no API.
    const withheld = await page.evaluate(() => ((globalThis as any).browser ?? (globalThis as any).chrome).permissions
      .remove({ origins: ['https://mail.google.com/*'] }).then(() => true, () => false));
    expect(withheld).toBe(name === 'firefox');
    if (withheld) {
      await page.waitFor('[data-testid="op-site-access"] [data-testid="op-site-access-grant"]');
      expect(await text(page, '#op-site-access-heading')).toBe('Allow access to your mail');
    }
  });
});
