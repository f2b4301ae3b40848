// The Decline panel: choose a reason, tune tone and language, read the live preview with its
// tone findings, then insert or copy. Everything is computed here from the library the worker
// handed over, so the preview never waits for the worker.
import { confidentReasons } from '../../core/suggest/confidence';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { lintWith } from '../../core/tone/lint-with';
import type { ReasonId, VarName } from '../../core/types';
import type { PanelLibrary } from '../../shared/messages';
import type { ComposeFacts } from '../compose-target';
import { alternativeOf, draftOf, fieldsOf, initialChoice, lintSettingsOf, valuesOf, type Choice } from './choice';
import { DraftFields } from './draft-fields';
import { DraftOptions } from './draft-options';
import { DraftPreview } from './draft-preview';
import { browserLanguages, browserLocale, t } from '../../shared/i18n';
import { isUserEvent } from './trust';
import { ReasonList } from './reason-list';

export interface PanelAppProps {
  library: PanelLibrary;
  facts: ComposeFacts | null;
  /** False in copy mode: no compose window to insert into. */
  canInsert: boolean;
  theme: 'light' | 'dark';
  onInsert(draft: { html: string; text: string }): Promise<string | undefined>;
  onCopy(text: string): Promise<boolean>;
  onClose(): void;
}

export function PanelApp({ library, facts, canInsert, theme, onInsert, onCopy, onClose }: PanelAppProps) {
  const uiLocale = browserLocale();
  const context = { facts, library, uiLocale, languages: browserLanguages() };
  const [choice, setChoice] = useState<Choice>(() => initialChoice(context));
  const [filter, setFilter] = useState('');
  const [edited, setEdited] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | undefined>(canInsert ? undefined : t('copyModeNote'));
  const [status, setStatus] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const draft = useMemo(() => draftOf(choice, context), [choice, library, facts]);
  const text = edited ?? draft?.text ?? '';
  const settings = lintSettingsOf(choice, library);
  const findings = useMemo(() => (text ? lintWith(library.rules[settings.locale], text, settings) : []),
    [text, library, settings.locale, settings.tone, settings.reason]);
  // Preact runs effects after the next frame: this mark follows the painted preview.
  useEffect(() => {
    performance.mark('dp:preview');
  }, [text]);

  const change = (next: Partial<Choice>) => {
    performance.mark('dp:change'); // with dp:preview, times a change until its preview is painted (npm run bench)
    setEdited(null);
    setChoice((c) => ({ ...c, ...next }));
  };
  const pickReason = (reason: ReasonId) => change({ reason, templateId: undefined, alternative: undefined, variant: 0 });
  const pickTemplate = (templateId: string) => change({ templateId });
  const type = (name: VarName, value: string) => change({ typed: { ...choice.typed, [name]: value } });

  const insert = async () => {
    if (!text.trim()) return;
    setBusy(true);
    const error = await onInsert(edited === null && draft ? draft : { html: '', text });
    setBusy(false);
    if (error) setAlert(error);
  };
  const copy = async () => {
    const ok = await onCopy(text);
    setStatus(ok ? t('copied') : undefined);
    if (!ok) setAlert(t('copyFailed'));
  };

  const suggested = confidentReasons(library.suggestions);
  const { team } = library;
  const setBy = Object.fromEntries((['tone', 'locale'] as const)
    .filter((key) => team?.locked.includes(key) && team.defaults[key] !== undefined).map((key) => [key, team!.teamName]));
  const labelLocale = uiLocale ?? choice.locale;
  return (
    <section class="panel" data-theme={theme} role="dialog" aria-label={t('panelLabel')}>
      <header>
        <h2>{t('panelTitle')}</h2>
        <button type="button" class="icon" data-testid="dp-close" aria-label={t('closePanel')} title={t('closePanel')}
          onClick={(e) => isUserEvent(e) && onClose()}>×</button>
      </header>
      {/* Firefox makes scrollable boxes tab stops of their own; the controls inside are the stops. */}
      <div class="body" tabIndex={-1}>
        {alert && <p role="alert">{alert}</p>}
        {Boolean(library.snapshot.recovered?.length) && <p role="alert" data-testid="dp-storage-notice">{t('panelStorageRecovered')}</p>}
        <h3><label for="dp-filter">{t('reasonsHeading')}</label></h3>
        <input id="dp-filter" type="search" data-testid="dp-filter" data-nav="filter" placeholder={t('filterReasons')}
          value={filter} onInput={(e) => isUserEvent(e) && setFilter(e.currentTarget.value)} />
        <ReasonList locale={labelLocale} filter={filter} selected={choice.reason} selectedTemplate={choice.templateId}
          suggested={suggested} templates={library.snapshot.templates} teamName={library.team?.teamName} onReason={pickReason} onTemplate={pickTemplate} />
        <DraftOptions choice={choice} alternative={alternativeOf(choice)} detected={library.detected} labelLocale={labelLocale}
          fixed={Boolean(choice.templateId)} setBy={setBy} onChange={change} />
        <DraftFields fields={fieldsOf(choice, library)} values={valuesOf(choice, context)} onType={type} />
        {draft || edited !== null
          ? <DraftPreview text={text} findings={findings} edited={edited !== null} onEdit={setEdited} />
          : <p class="empty" data-testid="dp-preview">{t('pickReason')}</p>}
      </div>
      <footer>
        <button type="button" data-testid="dp-another" disabled={!choice.reason || Boolean(choice.templateId)}
          onClick={(e) => isUserEvent(e) && change({ variant: choice.variant + 1 })}>{t('anotherWording')}</button>
        <span class="spacer" />
        {status && <p role="status">{status}</p>}
        <button type="button" data-testid="dp-copy" class={canInsert ? '' : 'primary'} disabled={!text.trim()}
          onClick={(e) => isUserEvent(e) && void copy()}>{t('copyDraft')}</button>
        {canInsert && (
          <button type="button" data-testid="dp-insert" class="primary" disabled={busy || !text.trim()}
            onClick={(e) => isUserEvent(e) && void insert()}>{t('insertDraft')}</button>
        )}
      </footer>
    </section>
  );
}
