// The reasons, grouped so a user finds theirs in seconds, with the ones the client's message
// suggests first, and the user's own templates under the reason they belong to.
import { REASONS, type Reason, type ReasonGroup } from '../../core/reasons';
import type { TemplateRecord } from '../../core/templates/types';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Locale, ReasonId } from '../../core/types';
import { t } from '../../shared/i18n';
import { isUserEvent } from './trust';
import { isTeamTemplateId } from '../../core/team';

const GROUPS: [ReasonGroup, string][] = [['time', 'groupTime'], ['scope', 'groupScope'], ['money', 'groupMoney'],
  ['trust', 'groupTrust'], ['boundaries', 'groupBoundaries'], ['relationship', 'groupRelationship']];

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export interface ReasonListProps {
  locale: Locale;
  filter: string;
  selected?: ReasonId;
  selectedTemplate?: string;
  suggested: readonly ReasonId[];
  /** Team templates come first in `templates`; their mark names the team. */
  templates: readonly TemplateRecord[];
  teamName?: string | undefined;
  onReason(id: ReasonId): void;
  onTemplate(id: string): void;
}

export function ReasonList(props: ReasonListProps) {
  const list = useRef<HTMLDivElement>(null);
  // One stop for Tab in the list (the chosen item, else the first); arrows move within it.
  useLayoutEffect(() => {
    const items = Array.from(list.current?.querySelectorAll<HTMLElement>('[data-nav="item"]') ?? []);
    const stop = items.find((i) => i.getAttribute('aria-checked') === 'true') ?? items[0];
    for (const item of items) item.tabIndex = item === stop ? 0 : -1;
  });
  const { locale, filter, suggested, templates } = props;
  const wanted = fold(filter.trim());
  const matches = (text: string) => !wanted || fold(text).includes(wanted);
  const reasonMatches = (r: Reason) => matches(`${r.label[locale]} ${r.useWhen[locale]} ${r.label.en} ${r.id}`);
  const templatesOf = (id?: ReasonId) => templates.filter((tpl) => tpl.reason === id && (matches(tpl.name) || (id && reasonMatches(REASONS.find((r) => r.id === id)!))));

  const sections: { title: string; reasons: Reason[]; loose?: TemplateRecord[] }[] = [];
  const loose = templates.filter((tpl) => !tpl.reason && matches(`${tpl.name} ${tpl.label ?? ''}`));
  const first = REASONS.filter((r) => suggested.includes(r.id) && reasonMatches(r))
    .sort((a, b) => suggested.indexOf(a.id) - suggested.indexOf(b.id));
  if (first.length) sections.push({ title: t('suggestedGroup'), reasons: first });
  if (loose.length) sections.push({ title: t('myTemplate'), reasons: [], loose });
  for (const [group, key] of GROUPS) {
    const reasons = REASONS.filter((r) => r.group === group && !suggested.includes(r.id) && (reasonMatches(r) || templatesOf(r.id).length));
    if (reasons.length) sections.push({ title: t(key), reasons });
  }

  const templateItem = (tpl: TemplateRecord) => {
    const team = isTeamTemplateId(tpl.id);
    return (
      <button type="button" role="radio" class="item template" data-nav="item" key={tpl.id}
        data-testid="dp-template" data-template-id={tpl.id} data-team={team ? 'true' : undefined}
        aria-checked={props.selectedTemplate === tpl.id ? 'true' : 'false'}
        tabIndex={-1} onClick={(e) => isUserEvent(e) && props.onTemplate(tpl.id)}>
        <span class="label">{tpl.name}<span class="badge">{team ? t('teamBadge', props.teamName ?? '') : t('myTemplate')}</span></span>
      </button>
    );
  };

  if (!sections.length) return <p class="empty">{t('noReasonMatches', filter)}</p>;
  return (
    <div class="reasons" ref={list} tabIndex={-1} role="radiogroup" aria-label={t('reasonsHeading')}>
      {sections.map((section) => (
        <div key={section.title} role="group" aria-label={section.title}>
          <h3 aria-hidden="true">{section.title}</h3>
          {section.loose?.map(templateItem)}
          {section.reasons.map((reason) => [
            ...templatesOf(reason.id).map(templateItem),
            <button type="button" role="radio" class="item" data-nav="item" key={reason.id}
              data-testid="dp-reason" data-reason={reason.id} data-suggested={suggested.includes(reason.id) ? 'true' : undefined}
              aria-checked={props.selected === reason.id && !props.selectedTemplate ? 'true' : 'false'} tabIndex={-1}
              onClick={(e) => isUserEvent(e) && props.onReason(reason.id)}>
              <span class="label">{reason.label[locale]}</span>
              <span class="when">{reason.useWhen[locale]}</span>
            </button>,
          ])}
        </div>
      ))}
    </div>
  );
}
