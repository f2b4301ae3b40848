// What the user does to personal templates on the options page: open one, start a new one (blank,
// a copy, a built-in draft), save, delete and undo. Typed text is never dropped: a refused save
// keeps it, and a template deleted elsewhere while open becomes a new, unsaved one.
import { useEffect, useState } from 'preact/hooks';
import type { Profile } from '../core/profile';
import type { TemplateContent } from '../core/templates/types';
import { validateTemplate } from '../core/templates/validate';
import { t } from '../shared/i18n';
import { sendToBackground } from '../shared/messages';
import type { LibrarySnapshot } from '../shared/storage/mirror';
import { contentOf } from '../core/templates/edit';
import { blankEditor, copyName, edited, editorFor, fromBuiltIn, isDirty, sameContent, type EditorState } from './editor-state';
import { uiLocale } from './labels';
import { NO_FILTER, type TemplateFilter } from './template-filter';
import type { Notice } from './use-notice';

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function useTemplateEditor(snapshot: LibrarySnapshot | undefined, profile: Profile, notify: (n?: Notice) => void) {
  const [filter, setFilter] = useState<TemplateFilter>(NO_FILTER);
  const [editor, setEditor] = useState<EditorState>();
  const [error, setError] = useState<string>();
  /** Counts refused saves, so the editor moves focus to the first problem each time. */
  const [refusals, setRefusals] = useState(0);
  const [busy, setBusy] = useState(false);

  // Follow changes from elsewhere: an untouched template shows its new version.
  useEffect(() => {
    if (!snapshot || editor?.id === undefined) return;
    const record = snapshot.templates.find((tpl) => tpl.id === editor.id);
    if (!record) setEditor({ ...editor, id: undefined, stored: undefined });
    else if (!isDirty(editor) && !sameContent(contentOf(record), editor.stored!)) setEditor(editorFor(record));
  }, [snapshot]);

  /** Counts editors opened, so the page gives each its own form (and focus). */
  const [session, setSession] = useState(0);
  const start = (next: EditorState | undefined): void => {
    setEditor(next);
    setError(undefined);
    setSession((n) => n + 1);
  };
  /** Leaves the editor for `next`; typed text that was not saved can come back with Undo. */
  const leave = (next: EditorState | undefined): void => {
    const before = editor;
    start(next);
    if (before && isDirty(before)) {
      notify({ text: t('optionsSetAside', before.content.name || t('optionsNewTemplate')), action: { label: t('optionsUndo'), run: () => start(before) } });
    }
  };

  // Buttons stay enabled while a request runs (a disabled button would drop the keyboard focus):
  // a second press is ignored here instead.
  const run = async (task: () => Promise<void>): Promise<void> => {
    if (busy) return;
    setBusy(true);
    try {
      await task();
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };

  /** Saves `content` (as new when `id` is absent); a problem refuses the save and is shown where it is. */
  const store = async (content: TemplateContent, id?: string): Promise<boolean> => {
    if (validateTemplate(content, uiLocale).length > 0) {
      setEditor((e) => e && { ...e, attempted: true });
      setRefusals((n) => n + 1);
      return false;
    }
    const record = await sendToBackground('templates/save', { ...(id === undefined ? {} : { id }), template: content, uiLocale });
    // The same form stays, so focus stays where the user is.
    setEditor(editorFor(record));
    setError(undefined);
    return true;
  };

  return {
    filter, setFilter, editor, error, refusals, session,
    edit: (content: TemplateContent) => setEditor((e) => e && edited(e, content, profile, uiLocale)),
    open(id: string) {
      const record = snapshot?.templates.find((tpl) => tpl.id === id);
      if (record && record.id !== editor?.id) leave(editorFor(record));
    },
    create: () => leave(blankEditor(profile, filter)),
    close: () => leave(undefined),
    fromBuiltIn() {
      const before = editor;
      leave(fromBuiltIn(before?.content ?? blankEditor(profile, filter).content, profile, uiLocale));
      if (!before || !isDirty(before)) notify({ text: t('optionsFromBuiltInDone') });
    },
    /** A read-only team template becomes a personal one, open in the editor. */
    copyTeamTemplate: (content: TemplateContent) => run(async () => {
      if (await store(content)) notify({ text: t('optionsDuplicated', content.name) });
    }),
    save: () => run(async () => {
      if (editor && (await store(editor.content, editor.id))) notify({ text: t('optionsSaved', editor.content.name) });
    }),
    duplicate: () => run(async () => {
      if (!editor) return;
      const name = copyName(editor.content.name, (n) => t('optionsCopyName', n));
      if (await store({ ...editor.content, name })) notify({ text: t('optionsDuplicated', name) });
    }),
    remove: () => run(async () => {
      if (editor?.id === undefined) return;
      const { deleted } = await sendToBackground('templates/delete', { id: editor.id });
      start(undefined);
      notify({
        text: t('optionsDeleted', deleted.name),
        focus: true,
        action: {
          label: t('optionsUndo'),
          run: () => run(async () => {
            start(editorFor(await sendToBackground('templates/restore', { id: deleted.id })));
            notify({ text: t('optionsRestored', deleted.name) });
          }),
        },
      });
    }),
  };
}

export type TemplateEditor = ReturnType<typeof useTemplateEditor>;
