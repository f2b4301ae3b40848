// The panel acts only on the user's own input: a page script can see the open shadow root and
// dispatch clicks, keys, input and change events into it, but those are untrusted and do
// nothing. The one exception is a click the panel's own keyboard handler makes while handling a
// trusted key press.
let activating = false;

export const isUserEvent = (event: Event): boolean => event.isTrusted || activating;

/** Clicks `element` on behalf of the trusted key press being handled. */
export function activate(element: HTMLElement | undefined): void {
  if (!element) return;
  activating = true;
  try {
    element.click();
  } finally {
    activating = false;
  }
}
