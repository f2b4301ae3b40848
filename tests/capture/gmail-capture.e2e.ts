// The genuine 2020 capture of Gmail's compose dialog in both browsers, with Gmail's Trusted Types
// header: the same checks as on the in-repo dialog fixture.
import { describe, test } from 'vitest';
import { BROWSERS } from '../e2e/harness';
import { useBrowser } from '../e2e/session';
import { GMAIL_HEADERS, GMAIL_URL } from '../fixtures/serve';
import { expectDialogTakesDraft, gmailDialogPage } from '../e2e/gmail-dialog';
import { realGmailCompose } from './capture';

describe.each(BROWSERS)('%s: the real Gmail compose capture', (name) => {
  const ctx = useBrowser(name);

  test('gets one button after Send, takes a draft under Trusted Types, and one Ctrl+Z removes it', async () => {
    const page = await ctx.open(GMAIL_URL, { body: gmailDialogPage(realGmailCompose()), headers: GMAIL_HEADERS }, '[data-testid="dp-open"]');
    await expectDialogTakesDraft(ctx.h, page);
  });
});
