// The panel's library, kept for the page's life. Built-in drafts and tone rules ship with the
// extension and never change under a page, and the rule tables compile once per rules object
// (core/tone/compile.ts), which costs tens of milliseconds: so the first ones the worker sent are
// kept. A panel opened for the same message again (or just after the pointer reached the button)
// shows at once what the worker said: the suggestions depend on the message alone, and the
// templates and profile are read afresh from the local copy (open-panel.tsx).
import { sendToBackground, type PanelLibrary } from '../../shared/messages';

let kept: { answeredText: string | undefined; library: Promise<PanelLibrary> } | undefined;
let tables: Pick<PanelLibrary, 'drafts' | 'rules'> | undefined;

/** Asks the worker, keeping the drafts and rules objects already held so their compiled tables are reused. */
export function fetchLibrary(answeredText: string | undefined): Promise<PanelLibrary> {
  const library = sendToBackground('library/get', { answeredText }).then((fresh) => {
    tables ??= { drafts: fresh.drafts, rules: fresh.rules };
    return { ...fresh, ...tables };
  });
  kept = { answeredText, library };
  library.catch(() => {
    if (kept?.library === library) kept = undefined;
  });
  return library;
}

/** What the worker said (or is saying) for this same message, if it was asked. */
export function keptLibrary(answeredText: string | undefined): Promise<PanelLibrary> | undefined {
  return kept && kept.answeredText === answeredText ? kept.library : undefined;
}
