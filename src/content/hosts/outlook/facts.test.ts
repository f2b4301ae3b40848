// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { outlookFinder } from './finder';
import { readOutlookFacts } from './facts';
import { loadFixture } from '../load-fixture.test-helper';

test('the reading pane\'s "Message body" is never taken for an editor', () => {
  loadFixture('outlook-reply.html');
  const roots = outlookFinder.composeRootsFor(document.body);
  expect(roots).toHaveLength(1);
  expect(outlookFinder.editorOf(roots[0]!)?.isContentEditable ?? outlookFinder.editorOf(roots[0]!)?.getAttribute('contenteditable')).toBeTruthy();
  expect(outlookFinder.composeRootsFor(document.querySelector('[role="document"]')!)).toEqual([]);
});

test('a reply: the client from the recipient well, the quoted original without its signature or older history', () => {
  loadFixture('outlook-reply.html');
  const [root] = outlookFinder.composeRootsFor(document.body);
  expect(readOutlookFacts(root!, outlookFinder.editorOf(root!)!)).toEqual({
    host: 'outlook',
    clientName: 'Lucía Ferrer',
    clientFirstName: 'Lucía',
    myName: 'Sam Rivera',
    hasSignature: true,
    recipientCount: 1,
    answeredText: 'Hola Sam,\n¿Podrías tener la tienda lista en cuatro días? Es muy urgente.\nLucía',
    plainText: false,
  });
});

test('a popped-out new message to two people: plural, no quote, no signature; the button goes after Send', () => {
  loadFixture('outlook-popout.html');
  const [root] = outlookFinder.composeRootsFor(document.body);
  expect(root?.dataset.appSection).toBe('Form_Content');
  expect(readOutlookFacts(root!, outlookFinder.editorOf(root!)!)).toMatchObject({
    clientFirstName: 'Giulia', recipientCount: 2, hasSignature: false, answeredText: undefined,
  });
  const button = document.createElement('span');
  expect(outlookFinder.placeButton(root!, button)).toBe(true);
  expect(button.previousElementSibling?.matches('.ms-Button--primary')).toBe(true);
});

test('with no recipient yet, the client is the sender named in the quoted original\'s header', () => {
  loadFixture('outlook-reply.html');
  document.querySelector('.recipientWell')!.remove();
  const [root] = outlookFinder.composeRootsFor(document.body);
  expect(readOutlookFacts(root!, outlookFinder.editorOf(root!)!)).toMatchObject({ clientFirstName: 'Lucía', recipientCount: 1 });
});

test('a new message in the reading pane: no quoted original, so nothing is taken for the client\'s words', () => {
  loadFixture('outlook-reply.html');
  const editor = document.querySelector<HTMLElement>('[id^="editorParent_"] [contenteditable="true"]')!;
  while (editor.lastChild && editor.lastChild !== editor.querySelector('#Signature')) editor.lastChild.remove();
  const [root] = outlookFinder.composeRootsFor(document.body);
  expect(readOutlookFacts(root!, editor)).toMatchObject({ clientFirstName: 'Lucía', recipientCount: 1, hasSignature: true, answeredText: undefined });
});
