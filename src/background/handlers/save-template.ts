import { isLocale, type Locale } from '../../core/types';
import type { TemplateContent, TemplateRecord } from '../../core/templates/types';
import { describeIssue, validateTemplate } from '../../core/templates/validate';
import { store } from '../../shared/storage';
import { objectPayload, templateId } from './payload';
import { readTeamState } from '../../shared/storage/managed';
import { t } from '../../shared/i18n';

export interface SaveTemplateRequest {
  /** Absent for a new template. */
  id?: string;
  template: TemplateContent;
  /** Language of the error message, when the template has a problem. */
  uiLocale?: Locale;
}

/** Creates or edits a personal template after checking it; a problem comes back as an Error that says where. */
export async function saveTemplate(req: SaveTemplateRequest): Promise<TemplateRecord> {
  const { id, template, uiLocale } = objectPayload('templates/save', req);
  const locale = isLocale(uiLocale) ? uiLocale : 'en';
  // A team that allows only its own templates: members may still edit what they have.
  const { team } = id === undefined ? await readTeamState(locale) : {};
  if (team?.personalTemplates === false) throw new Error(t('teamPersonalLocked', team.teamName));
  const fields = objectPayload('templates/save: template', template);
  const issues = validateTemplate(fields, locale);
  if (issues.length > 0) {
    const more = issues.length > 1 ? ` (+${issues.length - 1})` : '';
    throw new Error(describeIssue(issues[0]!, locale) + more);
  }
  const content: TemplateContent = {
    name: fields.name as string, locale: fields.locale as Locale, tone: fields.tone as TemplateContent['tone'], body: fields.body as string,
  };
  if (fields.reason !== undefined) content.reason = fields.reason as TemplateContent['reason'];
  if (fields.label !== undefined) content.label = fields.label as string;
  return store.save(content, id === undefined ? undefined : templateId('templates/save', id));
}
