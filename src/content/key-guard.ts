// Gmail's one-key shortcuts ("c" composes, "#" deletes) listen on window and document, some in
// the capture phase, so they hear keys before our panel's shadow host does, and they see the
// host (a plain div) as the target, not the input inside it. This guard is registered at
// document_start, before any page script, so it runs first: keys typed in the panel stop here
// and go to the panel's own handler. Default actions (typing, Tab, Enter on a button) still happen.
export type KeyHandler = (event: KeyboardEvent) => void;

export interface KeyGuard {
  /** Routes the keys typed inside `host` to `onKey` (and nowhere else) until the returned function runs. */
  claim(host: Element, onKey: KeyHandler): () => void;
}

export function installKeyGuard(signal: AbortSignal): KeyGuard {
  let owner: { host: Element; onKey: KeyHandler } | undefined;
  const listener = (event: Event): void => {
    if (!owner || !event.composedPath().includes(owner.host)) return;
    event.stopImmediatePropagation();
    if (event.type === 'keydown') owner.onKey(event as KeyboardEvent);
  };
  for (const type of ['keydown', 'keypress', 'keyup']) window.addEventListener(type, listener, { capture: true, signal });
  return {
    claim(host, onKey) {
      const mine = { host, onKey };
      owner = mine;
      return () => {
        if (owner === mine) owner = undefined;
      };
    },
  };
}
