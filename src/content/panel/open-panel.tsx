// Opens the panel beside a compose window (or, with no compose window, in copy mode): asks the
// worker once for the library, then renders, lints and previews locally. One panel at a time.
import { render } from 'preact';
import { compileRules } from '../../core/tone/compile';
import type { PanelLibrary } from '../../shared/messages';
import { fetchLibrary, keptLibrary } from './library-cache';
import { onLibraryChanged, readLibrary } from '../../shared/storage/subscribe';
import { onTeamPolicyChanged } from '../../shared/storage/managed';
import { sendToBackground } from '../../shared/messages';
import { withTeam } from './with-team';
import type { ComposeFacts, ComposeTarget } from '../compose-target';
import type { KeyGuard } from '../key-guard';
import { copyText } from './copy-text';
import { dockBeside } from './dock';
import { t } from '../../shared/i18n';
import { panelKeys } from './keyboard';
import { PanelApp } from './panel-app';
import { hostBox, PANEL_CSS } from './panel-style';
import { pageTheme } from './page-theme';
import { showToast } from './toast';
import { createOurElement } from '../our-elements';

let closeOpen: (() => void) | undefined;

/**
 * The pointer reached the button (or it took focus): read the compose window, fetch the library
 * and compile the likely language's tone rules now, so the click finds them ready.
 */
export async function preparePanel(target: ComposeTarget): Promise<void> {
  const facts = await target.readFacts().catch(() => null);
  const library = await (keptLibrary(facts?.answeredText) ?? fetchLibrary(facts?.answeredText));
  compileRules(library.rules[library.detected ?? library.snapshot.profile.locale]);
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function openPanel(target: ComposeTarget | null, keys?: KeyGuard): Promise<void> {
  performance.mark('dp:open:start');
  closeOpen?.();
  const controller = new AbortController();
  const { host, shadow } = createOurElement('panel', PANEL_CSS);
  const box = document.createElement('style');
  const mount = document.createElement('div');
  mount.style.height = '100%';
  shadow.append(box, mount);

  const place = () => {
    box.textContent = hostBox(dockBeside(target?.root ?? null));
  };
  place();
  document.documentElement.append(host);
  addEventListener('resize', place, { signal: controller.signal });

  const close = (refocus = true) => {
    if (controller.signal.aborted) return;
    controller.abort();
    render(null, mount);
    host.remove();
    if (closeOpen === closeThis) closeOpen = undefined;
    if (refocus) target?.focusEditor();
  };
  const closeThis = () => close(false);
  closeOpen = closeThis;
  const release = keys?.claim(host, panelKeys(shadow, () => close()));
  if (release) controller.signal.addEventListener('abort', release, { once: true });

  const theme = pageTheme(target?.root ?? document.body);
  render(<section class="panel" data-theme={theme}><p class="empty">{t('loadingLibrary')}</p></section>, mount);

  let facts: ComposeFacts | null = null;
  let library: PanelLibrary;
  try {
    facts = target ? await target.readFacts().catch(() => null) : null;
    const kept = keptLibrary(facts?.answeredText);
    library = await (kept ?? fetchLibrary(facts?.answeredText));
    // What the worker said last time may predate a change to the templates or the profile made
    // while no panel was open: the local copy, read in a few milliseconds, is the current one.
    const snapshot = kept ? await readLibrary() : undefined;
    if (snapshot) library = { ...library, snapshot };
  } catch (error) {
    render(<section class="panel" data-theme={theme}><p role="alert">{t('libraryFailed', messageOf(error))}</p></section>, mount);
    return;
  }
  if (controller.signal.aborted) return;

  const insert = async (draft: { html: string; text: string }): Promise<string | undefined> => {
    if (!target) return t('copyModeNote');
    performance.mark('dp:insert:start');
    // Straight into the compose window: a round trip through the worker would wait for its cold
    // start whenever the user spent longer in the panel than the browser keeps an idle worker.
    const result = await target.insert(draft).catch((error: unknown) => ({ inserted: false, error: messageOf(error) }));
    performance.mark('dp:insert:end');
    if (!result.inserted) return result.error ?? t('insertErrorRejected');
    close();
    showToast(t('insertedToast'));
    return undefined;
  };

  const show = (current: PanelLibrary) => render(
    <PanelApp library={withTeam(current)} facts={facts} canInsert={Boolean(target)} theme={theme}
      onInsert={insert} onCopy={(text) => copyText(text, shadow)} onClose={() => close()} />, mount);
  show(library);
  // Templates and profile edited elsewhere (the options page, another device) update the open panel.
  onLibraryChanged((snapshot) => show(library = { ...library, snapshot }), controller.signal);
  // The organisation changed its policy while the browser runs: the team library follows.
  onTeamPolicyChanged(() => void sendToBackground('team/get', {}).then(({ team }) => {
    if (!controller.signal.aborted) show(library = { ...library, team });
  }).catch((error: unknown) => console.warn('Decline Politely: team policy', error)), controller.signal);
  performance.mark('dp:open:interactive');
  (shadow.querySelector<HTMLElement>('[data-nav="item"][tabindex="0"]') ?? shadow.querySelector<HTMLElement>('[data-nav="filter"]'))?.focus();
}

