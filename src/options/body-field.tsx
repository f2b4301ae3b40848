// The template's text: buttons that insert each variable at the caret, the textarea, and every
// broken variable listed with its line and column.
import type { RefObject } from 'preact';
import { describeIssue, type TemplateIssue } from '../core/templates/validate';
import { TEMPLATE_LIMITS, TEMPLATE_VARS } from '../core/templates/types';
import { t } from '../shared/i18n';
import { formatNumber, uiLocale } from './labels';

export interface BodyFieldProps {
  body: string;
  issues: readonly TemplateIssue[];
  area: RefObject<HTMLTextAreaElement>;
  onBody(body: string): void;
}

export function BodyField({ body, issues, area, onBody }: BodyFieldProps) {
  const insert = (name: string) => {
    const el = area.current;
    const marker = `{{${name}}}`;
    const start = el?.selectionStart ?? body.length;
    const end = el?.selectionEnd ?? body.length;
    onBody(body.slice(0, start) + marker + body.slice(end));
    // After the new text is on screen, the caret goes just past the variable.
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + marker.length, start + marker.length);
    });
  };
  return (
    <div class="body-field">
      <label for="op-body">{t('optionsBodyLabel')}</label>
      <div class="vars" role="group" aria-label={t('optionsInsertVariable')}>
        <span class="note">{t('optionsInsertVariable')}</span>
        {TEMPLATE_VARS.map((name) => (
          <button type="button" class="chip" key={name} onClick={() => insert(name)}>{`{{${name}}}`}</button>
        ))}
      </div>
      <textarea id="op-body" name="body" ref={area} data-testid="op-body" rows={14} spellcheck={true} value={body}
        aria-invalid={issues.length > 0 ? 'true' : undefined} aria-describedby={issues.length > 0 ? 'op-body-errors' : 'op-body-count'}
        onInput={(e) => onBody(e.currentTarget.value)} />
      <p class="note count" id="op-body-count">{t('optionsCharacters', [formatNumber(body.length), formatNumber(TEMPLATE_LIMITS.body)])}</p>
      {issues.length > 0 && (
        <div class="errors" id="op-body-errors">
          {issues.map((issue, n) => (
            <p key={`${issue.code}:${issue.start}`} data-testid="op-body-error" role={n === 0 ? 'alert' : undefined}>{issue.code === 'missing' ? issue.message : describeIssue(issue, uiLocale)}</p>
          ))}
        </div>
      )}
    </div>
  );
}
