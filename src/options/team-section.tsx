// "Team library": the templates the organisation's policy gives every member, read-only, each
// with a way to make a personal copy; or, when the policy was ignored, why.
import type { TeamState } from '../core/team';
import { contentOf } from '../core/templates/edit';
import type { TemplateContent } from '../core/templates/types';
import { t } from '../shared/i18n';
import { localeLabel, reasonLabel, toneLabel } from './labels';

export function TeamSection({ state, onDuplicate }: { state: TeamState; onDuplicate(content: TemplateContent): void }) {
  if (!state.team && !state.rejected) return null;
  return (
    <section id="team" class="card" data-testid="team-library" aria-labelledby="op-team-heading">
      <h2 id="op-team-heading">{t('teamLibraryHeading')}</h2>
      {state.rejected !== undefined
        ? <p role="alert" class="error">{t('teamPolicyRejected', state.rejected)}</p>
        : (
          <>
            <p class="intro">{t('teamLibraryIntro', state.team.teamName)}</p>
            <ul class="team-templates">
              {state.team.templates.map((tpl) => (
                <li key={tpl.id} data-testid="team-template" data-template-id={tpl.id}>
                  <div class="team-template-head">
                    <strong>{tpl.name}</strong>
                    <span class="note">{[tpl.reason ? reasonLabel(tpl.reason) : tpl.label, localeLabel(tpl.locale), toneLabel(tpl.tone)].join(' · ')}</span>
                    {state.team.personalTemplates && (
                      <button type="button" data-testid="team-duplicate" onClick={() => onDuplicate(contentOf(tpl))}>{t('teamDuplicate')}</button>
                    )}
                  </div>
                  <pre class="team-body">{tpl.body}</pre>
                </li>
              ))}
            </ul>
          </>
        )}
    </section>
  );
}
