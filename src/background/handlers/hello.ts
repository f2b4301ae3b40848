import browser from '../../shared/browser';

/** The content script's first call when a compose window appears: proves the worker is there. */
export async function hello({ host }: { host: string }): Promise<{ version: string }> {
  if (typeof host !== 'string' || host.length > 200) throw new Error('hello: "host" must be a short string');
  return { version: browser.runtime.getManifest().version };
}
