import { beforeEach, expect, test, vi } from 'vitest';

const api = vi.hoisted(() => ({
  tabs: { reload: vi.fn(async () => undefined), create: vi.fn(async () => undefined), sendMessage: vi.fn() },
  permissions: { contains: vi.fn(async () => true) },
  runtime: { openOptionsPage: vi.fn(async () => undefined), getURL: (path: string) => `chrome-extension://id/${path}`, id: 'id' },
}));
vi.mock('../shared/browser', () => ({ default: api }));
const { onActionClicked } = await import('./action');

beforeEach(() => vi.clearAllMocks());

test('on a mail tab whose content script answers, the panel opens there', async () => {
  api.tabs.sendMessage.mockResolvedValueOnce({ ok: true, value: { mode: 'compose' } });
  expect(await onActionClicked({ id: 7, url: 'https://mail.google.com/mail/u/0/' } as never)).toBe('panel');
  expect(api.tabs.sendMessage).toHaveBeenCalledWith(7, expect.objectContaining({ type: 'panel/open' }), { frameId: 0 });
});

test('a mail tab opened before the install is reloaded so the extension runs in it', async () => {
  api.tabs.sendMessage.mockRejectedValueOnce(new Error('Could not establish connection'));
  expect(await onActionClicked({ id: 7, url: 'https://outlook.office.com/mail/' } as never)).toBe('reloaded');
  expect(api.tabs.reload).toHaveBeenCalledWith(7);
});

test('when access to a mail site was withheld, the icon asks for it again on the options page', async () => {
  api.permissions.contains.mockResolvedValueOnce(false);
  expect(await onActionClicked({ id: 3 } as never)).toBe('site-access');
  expect(api.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://id/options.html#site-access' });
});

test('on any other page the icon opens the options page', async () => {
  expect(await onActionClicked({ id: 3, url: 'https://example.com/' } as never)).toBe('options');
  expect(api.runtime.openOptionsPage).toHaveBeenCalled();
});
