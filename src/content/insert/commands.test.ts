// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { landedCheck } from './commands';

function editor(): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.append(Object.assign(document.createElement('div'), { textContent: 'On Mon, Ana wrote: hi' }));
  document.body.replaceChildren(el);
  return el;
}

test('a draft counts as landed once its first line is in the editor, and not before', () => {
  const el = editor();
  const landed = landedCheck(el, 'Dear Ana,\n\nThanks for asking.');
  expect(landed()).toBe(false);
  el.prepend(Object.assign(document.createElement('div'), { textContent: 'Dear Ana,' }));
  expect(landed()).toBe(true);
});

test('a first line with characters the HTML parser drops (NUL) still counts as landed, so the draft is not inserted twice', () => {
  const el = editor();
  const text = 'Booked\u0000 until\u0001 March.\n\nBest,';
  const landed = landedCheck(el, text);
  const parsed = new DOMParser().parseFromString(`<div>${text.split('\n')[0]}</div>`, 'text/html').body.firstElementChild!;
  el.prepend(parsed);
  expect(el.textContent).not.toContain('\u0000');
  expect(landed()).toBe(true);
});
