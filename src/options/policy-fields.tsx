// The standing policies (docs/design.md section 2: decided once, cited in drafts), for the welcome and the profile.
import { PROFILE_LIMITS, type Policies } from '../core/profile';
import { t } from '../shared/i18n';

export const POLICY_FIELDS: { key: keyof Policies; label: string; hint: string }[] = [
  { key: 'revisions', label: 'optionsPolicyRevisions', hint: 'optionsPolicyRevisionsHint' },
  { key: 'workingHours', label: 'optionsPolicyWorkingHours', hint: 'optionsPolicyWorkingHoursHint' },
  { key: 'paymentTerms', label: 'optionsPolicyPaymentTerms', hint: 'optionsPolicyPaymentTermsHint' },
  { key: 'rate', label: 'optionsPolicyRate', hint: 'optionsPolicyRateHint' },
  { key: 'boundaries', label: 'optionsPolicyBoundaries', hint: 'optionsPolicyBoundariesHint' },
];

export function PolicyFields({ policies, onChange }: { policies: Policies; onChange(policies: Policies): void }) {
  return (
    <div class="grid policies">
      {POLICY_FIELDS.map(({ key, label, hint }) => (
        <label class="field" key={key}>{t(label)}
          <input type="text" name={key} maxLength={PROFILE_LIMITS.policy} value={policies[key]} placeholder={t(hint)}
            onInput={(e) => onChange({ ...policies, [key]: e.currentTarget.value })} />
        </label>
      ))}
    </div>
  );
}
