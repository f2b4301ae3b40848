// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://mail.google.com/mail/u/0/" }
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { loadFixture } from './hosts/load-fixture.test-helper';
import { SEEN_ANIMATION } from './watch-composes';

// `id` switches every copy off at once; `copies` holds each started copy's own context, so one
// (the copy an update left behind) can be invalidated alone.
const runtime = { id: 'decline-politely' as string | undefined, copies: [] as { alive: boolean }[] };
function mockBrowser(): void {
  const copy = { alive: true };
  runtime.copies.push(copy);
  vi.doMock('../shared/browser', () => ({
    default: {
      runtime: {
        get id() { return copy.alive ? runtime.id : undefined; },
        getURL: (path: string) => `chrome-extension://x/${path}`,
        onMessage: { addListener: () => undefined, removeListener: () => undefined },
      },
      i18n: { getMessage: (key: string) => (key === 'openButton' ? 'Rechazar con cortesía' : '') },
    },
  }));
}

const INSTANCE = Symbol.for('decline-politely.instance');
const buttons = () => [...document.querySelectorAll<HTMLElement>('[data-testid="dp-open"]')];
const owners = () => new Set(buttons().map((b) => b.dataset.dpOwner));
const mutationsSettle = () => new Promise((resolve) => setTimeout(resolve, 0));
const rerenderToolbar = (index: number) => {
  const bar = document.querySelectorAll('tr.btC')[index]!;
  const fresh = document.createElement('tr');
  fresh.className = 'btC';
  for (const cell of bar.children) if (!cell.hasAttribute('data-dp-cell')) fresh.append(cell.cloneNode(true));
  bar.replaceWith(fresh);
  // jsdom has no style engine: stand in for the browser starting the no-op animation on the new bar.
  fresh.dispatchEvent(Object.assign(new Event('animationstart', { bubbles: true }), { animationName: SEEN_ANIMATION }));
};
const startInstance = async () => {
  vi.resetModules();
  mockBrowser();
  await import('./loader');
};

beforeEach(() => {
  runtime.id = 'decline-politely';
  loadFixture('gmail-popups.html');
});
afterEach(() => {
  (globalThis as Record<symbol, { stop(): void } | undefined>)[INSTANCE]?.stop();
  delete (globalThis as Record<symbol, unknown>)[INSTANCE];
});

test('one button per compose window, and a second copy in the same world adds nothing', async () => {
  await startInstance();
  expect(buttons()).toHaveLength(3);
  await startInstance();
  expect(buttons()).toHaveLength(3);
  expect(owners().size).toBe(1);
});

test('a re-rendered toolbar gets its button back, once', async () => {
  await startInstance();
  rerenderToolbar(1);
  await mutationsSettle();
  expect([...document.querySelectorAll('.M9')].map((m) => m.querySelectorAll('[data-testid="dp-open"]').length)).toEqual([1, 1, 1]);
});

test('a new instance (another world, after an update) replaces the old one\'s buttons, and the old one stays quiet', async () => {
  await startInstance();
  const [old] = owners();
  runtime.copies.at(-1)!.alive = false; // the update invalidates the old copy's context
  delete (globalThis as Record<symbol, unknown>)[INSTANCE]; // the new copy runs in a world of its own
  await startInstance();
  expect(buttons()).toHaveLength(3);
  expect(owners().has(old)).toBe(false);
  rerenderToolbar(0);
  rerenderToolbar(2);
  await mutationsSettle();
  expect(buttons()).toHaveLength(3);
  expect(owners().size).toBe(1);
});

test('a page script that forges the takeover event does not switch the extension off', async () => {
  await startInstance();
  document.dispatchEvent(new CustomEvent('decline-politely:takeover', { detail: 'page' }));
  rerenderToolbar(1);
  await mutationsSettle();
  expect(buttons()).toHaveLength(3);
  expect(owners().size).toBe(1);
});

test('once the extension is updated or disabled, its buttons leave quietly instead of failing on click', async () => {
  await startInstance();
  runtime.id = undefined; // what an invalidated context reports
  const errors: unknown[] = [];
  window.addEventListener('error', (e) => errors.push(e.error));
  rerenderToolbar(0);
  await mutationsSettle();
  expect(buttons()).toHaveLength(0);
  expect(errors).toEqual([]);
});

test('the button is labelled in the browser\'s language, reachable by keyboard, and closed to the page', async () => {
  const shadows: ShadowRoot[] = [];
  const attach = Element.prototype.attachShadow;
  const spy = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    const root = attach.call(this, init);
    shadows.push(root);
    return root;
  });
  await startInstance();
  spy.mockRestore();
  const host = buttons()[0]!;
  expect(host.closest('td')?.previousElementSibling?.matches('td.gU.Up')).toBe(true);
  expect(host.shadowRoot).toBeNull();
  const button = shadows[0]!.querySelector('button')!;
  expect(button.textContent).toBe('Rechazar con cortesía');
  expect(button.tabIndex).toBeGreaterThanOrEqual(0);
});
