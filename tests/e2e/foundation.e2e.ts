import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, launch, type Harness } from './harness';
import { GMAIL_HEADERS, GMAIL_URL, OUTLOOK_URL, fixture } from '../fixtures/serve';
import { gmailDialogPage } from './gmail-dialog';

describe.each(BROWSERS)('%s: the extension is installed and alive', (name) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch(name);
    h.serve(GMAIL_URL, { body: gmailDialogPage(fixture('gmail-compose-dialog.html')), headers: GMAIL_HEADERS });
    h.serve(OUTLOOK_URL, { body: fixture('outlook-basic.html') });
  });
  afterAll(async () => h?.close());

  test('the content script adds its button to a Gmail compose dialog', async () => {
    const gmail = await h.open(GMAIL_URL);
    await gmail.waitFor('[data-testid="dp-open"]');
    expect(await gmail.evaluate(() => document.querySelectorAll('[data-testid="dp-open"]').length)).toBe(1);
    await gmail.close();
  });

  test('the content script runs on Outlook and the worker reaches it', async () => {
    const outlook = await h.open(OUTLOOK_URL);
    await outlook.waitFor('[data-testid="dp-open"]');
    const answer = await h.inWorker(async (g) => {
      const api = g.browser ?? g.chrome;
      const [tab] = await api.tabs.query({ url: 'https://outlook.office.com/*' });
      return api.tabs.sendMessage(tab.id, { dp: 1, type: 'content/ping', req: {} });
    });
    expect(answer).toEqual({ ok: true, value: { host: 'outlook', composeCount: 1 } });
    await outlook.close();
  });
});
