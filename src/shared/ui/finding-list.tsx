// Tone findings as a list of buttons, each saying what is wrong and what to try instead; a click
// selects the words it is about (the caller decides which clicks count).
import type { Finding } from '../../core/types';
import { t } from '../i18n';

export interface FindingListProps {
  findings: readonly Finding[];
  /** `dp-finding` in the panel, `op-finding` on the options page. */
  testId: string;
  onSelect(finding: Finding, event: MouseEvent): void;
}

export function FindingList({ findings, testId, onSelect }: FindingListProps) {
  if (findings.length === 0) return <p class="note">{t('findingsNone')}</p>;
  return (
    <ul class="findings">
      {findings.map((f) => (
        <li key={`${f.ruleId}:${f.start}`}>
          <button type="button" class="finding" data-testid={testId} data-severity={f.severity} data-rule={f.ruleId}
            onClick={(e) => onSelect(f, e)}>
            <strong>{t(f.severity === 'warning' ? 'findingWarning' : 'findingInfo')}:</strong>{f.message}
            {f.suggestion ? ` ${t('findingSuggestion', f.suggestion)}` : ''}
          </button>
        </li>
      ))}
    </ul>
  );
}
