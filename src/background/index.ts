// The MV3 service worker (a background script in Firefox). It keeps no state in memory: the
// browser may stop it at any moment, so everything it knows is read from storage per call.
import browser from '../shared/browser';
import { handleMessages, type BackgroundMessages } from '../shared/messages';
import { getLibrary } from './handlers/get-library';
import { onActionClicked } from './action';
import { listTemplates } from './handlers/list-templates';
import { saveTemplate } from './handlers/save-template';
import { deleteTemplate } from './handlers/delete-template';
import { restoreTemplate } from './handlers/restore-template';
import { getProfile } from './handlers/get-profile';
import { saveProfile } from './handlers/save-profile';
import { getSyncStatus } from './handlers/get-sync-status';
import { exportTemplates } from './handlers/export-templates';
import { previewImport } from './handlers/preview-import';
import { applyImport } from './handlers/apply-import';
import { getTeam } from './handlers/get-team';
import { store, watchSyncChanges } from '../shared/storage';

handleMessages<BackgroundMessages>({
  'library/get': getLibrary,
  'templates/list': listTemplates,
  'templates/save': saveTemplate,
  'templates/delete': deleteTemplate,
  'templates/restore': restoreTemplate,
  'profile/save': saveProfile,
  'sync/status': getSyncStatus,
  'transfer/export': exportTemplates,
  'transfer/preview': previewImport,
  'transfer/apply': applyImport,
  'team/get': getTeam,
  'profile/get': getProfile,
});

// Merge what other devices shared while this worker slept, and retry what was waiting.
watchSyncChanges();
void store.flush().catch((error: unknown) => console.warn('Decline Politely: sync failed', error));

browser.action.onClicked.addListener((tab) => void onActionClicked(tab));
browser.commands.onCommand.addListener(async (command, tab) => {
  if (command !== 'open-panel') return;
  const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (target) await onActionClicked(target);
});
// On install the options page opens on its welcome (name and standing policies); openOptionsPage
// cannot carry the #welcome that tells the page so.
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('options.html#welcome') });
});

// End-to-end tests cannot click the toolbar icon; they call the same function through the
// worker's global scope, which no web page or other extension can reach.
Object.assign(globalThis, { declinePolitely: { onActionClicked } });
