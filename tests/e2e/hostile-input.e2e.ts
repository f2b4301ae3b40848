// Hostile input (docs/design.md section 10): the hardening corpus (tests/hardening/payloads.ts) as
// personal template names and bodies, as values pasted and typed into the panel's fields, and
// as profile fields, inserted through the real panel into Gmail and Outlook. Nothing runs (the
// page's tripwire, its CSP and error watch, and the requests the harness saw stay quiet), the
// inserted mail holds only the sanitizer's allowed formatting, and every payload reads as text.
import { beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, type MailPage } from './harness';
import { useBrowser } from './session';
import { GMAIL_HEADERS, GMAIL_URL, fixture, outlookPage, page as fill } from '../fixtures/serve';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, ALLOWED_URL } from '../../src/shared/sanitize';
import { validateTemplate } from '../../src/core/templates/validate';
import { PROFILE_LIMITS } from '../../src/core/profile';
import { comparable, disallowedIn, rememberEditor } from '../hardening/allowed-dom';
import { PAYLOADS, TRIP_PATH, type Payload } from '../hardening/payloads';

// Gmail's empty first line is `<div dir="ltr">`: the browser's insertHTML copies that dir onto
// the lines it splits there. It is the host's attribute, not ours, and carries nothing.
const ALLOW = { tags: ALLOWED_TAGS, attributes: [...ALLOWED_ATTRIBUTES, 'dir'], url: ALLOWED_URL.source };
const GMAIL_EDITOR = '[g_editable="true"]';
const OUTLOOK_EDITOR = '[id^="editorParent_"] [contenteditable="true"]';
const OUTLOOK_URL = 'https://outlook.office.com/mail/inbox/id/hostile';
const CLIENT = { sender: 'Ana Ruiz', email: 'ana@example.com', subject: 'Proyecto', message: 'Hi Sam, could you take on the redesign this month?' };
// Text a user copies from (another page, a document): the clipboard is how a long value gets into a field.
const CLIP_SOURCE = '<textarea id="dp-clip" style="position:fixed;right:8px;bottom:8px;width:160px;height:40px"></textarea>';
// Room below Gmail's reply, so the button scrolls clear of our "inserted" toast (bottom centre) for the next round.
const ROOM_BELOW = '<style>body{padding-bottom:900px}</style>';
const FIELD_MAX = 300; // the panel's input maxlength

type Answer = { ok: boolean; value?: { id: string }; error?: string };

/** Joins payloads into chunks of at most `max` characters (a longer payload is a chunk of its own). */
function chunks(payloads: readonly Payload[], max: number, separator: string): Payload[][] {
  const out: Payload[][] = [];
  let current: Payload[] = [];
  let size = 0;
  for (const p of payloads) {
    if (current.length && size + separator.length + p.text.length > max) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(p);
    size += (current.length > 1 ? separator.length : 0) + p.text.length;
  }
  if (current.length) out.push(current);
  return out;
}

const templateIssues = (name: string, body: string) => validateTemplate({ name, reason: 'schedule-full', locale: 'en', tone: 'neutral', body });

describe.each(BROWSERS)('%s: hostile input', (name) => {
  const ctx = useBrowser(name, { optionsPage: true });

  /** Sends worker messages from the options page, as the options page itself does, one after another. */
  const send = (type: string, reqs: unknown[]): Promise<Answer[]> => ctx.options.evaluate(async ([t, list]) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const answers = [];
    for (const req of list) answers.push(await api.runtime.sendMessage({ dp: 1, type: t, req }));
    return answers;
  }, [type, reqs] as [string, unknown[]]);

  async function openGmail(): Promise<MailPage> {
    return ctx.open(GMAIL_URL, { body: fill(fixture('gmail-panel.html'), { ...CLIENT, head: fixture('tripwire.html') + CLIP_SOURCE + ROOM_BELOW }), headers: GMAIL_HEADERS }, '[data-testid="dp-open"]');
  }

  async function openOutlook(): Promise<MailPage> {
    return ctx.open(OUTLOOK_URL, { body: outlookPage('outlook-reply.html', { theme: fixture('tripwire.html') + CLIP_SOURCE }) }, '[data-testid="dp-open"]');
  }

  async function openPanel(page: MailPage, ready: string): Promise<void> {
    await page.click('[data-testid="dp-open"]');
    await page.waitFor(`panel:${ready}`);
  }

  async function insertAndWait(page: MailPage): Promise<void> {
    await page.click('panel:[data-testid="dp-insert"]');
    // A 4,000-character draft takes a while on a busy machine: wait for the panel to close, or its alert.
    await page.waitUntil(() => !document.querySelector('[data-testid="dp-panel"]')
      || document.querySelector('[data-testid="dp-panel"]')!.shadowRoot!.querySelector('[role="alert"]'), undefined, 30_000);
    expect(await page.evaluate(() => document.querySelector('[data-testid="dp-panel"]')?.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? 'closed')).toBe('closed');
  }

  /** What went off: the page's tripwire, and any request to the trip path the browser made. */
  async function trips(page: MailPage): Promise<string[]> {
    const inPage = await page.evaluate(() => (window as unknown as { __dpTrips: string[] }).__dpTrips);
    return [...inPage, ...ctx.h.requested().filter((url) => url.includes(TRIP_PATH))];
  }

  const editorText = (page: MailPage, root: string) => page.evaluate((css) => document.querySelector(css)?.textContent ?? '', root);

  /** Payloads whose text is not in the editor (compared without whitespace and invisible characters). */
  async function missing(page: MailPage, root: string, payloads: readonly Payload[]): Promise<string[]> {
    const text = comparable(await editorText(page, root));
    return payloads.filter((p) => !text.includes(comparable(p.text))).map((p) => p.id);
  }

  /** Pastes `value` into a panel field the way a user does: with the source text selected, Ctrl+C, click the field, Ctrl+A, Ctrl+V. */
  async function pasteInto(page: MailPage, field: string, value: string): Promise<void> {
    await page.evaluate((v) => {
      const clip = document.getElementById('dp-clip') as HTMLTextAreaElement;
      clip.value = v;
      clip.focus();
      clip.select();
    }, value);
    await page.press('Control+c');
    await page.click(`panel:input[data-testid="dp-field"][data-var="${field}"]`);
    await page.press('Control+a');
    await page.press('Control+v');
  }

  test('as template names and bodies: refused ones say why, names list as plain text, bodies insert as text into Gmail and Outlook', async () => {
    // Names: one template per payload. Bodies: as many payloads per template as fit.
    const named = PAYLOADS.map((p) => ({ template: { name: p.text, reason: 'after-hours', locale: 'en', tone: 'neutral', body: `Name check ${p.id}.` } }));
    const validBodies = PAYLOADS.filter((p) => templateIssues(p.id, p.text).length === 0);
    const refusedBodies = PAYLOADS.filter((p) => templateIssues(p.id, p.text).length > 0);
    const batches = chunks(validBodies, 4000, '\n\n');
    const bodies = [
      ...batches.map((batch, i) => ({ template: { name: `Batch ${i + 1}`, reason: 'schedule-full', locale: 'en', tone: 'neutral', body: batch.map((p) => p.text).join('\n\n') } })),
      ...refusedBodies.map((p) => ({ template: { name: `Refused ${p.id}`, reason: 'schedule-full', locale: 'en', tone: 'neutral', body: p.text } })),
    ];
    const nameAnswers = await send('templates/save', named);
    const bodyAnswers = await send('templates/save', bodies);

    const expectedRefusedNames = PAYLOADS.filter((p) => templateIssues(p.text, 'x').length > 0).map((p) => p.id);
    expect(PAYLOADS.filter((_, i) => !nameAnswers[i]!.ok).map((p) => p.id)).toEqual(expectedRefusedNames);
    expect(bodyAnswers.slice(0, batches.length).every((a) => a.ok)).toBe(true);
    const refusals = bodyAnswers.slice(batches.length);
    expect(refusals.every((a) => !a.ok && /\S/.test(a.error ?? ''))).toBe(true);
    // The figures for the README's hardening section.
    console.log(`${name}: ${PAYLOADS.length} payloads; names refused ${expectedRefusedNames.length}, bodies refused ${refusedBodies.length} (${refusals.map((a) => a.error).slice(0, 2).join(' | ')}); ${batches.length} body templates`);

    const savedNames = new Map(PAYLOADS.flatMap((p, i) => (nameAnswers[i]!.ok ? [[nameAnswers[i]!.value!.id, p] as const] : [])));
    const batchIds = bodyAnswers.slice(0, batches.length).map((a) => a.value!.id);

    for (const [open, root] of [[openGmail, GMAIL_EDITOR], [openOutlook, OUTLOOK_EDITOR]] as const) {
      const page = await open();
      await page.evaluate(rememberEditor, root);
      await openPanel(page, `[data-template-id="${batchIds[0]}"]`);
      // Every saved name is in the list as text: the label holds the name and our badge, no element of its own.
      const listed = await page.evaluate(() => [...document.querySelector('[data-testid="dp-panel"]')!.shadowRoot!
        .querySelectorAll<HTMLElement>('[data-testid="dp-template"]')].map((item) => {
        const label = item.querySelector('.label')!;
        return { id: item.dataset.templateId!, text: label.firstChild?.textContent ?? '', elements: label.querySelectorAll('*').length };
      }));
      for (const [id, p] of savedNames) {
        const item = listed.find((l) => l.id === id);
        expect(item && comparable(item.text), p.id).toBe(comparable(p.text));
        expect(item?.elements, p.id).toBe(1);
      }

      for (const [i, id] of batchIds.entries()) {
        if (i > 0) await openPanel(page, `[data-template-id="${id}"]`);
        await page.click(`panel:[data-testid="dp-template"][data-template-id="${id}"]`);
        await insertAndWait(page);
      }
      expect(await missing(page, root, validBodies)).toEqual([]);
      expect(await page.evaluate(disallowedIn, { root, allow: ALLOW })).toEqual([]);
      expect(await trips(page)).toEqual([]);
    }
  }, 300_000);

  describe('as field values pasted and typed in the panel', () => {
    const vars = ['date', 'rate', 'policy', 'agreement', 'offer', 'referralName', 'referralContact'];
    // A few typed key by key (printable ones), the rest pasted: as many per field as fit its length.
    const typed = PAYLOADS.filter((p) => /^[\x20-\x7e]{1,80}$/.test(p.text)).slice(0, 3);
    const long = PAYLOADS.filter((p) => p.text.length > FIELD_MAX);
    const pasted = chunks(PAYLOADS.filter((p) => !typed.includes(p) && !long.includes(p)), FIELD_MAX, ' ');
    const rounds: Payload[][][] = [];
    for (let i = 0; i < pasted.length; i += vars.length) rounds.push(pasted.slice(i, i + vars.length));
    // A few rounds of pastes per test, each in a reply of its own: every test stays well inside its
    // ceiling on a busy machine (each paste is a handful of driver round trips), and none depends on another.
    const ROUNDS_PER_TEST = 4;
    const groups = [
      { what: `${typed.length} typed key by key`, typing: true, rounds: [typed.map((p) => [p])] },
      ...Array.from({ length: Math.ceil(rounds.length / ROUNDS_PER_TEST) }, (_, g) => ({
        what: `pasted, rounds ${g * ROUNDS_PER_TEST + 1} to ${Math.min(rounds.length, (g + 1) * ROUNDS_PER_TEST)} of ${rounds.length}`,
        typing: false, rounds: rounds.slice(g * ROUNDS_PER_TEST, (g + 1) * ROUNDS_PER_TEST) })),
      { what: `${long.length} longer than the field, pasted`, typing: false, rounds: [long.map((p) => [p])] },
    ];
    let id = '';
    beforeAll(async () => {
      const saved = await send('templates/save', [{ template: { name: 'Every field', reason: 'not-a-fit', locale: 'en', tone: 'neutral',
        body: vars.map((v) => `Field ${v}: {{${v}}}.`).join('\n') } }]);
      id = saved[0]!.value!.id;
    });

    test.each(groups)('$what: each lands in the Outlook reply as text, cut at the field length', async ({ typing, rounds: groupRounds }) => {
      const page = await openOutlook();
      await page.evaluate(rememberEditor, OUTLOOK_EDITOR);
      for (const [round, fields] of groupRounds.entries()) {
        await openPanel(page, `[data-template-id="${id}"]`);
        await page.click(`panel:[data-testid="dp-template"][data-template-id="${id}"]`);
        for (const [i, chunk] of fields.entries()) {
          const field = vars[i]!;
          const value = chunk.map((p) => p.text).join(' ');
          if (typing) {
            await page.click(`panel:input[data-testid="dp-field"][data-var="${field}"]`);
            await page.type(value);
          } else await pasteInto(page, field, value);
          const shown = await page.evaluate((v) => (document.querySelector('[data-testid="dp-panel"]')!.shadowRoot!
            .querySelector(`input[data-var="${v}"]`) as HTMLInputElement).value, field);
          expect(comparable(shown), `${field} in round ${round}`).toBe(comparable(value.slice(0, FIELD_MAX)));
        }
        await insertAndWait(page);
      }
      const text = comparable(await editorText(page, OUTLOOK_EDITOR));
      for (const p of groupRounds.flat(2)) expect(text, p.id).toContain(comparable(p.text.slice(0, FIELD_MAX)));
      expect(await page.evaluate(disallowedIn, { root: OUTLOOK_EDITOR, allow: ALLOW })).toEqual([]);
      expect(await trips(page)).toEqual([]);
    }, 300_000);
  });

  test('as profile fields: they prefill the panel as text and insert into Gmail as text; over-long ones are refused with a message', async () => {
    const tooLong = await send('profile/save', [{ profile: { myName: 'x'.repeat(PROFILE_LIMITS.myName + 1) } }]);
    expect(tooLong[0]).toMatchObject({ ok: false, error: expect.stringMatching(/myName must be text of at most 80/) });

    const names = PAYLOADS.filter((p) => p.text.length <= PROFILE_LIMITS.myName && /\S/.test(p.text));
    const policies = chunks(PAYLOADS.filter((p) => p.text.length <= PROFILE_LIMITS.policy), PROFILE_LIMITS.policy, ' ');
    const longOnes = PAYLOADS.filter((p) => p.text.length > PROFILE_LIMITS.policy);
    const page = await openGmail();
    await page.evaluate(rememberEditor, GMAIL_EDITOR);
    const rounds = Math.ceil(policies.length / 2);
    const used: Payload[] = [];
    for (let round = 0; round < rounds; round++) {
      const myName = names[round % names.length]!;
      const revisions = policies[2 * round]!;
      const rate = policies[2 * round + 1] ?? [];
      const profile = { myName: myName.text, signature: myName.text, tone: 'neutral', locale: 'en', formality: 'formal',
        policies: { revisions: revisions.map((p) => p.text).join(' '), rate: rate.map((p) => p.text).join(' '), workingHours: '', paymentTerms: '', boundaries: '' } };
      const answer = await send('profile/save', [{ profile }]);
      expect(answer[0]!.ok, answer[0]!.error).toBe(true);
      await openPanel(page, '[data-testid="dp-reason"][data-reason="extra-revisions"]');
      await page.click('panel:[data-testid="dp-reason"][data-reason="extra-revisions"]');
      const prefilled = await page.evaluate(() => Object.fromEntries([...document.querySelector('[data-testid="dp-panel"]')!.shadowRoot!
        .querySelectorAll<HTMLInputElement>('input[data-testid="dp-field"]')].map((input) => [input.dataset.var!, input.value])));
      expect(comparable(prefilled.policy ?? ''), `round ${round}`).toBe(comparable(profile.policies.revisions));
      if (rate.length) expect(comparable(prefilled.rate ?? ''), `round ${round}`).toBe(comparable(profile.policies.rate));
      expect(comparable(prefilled.myName ?? ''), `round ${round}`).toBe(comparable(myName.text));
      await insertAndWait(page);
      used.push(myName, ...revisions, ...rate);
    }
    expect(await missing(page, GMAIL_EDITOR, used)).toEqual([]);
    expect(await page.evaluate(disallowedIn, { root: GMAIL_EDITOR, allow: ALLOW })).toEqual([]);
    expect(await trips(page)).toEqual([]);
    expect(new Set(used.map((p) => p.id)).size + longOnes.length).toBe(PAYLOADS.length);
  }, 300_000);
});
