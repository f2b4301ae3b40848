// The one typed message map, and the only module that sends or receives extension messages.
// Handlers are plain async functions; every reply travels in an envelope so an error thrown
// in the worker reaches the caller as an Error with the same message.
import browser, { type Runtime } from './browser';
import type { Formality, Locale } from '../core/types';
import type { HostKind } from './mail-hosts';
import type { Profile } from '../core/profile';
import type { TemplateContent, TemplateRecord } from '../core/templates/types';
import type { LibrarySnapshot } from './storage/mirror';
import type { SyncStatus } from './storage/status';
import type { DraftLibrary } from '../core/drafts/library';
import type { ToneRules } from '../core/tone/rule-types';
import type { ReasonSuggestion } from '../core/types';
import type { TransferFile } from '../core/templates/transfer-file';
import type { ImportMode, ImportPlanSummary } from '../core/templates/import-plan';
import type { TeamLibrary, TeamState } from '../core/team';

/** What the panel renders and lints with, handed over once when it opens. */
export interface PanelLibrary {
  drafts: DraftLibrary;
  rules: Readonly<Record<Locale, ToneRules>>;
  snapshot: LibrarySnapshot;
  /** The language of the message being answered, when sure. */
  detected?: Locale;
  /** How the client addresses the user (tú/usted, tu/Lei), when sure. */
  formality?: Formality;
  /** Reasons the client's message points to, best first. */
  suggestions: ReasonSuggestion[];
  /** The organisation's team library, when its policy is valid. */
  team?: TeamLibrary;
}

/** A draft on its way into a compose window: sanitized HTML and the same text for plain-text mode. */
export interface DraftPayload {
  /** The compose window, as ComposeTarget.id names it. */
  composeId: string;
  html: string;
  text: string;
}

export interface InsertResult {
  inserted: boolean;
  /** A message the user can act on when nothing was inserted. */
  error?: string;
}

/** An import file as read by the options page, and how to import it. */
export interface ImportRequest {
  /** The file's text. */
  json: string;
  mode: ImportMode;
  /** Language of the message when the file is refused. */
  uiLocale?: Locale;
}

export type BackgroundMessages = {
  /** The panel opens: drafts, tone rules, templates, profile, and what the client's message suggests. */
  'library/get': (req: { answeredText?: string }) => PanelLibrary;
  /** Personal templates (name order), the profile, and which ids are kept on this device only. */
  'templates/list': (req: Record<string, never>) => LibrarySnapshot;
  /** Creates (no id) or edits a template; an invalid one is refused with "Line 3, column 16: …". */
  'templates/save': (req: { id?: string; template: TemplateContent; uiLocale?: Locale }) => TemplateRecord;
  /** Deletes on every device; the deleted template comes back for undo. */
  'templates/delete': (req: { id: string }) => { deleted: TemplateRecord };
  /** Undo of a deletion made on this device: the template returns under a new id. */
  'templates/restore': (req: { id: string }) => TemplateRecord;
  'profile/save': (req: { profile: Profile }) => Profile;
  /** storage.sync space used, templates kept on this device only and why, conflict copies. */
  'sync/status': (req: Record<string, never>) => SyncStatus;
  /** This device's templates and profile as an export file (what the local mirror holds, even when sync had problems). */
  'transfer/export': (req: Record<string, never>) => TransferFile;
  /** What importing the file would add, change, skip or remove; changes nothing. A bad file is an Error with a clear message. */
  'transfer/preview': (req: ImportRequest) => ImportPlanSummary;
  /** Imports the file, planned again against the templates here now, in one write; returns what it did. */
  'transfer/apply': (req: ImportRequest) => ImportPlanSummary;
  /** The team library from the organisation's browser policy, or the first problem that made it ignored. */
  'team/get': (req: { uiLocale?: Locale }) => TeamState;
  /** The profile as the worker reads it: the live tone check's language, tone and switch. */
  'profile/get': (req: Record<string, never>) => Profile;
};

export type ContentMessages = {
  /** Toolbar icon or shortcut: open the panel for the focused (or last opened) compose window. */
  'panel/open': (req: Record<string, never>) => { mode: 'compose' | 'copy' };
  /**
   * Inserts a draft into one compose window of this frame, from outside the content script: the
   * right-click menu's way in (end-to-end tests send it until the menu does).
   */
  'compose/insert': (req: DraftPayload) => InsertResult;
};

// Asked only by end-to-end tests, so answered only in the build they load (__TEST_BUILD__).
export type TestContentMessages = {
  /** Whether the content script of a tab is alive, on which host, and how many compose windows it knows. */
  'content/ping': (req: Record<string, never>) => { host: HostKind; composeCount: number };
};

type AnyMap = Record<string, (req: never) => unknown>;
type Request<M extends AnyMap, K extends keyof M> = Parameters<M[K]>[0];
type Reply<M extends AnyMap, K extends keyof M> = Awaited<ReturnType<M[K]>>;
type Envelope = { dp: 1; type: string; req: unknown };
type Answer = { ok: true; value: unknown } | { ok: false; error: string };

export type Handlers<M extends AnyMap> = {
  [K in keyof M]?: (req: Request<M, K>, sender: Runtime.MessageSender) => Promise<Reply<M, K>> | Reply<M, K>;
};

const isEnvelope = (message: unknown): message is Envelope =>
  typeof message === 'object' && message !== null && (message as Envelope).dp === 1 &&
  typeof (message as Envelope).type === 'string';

function unwrap(answer: unknown, type: string): unknown {
  const a = answer as Answer | undefined;
  if (!a || typeof a !== 'object') throw new Error(`No answer to "${type}"`);
  if (!a.ok) throw new Error(a.error);
  return a.value;
}

export async function sendToBackground<K extends keyof BackgroundMessages>(
  type: K, req: Request<BackgroundMessages, K>,
): Promise<Reply<BackgroundMessages, K>> {
  const answer: unknown = await browser.runtime.sendMessage({ dp: 1, type, req } satisfies Envelope);
  return unwrap(answer, type) as Reply<BackgroundMessages, K>;
}

export async function sendToTab<K extends keyof ContentMessages>(
  tabId: number, type: K, req: Request<ContentMessages, K>, frameId = 0,
): Promise<Reply<ContentMessages, K>> {
  const answer: unknown = await browser.tabs.sendMessage(tabId, { dp: 1, type, req } satisfies Envelope, { frameId });
  return unwrap(answer, type) as Reply<ContentMessages, K>;
}

/**
 * Registers handlers for one side of the map. Messages from anything but this extension
 * are ignored (web pages cannot reach runtime.onMessage, but other extensions could try).
 */
export function handleMessages<M extends AnyMap>(handlers: Handlers<M>, signal?: AbortSignal): void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<Answer> | undefined => {
    if (!isEnvelope(message) || sender.id !== browser.runtime.id) return undefined;
    const handler = handlers[message.type as keyof M];
    if (!handler) return undefined;
    return (async (): Promise<Answer> => {
      try {
        return { ok: true, value: await handler(message.req as never, sender) };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    })();
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
