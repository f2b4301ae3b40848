// Whether the options page greets the user: on install the worker opens it with #welcome, and
// until a name is set a visit without the hash greets too, unless the user closed the welcome.
const DISMISSED_KEY = 'dp:welcome-dismissed';

export function welcomeWanted({ hash, myName, dismissed }: { hash: string; myName: string; dismissed: boolean }): boolean {
  if (dismissed) return false;
  return hash === '#welcome' || myName.trim() === '';
}

// The page's own localStorage: a per-browser flag the other devices need not share.
export const welcomeDismissed = (): boolean => localStorage.getItem(DISMISSED_KEY) === '1';

export function dismissWelcome(): void {
  localStorage.setItem(DISMISSED_KEY, '1');
  if (location.hash === '#welcome') history.replaceState(null, '', location.pathname + location.search);
}
