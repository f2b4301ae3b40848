// What the right-click menu holds, as plain data: the reasons the current message suggests,
// the six groups with their reasons, templates under their reason, then "Open the panel…".
// The same order as the panel's list (reason-list.tsx), so a user finds a reason in the same place.
import { REASONS, type Reason } from '../../core/reasons';
import { isTeamTemplateId } from '../../core/team';
import type { TemplateRecord } from '../../core/templates/types';
import type { Locale, ReasonId } from '../../core/types';
import { GROUP_LABEL_KEYS } from '../../shared/label-keys';

export interface MenuEntry {
  /** `reason:<id>`, `template:<id>` and `open-panel` are a public contract; the rest are structure. */
  id: string;
  parentId?: string;
  title?: string;
  separator?: true;
  /** A heading that cannot be chosen. */
  disabled?: true;
}

export interface MenuInput {
  /** The language of the labels: the browser's, else English. */
  locale: Locale;
  /** Reasons the focused reply's message points to, best first (confident ones only). */
  suggested: readonly ReasonId[];
  /** Team templates first, then the user's own (as the panel lists them). */
  templates: readonly TemplateRecord[];
  teamName?: string | undefined;
  /** The _locales text for a key, with its substitutions. */
  t(key: string, substitutions?: string[]): string;
}

export const MENU_ROOT = 'decline';
export const OPEN_PANEL = 'open-panel';
/** A long list of templates belongs in the panel, with its filter: the menu keeps a few per place. */
export const TEMPLATES_PER_REASON = 5;
export const LOOSE_TEMPLATES = 10;
const TITLE_MAX = 60;

const clip = (text: string): string => (text.length > TITLE_MAX ? `${text.slice(0, TITLE_MAX - 1)}…` : text);

export type MenuChoice = { kind: 'reason'; id: ReasonId } | { kind: 'template'; id: string } | { kind: 'open-panel' };

/** The choice a clicked item stands for; undefined for anything that is not one of ours. */
export function choiceOf(menuItemId: string | number): MenuChoice | undefined {
  const id = String(menuItemId);
  if (id === OPEN_PANEL) return { kind: 'open-panel' };
  const reason = id.startsWith('reason:') ? REASONS.find((r) => `reason:${r.id}` === id) : undefined;
  if (reason) return { kind: 'reason', id: reason.id };
  if (id.startsWith('template:') && id.length > 'template:'.length) return { kind: 'template', id: id.slice('template:'.length) };
  return undefined;
}

export function menuEntries({ locale, suggested, templates, teamName, t }: MenuInput): MenuEntry[] {
  const templateEntry = (tpl: TemplateRecord, parentId: string): MenuEntry => ({
    id: `template:${tpl.id}`, parentId,
    title: isTeamTemplateId(tpl.id) && teamName ? t('menuTeamTemplateItem', [clip(tpl.name), teamName]) : t('menuTemplateItem', [clip(tpl.name)]),
  });
  const reasonEntries = (reason: Reason, parentId: string): MenuEntry[] => [
    { id: `reason:${reason.id}`, parentId, title: reason.label[locale] },
    ...templates.filter((tpl) => tpl.reason === reason.id).slice(0, TEMPLATES_PER_REASON).map((tpl) => templateEntry(tpl, parentId)),
  ];

  const entries: MenuEntry[] = [{ id: MENU_ROOT, title: t('menuRoot') }];
  const first = suggested.flatMap((id) => REASONS.filter((r) => r.id === id));
  if (first.length) {
    entries.push({ id: 'heading:suggested', parentId: MENU_ROOT, title: t('suggestedGroup'), disabled: true });
    entries.push(...first.flatMap((reason) => reasonEntries(reason, MENU_ROOT)));
    entries.push({ id: 'separator:suggested', parentId: MENU_ROOT, separator: true });
  }
  for (const [group, key] of GROUP_LABEL_KEYS) {
    const reasons = REASONS.filter((r) => r.group === group && !suggested.includes(r.id));
    if (!reasons.length) continue;
    const parentId = `group:${group}`;
    entries.push({ id: parentId, parentId: MENU_ROOT, title: t(key) }, ...reasons.flatMap((reason) => reasonEntries(reason, parentId)));
  }
  const loose = templates.filter((tpl) => !tpl.reason).slice(0, LOOSE_TEMPLATES);
  if (loose.length) {
    entries.push({ id: 'group:mine', parentId: MENU_ROOT, title: t('menuMyTemplates') }, ...loose.map((tpl) => templateEntry(tpl, 'group:mine')));
  }
  entries.push({ id: 'separator:panel', parentId: MENU_ROOT, separator: true }, { id: OPEN_PANEL, parentId: MENU_ROOT, title: t('menuOpenPanel') });
  return entries;
}
