// Tone, language, form of address, the two switches and the alternative: everything that
// reshapes the draft without typing.
import { ALTERNATIVE_LABELS } from '../../core/alternatives';
import { reasonById } from '../../core/reasons';
import { LOCALES, TONES, type AlternativeId, type Locale } from '../../core/types';
import type { Choice } from './choice';
import { t } from '../../shared/i18n';
import { LOCALE_LABEL_KEYS, TONE_LABEL_KEYS } from '../../shared/label-keys';
import { LOCALE_TRAITS } from '../../core/locale-traits';
import { isUserEvent } from './trust';


export interface DraftOptionsProps {
  choice: Choice;
  alternative?: AlternativeId;
  detected?: Locale;
  labelLocale: Locale;
  /** A personal template keeps its own language and tone. */
  fixed: boolean;
  /** The team whose policy set the starting tone or language, when it locked them. */
  setBy?: Partial<Record<'tone' | 'locale', string>>;
  onChange(change: Partial<Choice>): void;
}

export function DraftOptions({ choice, alternative, detected, labelLocale, fixed, setBy = {}, onChange }: DraftOptionsProps) {
  const reason = choice.reason ? reasonById(choice.reason) : undefined;
  const ethics = reason?.id === 'disrespect-or-ethics';
  return (
    <div>
      <h3 id="dp-tone-label">{t('toneLabel')}{setBy.tone && <span class="badge" data-testid="dp-team-set">{t('teamLocked', setBy.tone)}</span>}</h3>
      <div class="tones" role="radiogroup" aria-labelledby="dp-tone-label">
        {TONES.map((tone) => (
          <button type="button" role="radio" key={tone} data-testid="dp-tone" data-tone={tone} data-nav="tone" disabled={fixed}
            aria-checked={choice.tone === tone ? 'true' : 'false'} tabIndex={choice.tone === tone ? 0 : -1}
            onClick={(e) => isUserEvent(e) && onChange({ tone })}>{t(TONE_LABEL_KEYS[tone])}</button>
        ))}
      </div>
      <div class="row">
        <label class="field">{t('languageLabel')}{setBy.locale && <span class="badge" data-testid="dp-team-set">{t('teamLocked', setBy.locale)}</span>}
          <select data-testid="dp-locale" value={choice.locale} disabled={fixed}
            onChange={(e) => isUserEvent(e) && onChange({ locale: e.currentTarget.value as Locale })}>
            {LOCALES.map((locale) => (
              <option key={locale} value={locale}>{t(LOCALE_LABEL_KEYS[locale])}{locale === detected ? ` (${t('languageDetected')})` : ''}</option>
            ))}
          </select>
        </label>
        {reason && (
          <label class="field">{t('alternativeLabel')}
            <select data-testid="dp-alternative" value={alternative} disabled={fixed}
              onChange={(e) => isUserEvent(e) && onChange({ alternative: e.currentTarget.value as AlternativeId })}>
              {reason.alternatives.map((id) => <option key={id} value={id}>{ALTERNATIVE_LABELS[id][labelLocale]}</option>)}
            </select>
          </label>
        )}
      </div>
      <div class="switches">
        {LOCALE_TRAITS[choice.locale].formalAddress && (
          <label class="check"><input type="checkbox" data-testid="dp-formality" checked={choice.formality === 'informal'} disabled={fixed}
            onChange={(e) => isUserEvent(e) && onChange({ formality: e.currentTarget.checked ? 'informal' : 'formal' })} />{t('informal')}</label>
        )}
        <label class="check"><input type="checkbox" data-testid="dp-explain" checked={choice.includeReason} disabled={fixed}
          onChange={(e) => isUserEvent(e) && onChange({ includeReason: e.currentTarget.checked })} />{t('explainReason')}</label>
        <label class="check" title={ethics ? t('doorClosedForEthics') : undefined}>
          <input type="checkbox" data-testid="dp-door" checked={choice.keepDoorOpen && !ethics} disabled={fixed || ethics}
            onChange={(e) => isUserEvent(e) && onChange({ keepDoorOpen: e.currentTarget.checked })} />{t('keepDoorOpen')}</label>
      </div>
    </div>
  );
}
