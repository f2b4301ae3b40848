// The draft as it will be inserted, editable, with tone findings marked on the text (a backdrop
// of <mark>s behind a transparent textarea that grows with its content) and listed below it.
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Finding } from '../../core/types';
import { t } from '../../shared/i18n';
import { isUserEvent } from './trust';
import { markedText } from '../../shared/ui/marked-text';
import { FindingList } from '../../shared/ui/finding-list';

export interface DraftPreviewProps {
  text: string;
  findings: readonly Finding[];
  edited: boolean;
  onEdit(text: string): void;
}

export function DraftPreview({ text, findings, edited, onEdit }: DraftPreviewProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = area.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
  }, [text]);
  const select = (f: Finding) => {
    const el = area.current;
    if (!el || f.end <= f.start) return;
    el.focus();
    el.setSelectionRange(f.start, f.end);
  };
  return (
    <div>
      <h3><label for="dp-draft">{t('previewLabel')}</label></h3>
      <div class="preview">
        <div class="backdrop" data-testid="dp-preview" aria-hidden="true">{markedText(text, findings)}</div>
        <textarea id="dp-draft" ref={area} spellcheck={true} value={text} onInput={(e) => isUserEvent(e) && onEdit(e.currentTarget.value)} />
      </div>
      {edited && <p class="note">{t('editedNote')}</p>}
      <h3>{t('findingsHeading')}</h3>
      <FindingList findings={findings} testId="dp-finding" onSelect={(f, e) => isUserEvent(e) && select(f)} />
    </div>
  );
}
