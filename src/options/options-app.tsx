// The options page: welcome on first run, the mail-site access prompt when it is needed, then
// profile, personal templates, sync status, and import and export.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { dismissWelcome, welcomeDismissed, welcomeWanted } from './first-run';
import { ImportExport } from './import-export';
import { NoticeBar } from './notice-bar';
import { ProfileForm } from './profile-form';
import { SiteAccess, useMailAccess } from './site-access';
import { SyncStatusSection } from './sync-status';
import { TemplatesSection } from './templates-section';
import { TeamSection } from './team-section';
import { useTeam } from './use-team';
import { useLibrary } from './use-library';
import { useNotice } from './use-notice';
import { useSyncStatus } from './use-sync-status';
import { useTemplateEditor } from './use-template-editor';
import { Welcome } from './welcome';
import { DEFAULT_PROFILE } from '../core/profile';

// Read once: the worker opens the page on #welcome (install) or #site-access (toolbar icon).
const openedOn = location.hash;

export function OptionsApp() {
  const { snapshot, error } = useLibrary();
  const sync = useSyncStatus(snapshot);
  const granted = useMailAccess();
  const { notice, show, region } = useNotice();
  const profile = snapshot?.profile ?? DEFAULT_PROFILE;
  const editor = useTemplateEditor(snapshot, profile, show);
  const team = useTeam();
  const [welcome, setWelcome] = useState<boolean>();
  useEffect(() => {
    if (snapshot && welcome === undefined) {
      setWelcome(welcomeWanted({ hash: openedOn, myName: snapshot.profile.myName, dismissed: welcomeDismissed() }));
    }
  }, [snapshot]);
  const closeWelcome = () => {
    dismissWelcome();
    setWelcome(false);
  };
  const review = (id: string) => {
    editor.open(id);
    document.getElementById('templates')?.scrollIntoView();
  };

  return (
    <>
      <header class="top">
        <div class="brand">
          <img src="icons/icon-48.png" alt="" width={32} height={32} />
          <h1>{t('extName')}</h1>
        </div>
        <nav aria-label={t('optionsNavLabel')}>
          <a href="#profile">{t('optionsProfileHeading')}</a>
          <a href="#templates">{t('optionsTemplatesHeading')}</a>
          <a href="#sync">{t('optionsSyncHeading')}</a>
          <a href="#transfer">{t('optionsImportHeading')}</a>
        </nav>
      </header>
      <main>
        {error && <p role="alert" class="error">{t('optionsLoadFailed', error)}</p>}
        {welcome && snapshot && <Welcome stored={snapshot.profile} onDone={closeWelcome} />}
        {granted !== undefined && (openedOn === '#site-access' || !granted) && <SiteAccess granted={granted} />}
        {!snapshot ? !error && <p class="note">{t('optionsLoading')}</p> : (
          <>
            <TeamSection state={team} onDuplicate={(content) => void editor.copyTeamTemplate(content)} />
            <ProfileForm stored={snapshot.profile} team={team.team} />
            <TemplatesSection snapshot={snapshot} profile={profile} editor={editor} team={team.team} />
          </>
        )}
        <SyncStatusSection status={sync.status} error={sync.error} onReview={review} />
        <ImportExport />
      </main>
      <NoticeBar notice={notice} region={region} onDone={() => show(undefined)} />
    </>
  );
}
