// "My templates": the list with its filters on one side, the open template on the other.
import type { Profile } from '../core/profile';
import type { TeamLibrary } from '../core/team';
import { t } from '../shared/i18n';
import type { LibrarySnapshot } from '../shared/storage/mirror';
import { TemplateEditor } from './template-editor';
import { TemplateList } from './template-list';
import type { TemplateEditor as Editor } from './use-template-editor';

export function TemplatesSection({ snapshot, profile, editor, team }: { snapshot: LibrarySnapshot; profile: Profile; editor: Editor; team?: TeamLibrary | undefined }) {
  // A team that allows only its own templates: members keep, edit and remove what they had, but add none.
  const canAdd = team?.personalTemplates ?? true;
  return (
    <section id="templates" class="card" aria-labelledby="op-templates-heading">
      <div class="section-head">
        <h2 id="op-templates-heading">{t('optionsTemplatesHeading')}</h2>
        {canAdd && (
          <div class="head-actions">
            <button type="button" data-testid="op-from-builtin" onClick={editor.fromBuiltIn}>{t('optionsFromBuiltIn')}</button>
            <button type="button" class="primary" data-testid="op-new" onClick={editor.create}>{t('optionsNew')}</button>
          </div>
        )}
      </div>
      <p class="intro">{t('optionsTemplatesIntro')}</p>
      {team && !canAdd && <p class="note" data-testid="team-personal-locked">{t('teamPersonalLocked', team.teamName)}</p>}
      <div class="templates">
        <TemplateList templates={snapshot.templates} localOnly={snapshot.localOnly} filter={editor.filter} selectedId={editor.editor?.id}
          onFilter={editor.setFilter} onOpen={editor.open} />
        {editor.editor
          ? <TemplateEditor key={editor.session} editor={editor.editor} profile={profile} error={editor.error}
              refusals={editor.refusals} onEdit={editor.edit} onSave={() => void editor.save()} onDuplicate={() => void editor.duplicate()}
              onDelete={() => void editor.remove()} onClose={editor.close} />
          : (
            <div class="editor placeholder">
              {editor.error && <p role="alert" class="error">{editor.error}</p>}
              <p>{t('optionsPickOrCreate')}</p>
            </div>
          )}
      </div>
    </section>
  );
}
