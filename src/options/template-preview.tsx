// The template as a client would read it, with the tone findings the panel would show, worked
// out only for the template open in the editor.
import { useMemo } from 'preact/hooks';
import type { Profile } from '../core/profile';
import { renderTemplate } from '../core/templates/render';
import type { TemplateContent, TemplateVar } from '../core/templates/types';
import { lintDraft } from '../core/tone/lint-draft';
import { t } from '../shared/i18n';
import { FindingList } from '../shared/ui/finding-list';
import { markedText } from '../shared/ui/marked-text';
import { previewValues } from './preview-values';

const fieldLabel = (name: TemplateVar): string => (name === 'clientName' ? t('optionsFieldClientName') : t(`field${name}`));

export function TemplatePreview({ content, profile, onSelect }: { content: TemplateContent; profile: Profile; onSelect(start: number, end: number): void }) {
  const text = useMemo(() => renderTemplate(content, previewValues(profile, content.reason, fieldLabel)).text,
    [content.body, content.locale, content.reason, profile]);
  const findings = useMemo(() => (text ? lintDraft(text, { locale: content.locale, tone: content.tone, reason: content.reason }) : []),
    [text, content.locale, content.tone, content.reason]);
  // Offsets of findings are in the preview; a span of the body with the same words is the one to select.
  const selectInBody = (start: number, end: number) => {
    const words = text.slice(start, end);
    const at = content.body.indexOf(words);
    if (at >= 0) onSelect(at, at + words.length);
  };
  return (
    <div class="preview-pane">
      <h4 id="op-preview-heading">{t('optionsPreviewLabel')}</h4>
      <div class="preview" data-testid="op-preview" role="region" aria-labelledby="op-preview-heading" tabIndex={0}>{markedText(text, findings)}</div>
      <p class="note">{t('optionsPreviewNote')}</p>
      <h4>{t('findingsHeading')}</h4>
      <FindingList findings={findings} testId="op-finding" onSelect={(f) => selectInBody(f.start, f.end)} />
    </div>
  );
}
