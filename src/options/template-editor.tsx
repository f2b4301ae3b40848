// Editing one template: name, reason (or a label of one's own), language, tone and text, with
// the live preview and its findings beside the text. A refused save moves focus to the first
// problem and keeps everything typed.
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { Profile } from '../core/profile';
import { REASONS } from '../core/reasons';
import { TEMPLATE_LIMITS, type TemplateContent } from '../core/templates/types';
import { validateTemplate, type TemplateIssue } from '../core/templates/validate';
import type { ReasonId } from '../core/types';
import { t } from '../shared/i18n';
import { BodyField } from './body-field';
import { isDirty, shownIssues, type EditorState } from './editor-state';
import { reasonLabel, uiLocale } from './labels';
import { TemplatePreview } from './template-preview';
import { LocaleField, ToneField } from './tone-locale-fields';

export interface TemplateEditorProps {
  editor: EditorState;
  profile: Profile;
  error?: string;
  refusals: number;
  onEdit(content: TemplateContent): void;
  onSave(): void;
  onDuplicate(): void;
  onDelete(): void;
  onClose(): void;
}

function FieldError({ issues, field }: { issues: readonly TemplateIssue[]; field: TemplateIssue['field'] }) {
  const issue = issues.find((i) => i.field === field);
  return issue ? <span class="field-error" id={`op-${field}-error`}>{issue.message}</span> : null;
}

export function TemplateEditor(props: TemplateEditorProps) {
  const { editor, profile, error, refusals } = props;
  const { content } = editor;
  const form = useRef<HTMLFormElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const issues = useMemo(() => shownIssues(validateTemplate(content, uiLocale), editor.attempted), [content, editor.attempted]);
  const set = (change: Partial<TemplateContent>) => props.onEdit({ ...content, ...change });
  const invalid = (field: TemplateIssue['field']) => (issues.some((i) => i.field === field)
    ? { 'aria-invalid': 'true' as const, 'aria-describedby': `op-${field}-error` } : {});

  const selectBody = (start: number, end: number) => {
    area.current?.focus();
    area.current?.setSelectionRange(start, end);
  };
  // A new template starts with its name, and so does one opened when the focus was nowhere (the
  // Undo button that brought it back is gone); a refused save goes to the first problem.
  useLayoutEffect(() => {
    if (editor.id === undefined || document.activeElement === document.body) form.current?.querySelector<HTMLInputElement>('[name="name"]')?.focus();
  }, []);
  useEffect(() => {
    const first = issues[0];
    if (refusals === 0 || !first) return;
    if (first.field === 'body') selectBody(first.start, first.end);
    else form.current?.querySelector<HTMLElement>(`[name="${first.field === 'reason' ? 'reason' : first.field}"]`)?.focus();
  }, [refusals]);

  const reasonValue = content.reason ?? (content.label !== undefined ? 'label' : '');
  const pickReason = (value: string) => (value === 'label'
    ? set({ reason: undefined, label: content.label ?? '' })
    : set({ reason: value as ReasonId, label: undefined }));
  return (
    <form class="editor" data-testid="op-editor" ref={form} aria-labelledby="op-editor-heading" noValidate
      onSubmit={(e) => { e.preventDefault(); props.onSave(); }}>
      <div class="editor-head">
        <h3 id="op-editor-heading">{editor.id === undefined ? t('optionsNewTemplate') : t('optionsEditTemplate')}</h3>
        {isDirty(editor) && <span class="badge">{t('optionsUnsaved')}</span>}
      </div>
      <div class="grid">
        <label class="field wide">{t('optionsNameLabel')}
          <input type="text" name="name" maxLength={TEMPLATE_LIMITS.name} value={content.name} {...invalid('name')}
            onInput={(e) => set({ name: e.currentTarget.value })} />
          <FieldError issues={issues} field="name" />
        </label>
        <label class="field">{t('optionsReasonLabel')}
          <select name="reason" value={reasonValue} {...invalid('reason')} onChange={(e) => pickReason(e.currentTarget.value)}>
            {REASONS.map((r) => <option key={r.id} value={r.id}>{reasonLabel(r.id)}</option>)}
            <option value="label">{t('optionsOwnLabel')}</option>
          </select>
          <FieldError issues={issues} field="reason" />
        </label>
        {content.reason === undefined && (
          <label class="field">{t('optionsLabelLabel')}
            <input type="text" name="label" maxLength={TEMPLATE_LIMITS.label} value={content.label ?? ''} {...invalid('label')}
              onInput={(e) => set({ label: e.currentTarget.value })} />
            <FieldError issues={issues} field="label" />
          </label>
        )}
        <LocaleField label={t('languageLabel')} value={content.locale} onChange={(locale) => set({ locale })} />
        <ToneField label={t('toneLabel')} value={content.tone} onChange={(tone) => set({ tone })} />
      </div>
      <div class="panes">
        <BodyField body={content.body} issues={issues.filter((i) => i.field === 'body')} area={area} onBody={(body) => set({ body })} />
        <TemplatePreview content={content} profile={profile} onSelect={selectBody} />
      </div>
      {error && <p role="alert" class="error">{error}</p>}
      <div class="actions">
        <button type="submit" class="primary" data-testid="op-save">{t('optionsSave')}</button>
        <button type="button" data-testid="op-duplicate" disabled={editor.id === undefined} onClick={props.onDuplicate}>{t('optionsDuplicate')}</button>
        <span class="spacer" />
        {editor.id === undefined
          ? <button type="button" data-testid="op-cancel" onClick={props.onClose}>{t('optionsDiscard')}</button>
          : <button type="button" class="danger" data-testid="op-delete" onClick={props.onDelete}>{t('optionsDelete')}</button>}
      </div>
    </form>
  );
}
