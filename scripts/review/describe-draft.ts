// How a review sheet presents one draft: the situation, the user's choices and what was typed,
// as a blind reviewer reads them. Shared by the random sample and the per-reason sheet.
import { LOCALE_TRAITS } from '../../src/core/locale-traits';
import { REASONS, renderDraft, type DraftRequest, type DraftVars } from '../../src/core/index';

export function describeDraft(title: string, req: DraftRequest, typed: readonly string[]): string {
  const vars: DraftVars = req.vars ?? {};
  const reason = REASONS.find((r) => r.id === req.reason)!;
  const plural = req.plural === true;
  const { text } = renderDraft(req);
  const choices = [
    `tone ${req.tone}`, LOCALE_TRAITS[req.locale].formalAddress ? `address ${plural ? `several people, ${req.formality}` : req.formality}` : undefined,
    req.locale === 'es' ? `Spanish of ${req.variety === 'spain' ? 'Spain' : 'Latin America'}` : undefined,
    plural && !LOCALE_TRAITS[req.locale].formalAddress ? 'several recipients' : undefined,
    `explain the reason: ${req.includeReason ? 'yes' : 'no'}`,
    // The panel offers no open door here (docs/design.md section 3): the switch shows "Never for this reason".
    `keep the door open: ${reason.id === 'disrespect-or-ethics' ? 'never for this reason' : req.keepDoorOpen ? 'yes' : 'no'}`,
    `offer instead: ${req.alternative}`, `client's gender: ${vars.clientGender ?? 'not given'}`, `my gender: ${vars.myGender ?? 'not given'}`,
    req.signOff ? undefined : 'signature already in the compose window (no name under the sign-off)',
  ].filter(Boolean).join('; ');
  return `### ${title}\nSituation: ${reason.useWhen.en} (${reason.label[req.locale]})\nChoices: ${choices}\nTyped: ${typed.join('; ')}\n\n${text}\n`;
}
