// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { sanitizeHtml, textToHtml, toEditorLines } from './sanitize';

test('scripts, handlers, styles and javascript: links never reach the page', () => {
  const out = sanitizeHtml('<p onclick="x()">Hi <img src=x onerror=alert(1)><script>alert(1)</script>'
    + '<a href="javascript:alert(1)">a</a> <a href="https://ok.example/">b</a> <span style="color:red">c</span></p>');
  expect(out).toBe('<p>Hi <a>a</a> <a href="https://ok.example/">b</a> c</p>');
});

test('simple formatting and mail links survive', () => {
  const html = '<p><b>bold</b> <em>em</em> <u>u</u></p><ul><li>one</li></ul><blockquote>q</blockquote><a href="mailto:a@b.es">m</a>';
  expect(sanitizeHtml(html)).toBe(html);
});

test('text becomes escaped paragraphs, never markup', () => {
  expect(textToHtml('Hi <Ana> & co,\n\nThanks.\nSam')).toBe('<p>Hi &lt;Ana&gt; &amp; co,</p><p>Thanks.<br>Sam</p>');
});

test('paragraphs become the div lines Gmail and Outlook write, with one blank line between them', () => {
  expect(toEditorLines('<p>Hi Ana,</p><p>Thanks for <b>asking</b>.</p><p>Best,<br>Sam</p>'))
    .toBe('<div>Hi Ana,</div><div><br></div><div>Thanks for <b>asking</b>.</div><div><br></div><div>Best,</div><div>Sam</div>');
});

test('loose text and lists keep their place as lines', () => {
  expect(toEditorLines('Hello <b>there</b><ul><li>x</li></ul>')).toBe('<div>Hello <b>there</b></div><ul><li>x</li></ul>');
});
