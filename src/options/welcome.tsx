// First run: the name to sign drafts with and the standing policies, in one short step that can
// be skipped (everything is in the profile below as well).
import { useEffect, useRef } from 'preact/hooks';
import { PROFILE_LIMITS, type Profile } from '../core/profile';
import { t } from '../shared/i18n';
import { PolicyFields } from './policy-fields';
import { useProfileForm } from './use-profile-form';

export function Welcome({ stored, onDone }: { stored: Profile; onDone(): void }) {
  const form = useProfileForm(stored);
  const name = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (location.hash === '#welcome') name.current?.focus();
  }, []);
  const p = form.draft;
  return (
    <section class="card welcome" data-testid="op-welcome" aria-labelledby="op-welcome-heading">
      <h2 id="op-welcome-heading">{t('optionsWelcomeHeading')}</h2>
      <p class="intro">{t('optionsWelcomeIntro')}</p>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void form.save().then((ok) => ok && onDone()); }}>
        <label class="field">{t('optionsMyName')}
          <input type="text" name="myName" ref={name} autoComplete="name" maxLength={PROFILE_LIMITS.myName} value={p.myName}
            onInput={(e) => form.change({ ...p, myName: e.currentTarget.value })} />
        </label>
        <h3>{t('optionsPoliciesHeading')}</h3>
        <p class="note">{t('optionsPoliciesIntro')}</p>
        <PolicyFields policies={p.policies} onChange={(policies) => form.change({ ...p, policies })} />
        {form.status && !form.status.ok && <p role="alert" class="error">{form.status.text}</p>}
        <div class="actions">
          <button type="submit" class="primary" data-testid="op-welcome-save">{t('optionsWelcomeSave')}</button>
          <button type="button" data-testid="op-welcome-dismiss" onClick={onDone}>{t('optionsWelcomeSkip')}</button>
        </div>
        <p class="note">{t('optionsWelcomeHowTo')}</p>
      </form>
    </section>
  );
}
