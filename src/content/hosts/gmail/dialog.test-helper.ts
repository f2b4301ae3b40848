// What the Gmail finder must find in a compose dialog shaped like Gmail's "New Message" window:
// run on the in-repo fixture by `npm test` and on the genuine capture by `npm run test:capture`.
import { expect } from 'vitest';
import { gmailFinder } from './finder';
import { readGmailFacts } from './facts';
import { loadFixture } from '../load-fixture.test-helper';

/** Loads `dialog` into the page wrapper, then checks: one compose window, its body, and a new cell right after Send. */
export function expectDialogReadAndButtonPlaced(dialog: string): void {
  loadFixture('gmail-dialog-page.html', { compose: dialog });
  const [compose, ...more] = gmailFinder.composeRootsFor(document.body).map((root) => ({ root, editor: gmailFinder.editorOf(root)! }));
  expect(more).toEqual([]);
  expect(compose!.editor.getAttribute('g_editable')).toBe('true');
  const button = document.createElement('span');
  expect(gmailFinder.placeButton(compose!.root, button)).toBe(true);
  expect(button.parentElement?.previousElementSibling?.matches('td.gU.Up')).toBe(true);
  gmailFinder.removeButton(button);
  expect(compose!.root.querySelector('[data-dp-cell]')).toBeNull();
  expect(readGmailFacts(compose!.root, compose!.editor)).toMatchObject({ recipientCount: 0, plainText: false, hasSignature: false });
}
