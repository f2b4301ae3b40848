// Always loaded on the mail sites, so it stays tiny and idle: compose windows announced by the
// browser's style engine (watch-composes.ts), one button per compose window, and the panel
// chunk loaded only when the user asks for it. Everything stops through one AbortSignal when
// the extension is updated, disabled or replaced by a newer copy of this script.
import browser from '../shared/browser';
import { hostKindOf } from '../shared/mail-hosts';
import { handleMessages, type ContentMessages, type DraftPayload, type TestContentMessages } from '../shared/messages';
import { ComposeRegistry } from './compose-registry';
import type { ComposeTarget } from './compose-target';
import { FINDERS } from './hosts/finders';
import { ours } from './our-elements';
import { loadChunk } from './load-chunk';
import { installKeyGuard, type KeyGuard } from './key-guard';
import { startToneCheck } from './tone-marks/start-tone-check';
import { watchEditorFocus } from './watch-editor-focus';
import { watchComposes } from './watch-composes';
import { watchMenuTarget } from './menu-target';

// A newer instance (after an extension update, or injected again) announces itself; older
// ones, whose context the update invalidated, step down and take their buttons with them.
// Only the newest acts, so no ping-pong.
const TAKEOVER = 'decline-politely:takeover';
const INSTANCE = Symbol.for('decline-politely.instance');

type Instance = { alive(): boolean; stop(): void };
type Global = typeof globalThis & { [INSTANCE]?: Instance };

/** False once the extension was updated or disabled under us ("Extension context invalidated"). */
function contextAlive(): boolean {
  try {
    return typeof browser.runtime.id === 'string';
  } catch {
    return false;
  }
}

function openPanel(target: ComposeTarget | null, keys: KeyGuard, stop: () => void): void {
  if (!contextAlive()) return stop();
  loadChunk().then((chunk) => chunk.openPanel(target, keys), (error: unknown) => {
    console.debug('[Decline politely] the panel could not load:', error);
  });
}

/** A host page we no longer understand must not see our errors: log once, keep going. */
let logged = false;
function scanQuietly(registry: ComposeRegistry, element: Element): void {
  try {
    registry.scan(element);
  } catch (error) {
    if (!logged) console.debug('[Decline politely] could not read a compose window:', error);
    logged = true;
  }
}

function validInsert(req: DraftPayload): DraftPayload {
  if (typeof req?.composeId !== 'string' || typeof req.html !== 'string' || typeof req.text !== 'string') {
    throw new Error('compose/insert: expected { composeId, html, text } strings');
  }
  return req;
}

function start(): void {
  const kind = hostKindOf(location.href);
  if (!kind) return;
  const global = globalThis as Global;
  if (global[INSTANCE]?.alive()) return; // injected twice into the same world: the first one works on
  global[INSTANCE]?.stop();

  const controller = new AbortController();
  const { signal } = controller;
  const owner = `dp${Math.random().toString(36).slice(2, 10)}`;
  const adapter = FINDERS[kind];
  const stop = (): void => controller.abort();
  const keys = installKeyGuard(signal);
  const registry = new ComposeRegistry(adapter, owner, (target) => openPanel(target, keys, stop));
  signal.addEventListener('abort', () => {
    registry.clear();
    document.querySelector(ours('panel'))?.remove();
  }, { once: true });

  document.dispatchEvent(new CustomEvent(TAKEOVER, { detail: owner }));
  // The page can dispatch this event too: only a copy whose extension context is gone (the one
  // an update left behind) steps down, so a forged announcement cannot switch us off.
  document.addEventListener(TAKEOVER, (event) => {
    if ((event as CustomEvent).detail !== owner && !contextAlive()) stop();
  }, { signal });
  global[INSTANCE] = { alive: () => !signal.aborted && contextAlive(), stop };

  const menu = watchMenuTarget(registry, signal);
  handleMessages<ContentMessages & TestContentMessages>({
    'panel/open': () => {
      const target = registry.current() ?? null;
      openPanel(target, keys, stop);
      return { mode: target ? 'compose' : 'copy' };
    },
    'compose/insert': async (req) => {
      const { composeId, html, text } = validInsert(req);
      const pending = registry.insertAtTop(composeId, { html, text });
      const result = pending ? await pending : { inserted: false, error: browser.i18n.getMessage('insertErrorClosed') || 'The reply window was closed.' };
      if (req.notify === true) menu.notify(result, Boolean(pending));
      return result;
    },
    'menu/target': () => menu.target(),
    ...(__TEST_BUILD__ ? { 'content/ping': () => ({ host: kind, composeCount: registry.size() }) } : {}),
  }, signal);

  watchEditorFocus(adapter, signal, startToneCheck(kind, signal), menu.reportFocused);
  const watch = () => watchComposes(adapter, (element) => {
    if (contextAlive()) scanQuietly(registry, element);
    else stop();
  }, signal);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch, { once: true, signal });
  else watch();
}

try {
  start();
} catch (error) {
  console.debug('[Decline politely] not started:', error);
}
