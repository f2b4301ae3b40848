// @vitest-environment jsdom
// The Gmail adapter on the genuine 2020 capture: the same checks as on the in-repo dialog fixture.
import { test } from 'vitest';
import { expectDialogReadAndButtonPlaced } from '../../src/content/hosts/gmail/dialog.test-helper';
import { realGmailCompose } from './capture';

test('the real 2020 capture: one compose window, its body, and a new cell right after Send', () => {
  expectDialogReadAndButtonPlaced(realGmailCompose());
});
