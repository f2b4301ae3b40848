// Finds compose windows without watching the page's mutations. Gmail and Outlook change their
// DOM tens of thousands of times a session; even an empty MutationObserver over the document
// costs them 15-20% more main-thread time (npm run bench). Instead, the elements worth a look
// (a new editor, a re-rendered toolbar) get a no-op CSS animation: the browser's style engine
// matches them as it styles them anyway, and its animationstart event brings each one to us.
// Nothing runs while the page mutates elsewhere, and no timer ever runs.
import type { HostFinder } from './hosts/host-adapter';

/** The no-op animation's name: unique enough never to meet one of the host's own. */
export const SEEN_ANIMATION = 'decline-politely-seen';

function seenStyle(watched: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.dataset.dpOwner = 'decline-politely';
  // An empty @keyframes still starts (and so announces) the animation. Editors and toolbars are
  // not animated by either host, so taking over their animation property hides nothing.
  style.textContent = `@keyframes ${SEEN_ANIMATION}{}:is(${watched}){animation:${SEEN_ANIMATION} 1ms!important}`;
  return style;
}

/** Calls `found` with each watched element as the browser first styles it (at once for those already there). */
export function watchComposes(adapter: HostFinder, found: (element: Element) => void, signal: AbortSignal): void {
  document.addEventListener('animationstart', (event) => {
    if (event.animationName === SEEN_ANIMATION && event.target instanceof Element) found(event.target);
  }, { capture: true, signal });
  const style = seenStyle(adapter.watched);
  (document.head ?? document.documentElement).append(style);
  signal.addEventListener('abort', () => style.remove(), { once: true });
  if (document.body) found(document.body);
}
