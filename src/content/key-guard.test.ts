// @vitest-environment jsdom
import { afterEach, expect, test } from 'vitest';
import { installKeyGuard } from './key-guard';

const controller = new AbortController();
afterEach(() => document.body.replaceChildren());

test('keys typed in the panel reach the panel and never the page, whether it listens early or late', () => {
  const pageHeard: string[] = [];
  const guard = installKeyGuard(controller.signal);
  // The page registers after us (we run at document_start), on window in capture and on document in bubble.
  window.addEventListener('keydown', (e) => pageHeard.push(`window:${e.key}`), true);
  document.addEventListener('keydown', (e) => pageHeard.push(`document:${e.key}`));
  const host = document.body.appendChild(document.createElement('div'));
  const input = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('input'));
  const panelHeard: string[] = [];
  const release = guard.claim(host, (e) => panelHeard.push(e.key));

  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', bubbles: true, composed: true }));
  expect(pageHeard).toEqual([]);
  expect(panelHeard).toEqual(['c']);

  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
  expect(pageHeard).toEqual(['window:j', 'document:j']);

  release();
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true, composed: true }));
  expect(pageHeard).toContain('window:x');
});
