import { describe, expect, test } from 'vitest';
import { BROWSERS } from './harness';
import { useBrowser } from './session';
import { GMAIL_HEADERS, GMAIL_URL, OUTLOOK_URL, fixture } from '../fixtures/serve';
import { gmailDialogPage } from './gmail-dialog';

describe.each(BROWSERS)('%s: the extension is installed and alive', (name) => {
  const ctx = useBrowser(name);

  test('the content script adds its button to a Gmail compose dialog', async () => {
    const gmail = await ctx.open(GMAIL_URL, { body: gmailDialogPage(fixture('gmail-compose-dialog.html')), headers: GMAIL_HEADERS }, '[data-testid="dp-open"]');
    expect(await gmail.evaluate(() => document.querySelectorAll('[data-testid="dp-open"]').length)).toBe(1);
  });

  test('the content script runs on Outlook and the worker reaches it', async () => {
    await ctx.open(OUTLOOK_URL, { body: fixture('outlook-basic.html') }, '[data-testid="dp-open"]');
    const answer = await ctx.h.inWorker(async (g) => {
      const api = g.browser ?? g.chrome;
      const [tab] = await api.tabs.query({ url: 'https://outlook.office.com/*' });
      return api.tabs.sendMessage(tab.id, { dp: 1, type: 'content/ping', req: {} });
    });
    expect(answer).toEqual({ ok: true, value: { host: 'outlook', composeCount: 1 } });
  });
});
