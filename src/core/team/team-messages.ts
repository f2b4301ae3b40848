// Why a team policy was ignored, in the options page's language, said so that the member can
// pass it on to whoever manages the policy: what is wrong and where.
import type { Locale } from '../types';
import type { HiddenCharacter } from '../templates/hidden-characters';
import { ISSUE_MESSAGES } from '../templates/validate-messages';

export type TeamProblem =
  | { code: 'no-name' | 'no-templates' }
  | { code: 'name-too-long'; max: number }
  | { code: 'name-hidden'; hidden: HiddenCharacter }
  | { code: 'not-object' | 'not-list' | 'not-boolean' | 'unknown-key'; key: string }
  | { code: 'unknown-lock'; found: string }
  | { code: 'templates' | 'defaults'; text: string };

type Say = (p: TeamProblem) => string;
const hidden = (locale: Locale, h: HiddenCharacter): string => ISSUE_MESSAGES[locale].hidden(h.kind, h.codePoint);

const en: Say = (p) => {
  switch (p.code) {
    case 'no-name': return '"teamName" should be the team\'s name.';
    case 'no-templates': return '"templates" holds no template (the browser drops it when it is not a list of templates).';
    case 'name-too-long': return `"teamName" should be at most ${p.max} characters.`;
    case 'name-hidden': return `"teamName" ${hidden('en', p.hidden)}.`;
    case 'not-object': return `"${p.key}" should be a group of fields.`;
    case 'not-list': return `"${p.key}" should be a list.`;
    case 'not-boolean': return `"${p.key}" should be true or false.`;
    case 'unknown-key': return `"${p.key}" is not a setting a team can give.`;
    case 'unknown-lock': return `"locks.defaults" names "${p.found}", which is not a default a team can lock.`;
    case 'templates': return `In "templates": ${p.text}`;
    case 'defaults': return `In "defaults": ${p.text}`;
  }
};

const es: Say = (p) => {
  switch (p.code) {
    case 'no-name': return '«teamName» debería ser el nombre del equipo.';
    case 'no-templates': return '«templates» no contiene ninguna plantilla (el navegador lo descarta si no es una lista de plantillas).';
    case 'name-too-long': return `«teamName» debería tener como máximo ${p.max} caracteres.`;
    case 'name-hidden': return `«teamName» ${hidden('es', p.hidden)}.`;
    case 'not-object': return `«${p.key}» debería ser un grupo de campos.`;
    case 'not-list': return `«${p.key}» debería ser una lista.`;
    case 'not-boolean': return `«${p.key}» debería ser true o false.`;
    case 'unknown-key': return `«${p.key}» no es un ajuste que un equipo pueda dar.`;
    case 'unknown-lock': return `«locks.defaults» nombra «${p.found}», que no es un ajuste que un equipo pueda bloquear.`;
    case 'templates': return `En «templates»: ${p.text}`;
    case 'defaults': return `En «defaults»: ${p.text}`;
  }
};

const it: Say = (p) => {
  switch (p.code) {
    case 'no-name': return '«teamName» dovrebbe essere il nome del team.';
    case 'no-templates': return '«templates» non contiene alcun modello (il browser lo scarta se non è un elenco di modelli).';
    case 'name-too-long': return `«teamName» dovrebbe avere al massimo ${p.max} caratteri.`;
    case 'name-hidden': return `«teamName» ${hidden('it', p.hidden)}.`;
    case 'not-object': return `«${p.key}» dovrebbe essere un gruppo di campi.`;
    case 'not-list': return `«${p.key}» dovrebbe essere un elenco.`;
    case 'not-boolean': return `«${p.key}» dovrebbe essere true o false.`;
    case 'unknown-key': return `«${p.key}» non è un'impostazione che un team può dare.`;
    case 'unknown-lock': return `«locks.defaults» indica «${p.found}», che non è un'impostazione che un team può bloccare.`;
    case 'templates': return `In «templates»: ${p.text}`;
    case 'defaults': return `In «defaults»: ${p.text}`;
  }
};

export const TEAM_MESSAGES: Record<Locale, Say> = { en, es, it };
