// Always loaded on the mail sites, so it stays tiny and idle: one MutationObserver that looks
// only at added elements, one button per compose window, and the panel chunk loaded only when
// the user asks for it. Everything stops through one AbortSignal when the extension is
// updated, disabled or replaced by a newer copy of this script.
import browser from '../shared/browser';
import { hostKindOf } from '../shared/mail-hosts';
import { handleMessages, type ContentMessages, type DraftPayload } from '../shared/messages';
import { ComposeRegistry } from './compose-registry';
import type { ComposeTarget } from './compose-target';
import type { HostFinder } from './hosts/host-adapter';
import { gmail } from './hosts/gmail/adapter';
import { outlook } from './hosts/outlook/adapter';
import { loadChunk } from './load-chunk';
import { installKeyGuard, type KeyGuard } from './key-guard';

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

function watch(adapter: HostFinder, registry: ComposeRegistry, stop: () => void, signal: AbortSignal): void {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        const element = node as Element;
        if (!element.matches(adapter.watched) && !(element.firstElementChild && element.querySelector(adapter.watched))) continue;
        if (!contextAlive()) return stop();
        scanQuietly(registry, element);
      }
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  if (document.body) scanQuietly(registry, document.body);
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
  const adapter = kind === 'gmail' ? gmail : outlook;
  const stop = (): void => controller.abort();
  const keys = installKeyGuard(signal);
  const registry = new ComposeRegistry(adapter, owner, (target) => openPanel(target, keys, stop));
  signal.addEventListener('abort', () => {
    registry.clear();
    document.querySelector('[data-testid="dp-panel"]')?.remove();
  }, { once: true });

  document.dispatchEvent(new CustomEvent(TAKEOVER, { detail: owner }));
  // The page can dispatch this event too: only a copy whose extension context is gone (the one
  // an update left behind) steps down, so a forged announcement cannot switch us off.
  document.addEventListener(TAKEOVER, (event) => {
    if ((event as CustomEvent).detail !== owner && !contextAlive()) stop();
  }, { signal });
  global[INSTANCE] = { alive: () => !signal.aborted && contextAlive(), stop };

  handleMessages<ContentMessages>({
    'content/ping': () => ({ host: kind, composeCount: registry.size() }),
    'panel/open': () => {
      const target = registry.current() ?? null;
      openPanel(target, keys, stop);
      return { mode: target ? 'compose' : 'copy' };
    },
    'compose/insert': async (req) => {
      const { composeId, html, text } = validInsert(req);
      const target = registry.target(composeId);
      if (!target) return { inserted: false, error: browser.i18n.getMessage('insertErrorClosed') || 'The reply window was closed.' };
      return target.insert({ html, text });
    },
  }, signal);

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => watch(adapter, registry, stop, signal), { once: true, signal });
  } else watch(adapter, registry, stop, signal);
}

try {
  start();
} catch (error) {
  console.debug('[Decline politely] not started:', error);
}
