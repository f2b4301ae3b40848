// How full the browser's sync space is, what stays on this device and why, conflict copies to
// review, and what no extension can know: whether the browser's sync is switched on.
import { t } from '../shared/i18n';
import type { SyncStatus } from '../shared/storage/status';
import { formatKb, formatNumber, uiLocale } from './labels';

function Usage({ testId, label, value, max, text }: { testId: string; label: string; value: number; max: number; text: string }) {
  return (
    <div class="usage">
      <div class="usage-label"><span id={`${testId}-label`}>{label}</span><span>{text}</span></div>
      <meter data-testid={testId} min={0} max={max} value={value} high={max * 0.8} optimum={0} aria-labelledby={`${testId}-label`}
        aria-valuemin={0} aria-valuemax={max} aria-valuenow={value} aria-valuetext={text} />
    </div>
  );
}

const timeFormat = new Intl.DateTimeFormat(uiLocale, { dateStyle: 'medium', timeStyle: 'short' });

export function SyncStatusSection({ status, error, onReview }: { status?: SyncStatus; error?: string; onReview(id: string): void }) {
  return (
    <section id="sync" class="card" data-testid="op-sync" aria-labelledby="op-sync-heading">
      <h2 id="op-sync-heading">{t('optionsSyncHeading')}</h2>
      {error && <p role="alert" class="error">{error}</p>}
      {!status ? <p class="note">{t('optionsLoading')}</p> : (
        <>
          <Usage testId="op-sync-bytes" label={t('optionsSyncSpace')} value={status.bytesUsed} max={status.bytesLimit}
            text={t('optionsSyncBytes', [formatKb(status.bytesUsed), formatKb(status.bytesLimit)])} />
          <Usage testId="op-sync-items" label={t('optionsSyncItemsLabel')} value={status.itemsUsed} max={status.itemsLimit}
            text={t('optionsSyncItems', [formatNumber(status.itemsUsed), formatNumber(status.itemsLimit)])} />
          <p class="note">
            {t('optionsSyncTemplates', formatNumber(status.templateCount))}
            {status.syncedAt !== undefined && ` ${t('optionsSyncedAt', timeFormat.format(status.syncedAt))}`}
          </p>
          <h3>{t('optionsLocalOnlyHeading')}</h3>
          {status.localOnly.length === 0 ? <p class="note" data-testid="op-local-only-none">{t('optionsLocalOnlyNone')}</p> : (
            <ul class="plain" data-testid="op-local-only">
              {status.localOnly.map((entry) => (
                <li key={entry.id}>
                  <strong>{entry.name ?? (entry.id === 'profile' ? t('optionsProfileHeading') : t('optionsDeletions'))}</strong>
                  {' '}{entry.message ?? entry.reason}
                </li>
              ))}
            </ul>
          )}
          {status.conflicts.length > 0 && (
            <>
              <h3>{t('optionsConflictsHeading')}</h3>
              <p class="note">{t('optionsConflictsIntro')}</p>
              <ul class="plain" data-testid="op-conflicts">
                {status.conflicts.map((c) => (
                  <li key={c.id}>
                    <strong>{c.name}</strong>{' '}
                    <button type="button" class="link" data-testid="op-conflict-review" onClick={() => onReview(c.id)}>{t('optionsReview')}</button>
                  </li>
                ))}
              </ul>
            </>
          )}
          {status.problems.length > 0 && (
            <ul class="plain problems">
              {status.problems.map((p) => <li key={`${p.key}:${p.detail ?? ''}`}>{p.message ?? p.key}</li>)}
            </ul>
          )}
        </>
      )}
      <h3>{t('optionsSyncAcrossHeading')}</h3>
      <p>{t('optionsSyncAcross')}</p>
      <ul class="plain bullets">
        <li>{t('optionsSyncChrome')}</li>
        <li>{t('optionsSyncFirefox')}</li>
      </ul>
    </section>
  );
}
