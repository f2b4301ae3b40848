// The user's templates: search, reason and language filters, and one cheap row per template
// (no rendering or linting here: 500 rows must appear at once).
import { useLayoutEffect, useMemo } from 'preact/hooks';
import { REASONS } from '../core/reasons';
import type { TemplateRecord } from '../core/templates/types';
import { LOCALES, type Locale } from '../core/types';
import { t } from '../shared/i18n';
import type { LocalOnlyReason } from '../shared/storage/mirror';
import { localeLabel, reasonLabel, toneLabel } from './labels';
import { filterTemplates, isFiltered, type ReasonFilter, type TemplateFilter } from './template-filter';

export interface TemplateListProps {
  templates: readonly TemplateRecord[];
  localOnly: Readonly<Record<string, LocalOnlyReason>>;
  filter: TemplateFilter;
  selectedId?: string;
  onFilter(filter: TemplateFilter): void;
  onOpen(id: string): void;
}

// The benchmark times the first render of the stored templates, once per page.
let listMarked = false;

function Row({ template, selected, stop, localOnly, onOpen }: { template: TemplateRecord; selected: boolean; stop: boolean; localOnly: boolean; onOpen(id: string): void }) {
  return (
    <li>
      <button type="button" class="row" data-testid="op-template" data-template-id={template.id} tabIndex={stop ? 0 : -1}
        aria-current={selected ? 'true' : undefined} onClick={() => onOpen(template.id)}>
        <span class="row-name">{template.name}</span>
        <span class="row-meta">
          {template.reason ? reasonLabel(template.reason) : template.label}
          {' · '}{localeLabel(template.locale)}{' · '}{toneLabel(template.tone)}
        </span>
        {(template.conflictOf !== undefined || localOnly) && (
          <span class="row-badges">
            {template.conflictOf !== undefined && <span class="badge warn">{t('optionsConflictBadge')}</span>}
            {localOnly && <span class="badge">{t('optionsLocalOnlyBadge')}</span>}
          </span>
        )}
      </button>
    </li>
  );
}

/**
 * One Tab stop for the whole list (hundreds of rows): arrows, Home and End move between rows;
 * Enter and Space open one (handled here rather than left to the button's own click, which
 * Firefox was seen to skip for a row after the form had been submitted from the keyboard).
 */
function listKeys(event: KeyboardEvent, onOpen: (id: string) => void): void {
  const rows = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[data-testid="op-template"]')];
  const row = document.activeElement as HTMLElement;
  const at = rows.indexOf(row);
  if (at < 0) return;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    onOpen(row.dataset.templateId!);
    return;
  }
  const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: rows.length - 1 }[event.key];
  if (to === undefined || !rows[to]) return;
  event.preventDefault();
  rows[to].focus();
}

export function TemplateList({ templates, localOnly, filter, selectedId, onFilter, onOpen }: TemplateListProps) {
  const shown = useMemo(() => filterTemplates(templates, filter), [templates, filter]);
  const stopId = shown.some((tpl) => tpl.id === selectedId) ? selectedId : shown[0]?.id;
  useLayoutEffect(() => {
    if (listMarked) return;
    listMarked = true;
    performance.mark('dp:options-list');
  }, []);
  const set = (change: Partial<TemplateFilter>) => onFilter({ ...filter, ...change });
  return (
    <div class="list-pane">
      <div class="filters">
        <label class="field wide">{t('optionsSearch')}
          <input type="search" data-testid="op-search" value={filter.search} placeholder={t('optionsSearchHint')}
            onInput={(e) => set({ search: e.currentTarget.value })} />
        </label>
        <label class="field">{t('optionsFilterReason')}
          <select data-testid="op-filter-reason" value={filter.reason} onChange={(e) => set({ reason: e.currentTarget.value as ReasonFilter })}>
            <option value="">{t('optionsAllReasons')}</option>
            {REASONS.map((r) => <option key={r.id} value={r.id}>{reasonLabel(r.id)}</option>)}
            <option value="label">{t('optionsOwnLabel')}</option>
          </select>
        </label>
        <label class="field">{t('optionsFilterLocale')}
          <select data-testid="op-filter-locale" value={filter.locale} onChange={(e) => set({ locale: e.currentTarget.value as '' | Locale })}>
            <option value="">{t('optionsAllLocales')}</option>
            {LOCALES.map((l) => <option key={l} value={l}>{localeLabel(l)}</option>)}
          </select>
        </label>
      </div>
      <p class="note" aria-live="polite">
        {isFiltered(filter) ? t('optionsShownOf', [String(shown.length), String(templates.length)]) : t('optionsCount', String(templates.length))}
      </p>
      {templates.length === 0 ? <p class="empty">{t('optionsNoTemplates')}</p>
        : shown.length === 0 ? <p class="empty">{t('optionsNoMatch')}</p> : null}
      {/* Firefox makes a scrolling box a Tab stop of its own; the rows are the stop. */}
      <ul class="rows" data-testid="op-template-list" aria-label={t('optionsTemplatesHeading')} tabIndex={-1} onKeyDown={(e) => listKeys(e, onOpen)}>
        {shown.map((tpl) => (
          <Row key={tpl.id} template={tpl} selected={tpl.id === selectedId} stop={tpl.id === stopId}
            localOnly={localOnly[tpl.id] !== undefined} onOpen={onOpen} />
        ))}
      </ul>
    </div>
  );
}
