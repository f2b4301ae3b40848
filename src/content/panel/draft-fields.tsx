// Input fields for the values this draft uses, and no others, prefilled from the page and profile.
import { RECOMMENDED_FIELDS } from '../../core/alternatives';
import type { DraftVars, VarName } from '../../core/types';
import { t } from '../../shared/i18n';
import { isUserEvent } from './trust';

const MAX = 300;

export function DraftFields({ fields, values, onType }: { fields: readonly VarName[]; values: DraftVars; onType(name: VarName, value: string): void }) {
  return (
    <div>
      {fields.map((name) => {
        const hint = t(`hint${name}`);
        const value = (values[name] as string | undefined) ?? '';
        // Left empty, the draft falls back to a vague "these terms": the note says why to fill it.
        const recommended = RECOMMENDED_FIELDS.has(name) && value.trim() === '';
        const noteId = `dp-recommended-${name}`;
        return (
          <label class="field" key={name}>{t(`field${name}`)}
            <input type="text" data-testid="dp-field" data-var={name} maxLength={MAX} value={value}
              placeholder={hint.startsWith('hint') ? undefined : hint} onInput={(e) => isUserEvent(e) && onType(name, e.currentTarget.value)}
              data-recommended={recommended ? 'true' : undefined} aria-describedby={recommended ? noteId : undefined} />
            {recommended && <span class="recommended" id={noteId}>{t('fieldRecommended')}</span>}
          </label>
        );
      })}
    </div>
  );
}
