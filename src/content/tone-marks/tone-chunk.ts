// The lazily loaded tone check (dist/*/tone.js): one ToneSession per focused compose editor, on
// while the profile's "Check my tone while I write" is on and the user has not switched it off
// for that message.
import { DEFAULT_PROFILE, type Profile } from '../../core/profile';
import { sendToBackground } from '../../shared/messages';
import { onLibraryChanged, readLibrary } from '../../shared/storage/subscribe';
import { ToneSession, type ToneTarget } from './tone-session';

export interface ToneRequest extends ToneTarget {
  /** Aborted when this copy of the content script steps down. */
  signal: AbortSignal;
}

const sessions = new Map<HTMLElement, ToneSession>();
const switchedOff = new WeakSet<HTMLElement>();
let profile: Profile = DEFAULT_PROFILE;
let profileRead: Promise<void> | undefined;

function readProfile(signal: AbortSignal): Promise<void> {
  profileRead ??= (async () => {
    profile = (await readLibrary())?.profile ?? await sendToBackground('profile/get', {});
    onLibraryChanged((snapshot) => {
      profile = snapshot.profile;
      if (profile.liveTone === false) stopAll();
    }, signal);
  })().catch((error: unknown) => {
    profileRead = undefined;
    console.debug('[Decline politely] the profile could not be read; checking with the defaults:', error);
  });
  return profileRead;
}

function stopAll(): void {
  for (const session of sessions.values()) session.stop();
  sessions.clear();
}

function prune(): void {
  for (const [editor, session] of sessions) if (session.stopped || !editor.isConnected) sessions.delete(editor);
}

export async function checkTone(request: ToneRequest): Promise<void> {
  const { editor, signal } = request;
  await readProfile(signal);
  prune();
  if (signal.aborted || profile.liveTone === false || switchedOff.has(editor) || sessions.has(editor)) return;
  const session = new ToneSession(request, () => ({ locale: profile.locale, tone: profile.tone }), () => {
    switchedOff.add(editor);
    sessions.get(editor)?.stop();
    sessions.delete(editor);
  });
  sessions.set(editor, session);
  signal.addEventListener('abort', stopAll, { once: true });
}
