// Which personal templates the list shows for a search and the reason and language filters.
// Kept cheap: 500 templates are filtered on every key press.
import type { TemplateRecord } from '../core/templates/types';
import type { Locale, ReasonId } from '../core/types';

/** '' for every reason; 'label' for templates with a label of their own instead of a reason. */
export type ReasonFilter = '' | 'label' | ReasonId;

export interface TemplateFilter {
  search: string;
  reason: ReasonFilter;
  locale: '' | Locale;
}

export const NO_FILTER: TemplateFilter = { search: '', reason: '', locale: '' };

/** Lower case without accents, so "revision" finds "revisión". */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Every search word must appear in the name, the label or the text. */
export function filterTemplates(templates: readonly TemplateRecord[], filter: TemplateFilter): TemplateRecord[] {
  const words = fold(filter.search).split(/\s+/u).filter(Boolean);
  return templates.filter((tpl) => {
    if (filter.locale && tpl.locale !== filter.locale) return false;
    if (filter.reason === 'label' ? tpl.reason !== undefined : filter.reason && tpl.reason !== filter.reason) return false;
    if (words.length === 0) return true;
    const haystack = fold(`${tpl.name}\n${tpl.label ?? ''}\n${tpl.body}`);
    return words.every((w) => haystack.includes(w));
  });
}

export const isFiltered = (filter: TemplateFilter): boolean => Boolean(filter.search.trim() || filter.reason || filter.locale);
