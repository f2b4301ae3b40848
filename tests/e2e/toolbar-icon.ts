// What a click on the toolbar icon runs: the worker's own handler, for the tab showing this page.
import type { Harness, MailPage } from './harness';

export const clickToolbarIcon = (h: Harness, page: MailPage): Promise<unknown> => h.inWorker(async (g, url) => {
  const api = g.browser ?? g.chrome;
  const [tab] = await api.tabs.query({ url });
  return g.declinePolitely.onActionClicked!(tab as never);
}, page.url);
