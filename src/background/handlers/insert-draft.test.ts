import { beforeEach, expect, test, vi } from 'vitest';

const sent = vi.hoisted(() => [] as unknown[][]);
vi.mock('../../shared/browser', () => ({ default: { runtime: { id: 'ours' } } }));
vi.mock('../../shared/messages', () => ({
  sendToTab: async (...args: unknown[]) => {
    sent.push(args);
    return { inserted: true };
  },
}));
const { insertDraft } = await import('./insert-draft');

const draft = { composeId: 'dpabc123-1', html: '<p>Hi</p>', text: 'Hi' };
const fromMailTab = { id: 'ours', url: 'https://mail.google.com/mail/u/0/', tab: { id: 7 } as never, frameId: 3 };

beforeEach(() => void sent.splice(0));

test('a draft from our content script on a mail page goes back to that very tab and frame', async () => {
  expect(await insertDraft(draft, fromMailTab)).toEqual({ inserted: true });
  expect(sent).toEqual([[7, 'compose/insert', draft, 3]]);
});

test.each([
  ['another extension', { ...fromMailTab, id: 'theirs' }],
  ['an extension page (no tab)', { id: 'ours', url: 'chrome-extension://ours/options.html' }],
  ['a page that is not a mail site', { ...fromMailTab, url: 'https://evil.example/' }],
])('%s cannot insert drafts', async (_, sender) => {
  await expect(insertDraft(draft, sender)).rejects.toThrow(/only the content script/);
  expect(sent).toEqual([]);
});

test.each([
  [{ ...draft, composeId: '../x' }, /composeId/],
  [{ ...draft, html: 42 }, /html/],
  [{ ...draft, text: '  ' }, /text/],
  [{ ...draft, html: 'x'.repeat(100_001) }, /html/],
])('a malformed payload is refused with the field named', async (bad, message) => {
  await expect(insertDraft(bad as never, fromMailTab)).rejects.toThrow(message);
  expect(sent).toEqual([]);
});
