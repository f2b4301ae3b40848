// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://webmail.example.test/compose/" }
import { expect, test, vi } from 'vitest';
import { loadFixture } from './hosts/load-fixture.test-helper';

test('on a mail site no host is registered for, the loader does nothing: no button, no style, no listener', async () => {
  // Gmail's own compose windows, served from another origin: no host's finder may take them.
  loadFixture('gmail-popups.html');
  const listen = vi.fn();
  vi.doMock('../shared/browser', () => ({
    default: { runtime: { id: 'decline-politely', onMessage: { addListener: listen, removeListener: vi.fn() } }, i18n: { getMessage: () => '' } },
  }));
  await import('./loader');
  expect(document.querySelectorAll('[data-testid="dp-open"], [data-dp-owner]')).toHaveLength(0);
  expect(listen).not.toHaveBeenCalled();
});
