// A profile being edited: it follows the stored one (saved here or on another device) until the
// user starts typing, and saves the whole of it.
import { useEffect, useState } from 'preact/hooks';
import type { Profile } from '../core/profile';
import { spanishVarietyFor } from '../core/spanish-variety';
import type { Variety } from '../core/types';
import { browserLanguages, t } from '../shared/i18n';
import { sendToBackground } from '../shared/messages';

/** The Spanish variety a profile without one shows, and gets when it is saved: the browser's. */
export const browserVariety = (): Variety => spanishVarietyFor(browserLanguages());

export function useProfileForm(stored: Profile) {
  const [draft, setDraft] = useState(stored);
  const [touched, setTouched] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!touched) setDraft(stored);
  }, [stored]);
  return {
    draft,
    status,
    change(next: Profile) {
      setDraft(next);
      setTouched(true);
      setStatus(undefined);
    },
    async save(profile: Profile = draft): Promise<boolean> {
      // The button stays enabled (a disabled one drops the keyboard focus): a second press waits here.
      if (busy) return false;
      setBusy(true);
      try {
        // The first save fixes the variety the form showed, so a device in another language keeps it.
        setDraft(await sendToBackground('profile/save', { profile: { ...profile, variety: profile.variety ?? browserVariety() } }));
        setTouched(false);
        setStatus({ ok: true, text: t('optionsProfileSaved') });
        return true;
      } catch (e) {
        // The form keeps what was typed; the message says what to change.
        setStatus({ ok: false, text: e instanceof Error ? e.message : String(e) });
        return false;
      } finally {
        setBusy(false);
      }
    },
  };
}
