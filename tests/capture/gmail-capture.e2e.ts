// The genuine 2020 capture of Gmail's compose dialog in both browsers, with Gmail's Trusted Types
// header: the same checks as on the in-repo dialog fixture.
import { afterAll, beforeAll, describe, test } from 'vitest';
import { BROWSERS, launch, type Harness } from '../e2e/harness';
import { GMAIL_HEADERS, GMAIL_URL } from '../fixtures/serve';
import { expectDialogTakesDraft, gmailDialogPage } from '../e2e/gmail-dialog';
import { realGmailCompose } from './capture';

describe.each(BROWSERS)('%s: the real Gmail compose capture', (name) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch(name);
  });
  afterAll(async () => h?.close());

  test('gets one button after Send, takes a draft under Trusted Types, and one Ctrl+Z removes it', async () => {
    h.serve(GMAIL_URL, { body: gmailDialogPage(realGmailCompose()), headers: GMAIL_HEADERS });
    const page = await h.open(GMAIL_URL);
    await page.waitFor('[data-testid="dp-open"]');
    await expectDialogTakesDraft(h, page);
    await page.close();
  });
});
