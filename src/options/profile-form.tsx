// Profile: who signs the drafts, how they usually write, and the standing policies the drafts cite.
import { PROFILE_LIMITS, type Profile } from '../core/profile';
import type { FormalityChoice, Gender, Variety } from '../core/types';
import { t } from '../shared/i18n';
import { PolicyFields } from './policy-fields';
import { LocaleField, ToneField } from './tone-locale-fields';
import { browserVariety, useProfileForm } from './use-profile-form';
import { profileWithTeam, type TeamDefaultKey, type TeamLibrary } from '../core/team';
import { Locked } from './locked';

export function ProfileForm({ stored, team }: { stored: Profile; team?: TeamLibrary | undefined }) {
  const form = useProfileForm(stored);
  const own = form.draft;
  // A setting the team locked shows the team's value, and cannot be changed here.
  const locked = (key: TeamDefaultKey): string | undefined => (team?.locked.includes(key) && team.defaults[key] !== undefined ? team.teamName : undefined);
  const p = team ? profileWithTeam(own, { ...team, defaults: Object.fromEntries(Object.entries(team.defaults).filter(([k]) => locked(k as TeamDefaultKey))) }) : own;
  const set = (change: Partial<Profile>) => form.change({ ...own, ...change });
  return (
    <section id="profile" class="card" aria-labelledby="op-profile-heading">
      <h2 id="op-profile-heading">{t('optionsProfileHeading')}</h2>
      <p class="intro">{t('optionsProfileIntro')}</p>
      <form data-testid="op-profile" noValidate onSubmit={(e) => { e.preventDefault(); void form.save(); }}>
        <div class="grid">
          <label class="field">{t('optionsMyName')}
            <input type="text" name="myName" autoComplete="name" maxLength={PROFILE_LIMITS.myName} value={p.myName}
              onInput={(e) => set({ myName: e.currentTarget.value })} />
          </label>
          <label class="field">{t('optionsMyGender')}
            <select name="myGender" value={p.myGender ?? ''}
              onChange={(e) => set({ myGender: (e.currentTarget.value || undefined) as Gender | undefined })}>
              <option value="">{t('optionsGenderNeutral')}</option>
              <option value="f">{t('optionsGenderF')}</option>
              <option value="m">{t('optionsGenderM')}</option>
            </select>
          </label>
          <Locked by={locked('signature')} wide>
            <label class="field wide">{t('optionsSignature')}
              <textarea name="signature" rows={3} maxLength={PROFILE_LIMITS.signature} value={p.signature}
                placeholder={t('optionsSignatureHint')} onInput={(e) => set({ signature: e.currentTarget.value })} />
            </label>
          </Locked>
          <Locked by={locked('tone')}><ToneField label={t('optionsDefaultTone')} value={p.tone} onChange={(tone) => set({ tone })} /></Locked>
          <Locked by={locked('locale')}><LocaleField label={t('optionsDefaultLocale')} value={p.locale} onChange={(locale) => set({ locale })} /></Locked>
          <Locked by={locked('formality')}>
            <label class="field">{t('optionsFormality')}
              <select name="formality" value={p.formality} onChange={(e) => set({ formality: e.currentTarget.value as FormalityChoice })}>
                <option value="match">{t('optionsFormalityMatch')}</option>
                <option value="formal">{t('optionsFormal')}</option>
                <option value="informal">{t('optionsInformal')}</option>
              </select>
            </label>
          </Locked>
          <Locked by={locked('variety')}>
            <label class="field">{t('optionsVariety')}
              <select name="variety" value={p.variety ?? browserVariety()} onChange={(e) => set({ variety: e.currentTarget.value as Variety })}>
                <option value="spain">{t('optionsVarietySpain')}</option>
                <option value="latam">{t('optionsVarietyLatam')}</option>
              </select>
            </label>
          </Locked>
          <label class="field wide check">
            <input type="checkbox" name="liveTone" data-testid="op-live-tone" checked={p.liveTone !== false}
              onChange={(e) => set({ liveTone: e.currentTarget.checked ? undefined : false })} />
            {t('optionsLiveTone')}
          </label>
        </div>
        <h3>{t('optionsPoliciesHeading')}</h3>
        <p class="note">{t('optionsPoliciesIntro')}</p>
        <Locked by={locked('policies')} wide>
          <PolicyFields policies={p.policies} onChange={(policies) => set({ policies })} />
        </Locked>
        <div class="actions">
          <button type="submit" class="primary" data-testid="op-profile-save">{t('optionsSaveProfile')}</button>
          <p role="status" class="ok">{form.status?.ok ? form.status.text : ''}</p>
          {form.status && !form.status.ok && <p role="alert" class="error">{form.status.text}</p>}
        </div>
      </form>
    </section>
  );
}
