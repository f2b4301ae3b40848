// The tone and language pickers, the same in the profile (usual ones) and a template (its own).
import { LOCALES, TONES, type Locale, type Tone } from '../core/types';
import { localeLabel, toneLabel } from './labels';

interface ChoiceProps<T extends string> {
  label: string;
  value: T;
  onChange(value: T): void;
}

function ChoiceField<T extends string>({ name, choices, text, label, value, onChange }: ChoiceProps<T> & { name: string; choices: readonly T[]; text(value: T): string }) {
  return (
    <label class="field">{label}
      <select name={name} value={value} onChange={(e) => onChange(e.currentTarget.value as T)}>
        {choices.map((c) => <option key={c} value={c}>{text(c)}</option>)}
      </select>
    </label>
  );
}

export const ToneField = (props: ChoiceProps<Tone>) => <ChoiceField name="tone" choices={TONES} text={toneLabel} {...props} />;
export const LocaleField = (props: ChoiceProps<Locale>) => <ChoiceField name="locale" choices={LOCALES} text={localeLabel} {...props} />;
