// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { gmailFinder } from './finder';
import { readGmailFacts } from './facts';
import { loadFixture } from '../load-fixture.test-helper';
import { expectDialogReadAndButtonPlaced } from './dialog.test-helper';

const composeWindows = () => gmailFinder.composeRootsFor(document.body).map((root) => ({ root, editor: gmailFinder.editorOf(root)! }));

test('an inline reply in a thread: the client, the user, the signature and the client\'s latest words', () => {
  loadFixture('gmail-thread.html');
  const [compose] = composeWindows();
  expect(readGmailFacts(compose!.root, compose!.editor)).toEqual({
    host: 'gmail',
    clientName: 'Lucía Ferrer',
    clientFirstName: 'Lucía',
    myName: 'Sam Rivera',
    hasSignature: true,
    recipientCount: 1,
    // The latest message from someone other than the user, without its quote and signature.
    answeredText: 'Hola de nuevo,\nNecesitamos la tienda para el viernes que viene, ¿podrías tenerla lista en cuatro días?\nUn saludo,',
    plainText: false,
  });
});

test('three pop-ups: "Last, First" chips, two recipients, and plain-text mode each read on their own', () => {
  loadFixture('gmail-popups.html');
  const facts = composeWindows().map(({ root, editor }) => readGmailFacts(root, editor));
  expect(facts.map((f) => [f.clientFirstName, f.recipientCount, f.hasSignature, f.plainText, f.answeredText])).toEqual([
    ['Marco', 1, false, false, undefined],
    ['Giulia', 2, true, false, undefined],
    ['Ana', 1, false, true, undefined],
  ]);
});

test('a "New Message" dialog shaped like the 2020 capture: one compose window, its body, and a new cell right after Send', () => {
  expectDialogReadAndButtonPlaced(readFileSync('tests/fixtures/gmail-compose-dialog.html', 'utf8'));
});
