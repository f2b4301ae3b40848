// What each alternative is called in the draft's languages, and which values a choice of reason
// and alternative needs: the panel shows input fields for those and no others.
import type { AlternativeId, Locale, ReasonId, VarName } from './types';

export const ALTERNATIVE_LABELS: Record<AlternativeId, Record<Locale, string>> = {
  'later-date': { en: 'Offer a later date', es: 'Proponer una fecha posterior', it: 'Proporre una data successiva' },
  referral: { en: 'Recommend a colleague', es: 'Recomendar a otra persona', it: 'Consigliare un collega' },
  'smaller-scope': { en: 'Offer a smaller scope', es: 'Ofrecer un alcance menor', it: 'Proporre un lavoro ridotto' },
  'separate-quote': { en: 'Quote it separately', es: 'Presupuestarlo aparte', it: 'Fare un preventivo a parte' },
  'free-resources': { en: 'Point to free resources', es: 'Indicar recursos gratuitos', it: 'Indicare risorse gratuite' },
  'payment-first': { en: 'Payment first', es: 'Primero el pago', it: 'Prima il pagamento' },
  'written-agreement': { en: 'Refer to the written agreement', es: 'Remitir a lo acordado por escrito', it: 'Rimandare agli accordi scritti' },
  'paid-extra': { en: 'Offer it as paid extra work', es: 'Ofrecerlo como extra de pago', it: 'Proporlo come extra a pagamento' },
  'what-i-can-do': { en: 'Say what I can do', es: 'Decir lo que sí puedo hacer', it: 'Dire cosa posso fare' },
  'direct-contact': { en: 'Ask them to write directly', es: 'Que me escriba directamente', it: 'Che mi contatti direttamente' },
  'working-hours': { en: 'Offer my working hours', es: 'Ofrecer mi horario', it: 'Proporre il mio orario' },
  'reply-by': { en: 'Promise a written reply', es: 'Prometer respuesta por escrito', it: 'Promettere una risposta scritta' },
  none: { en: 'No alternative', es: 'Sin alternativa', it: 'Nessuna alternativa' },
};

const ALTERNATIVE_VARS: Record<AlternativeId, readonly VarName[]> = {
  'later-date': ['date'], referral: ['referralName', 'referralContact'], 'smaller-scope': ['offer'],
  'separate-quote': ['rate'], 'free-resources': ['resources'], 'payment-first': ['amount'], 'written-agreement': ['agreement'],
  'paid-extra': ['rate'], 'what-i-can-do': ['offer'], 'direct-contact': [], 'working-hours': ['policy'],
  'reply-by': ['date'], none: [],
};

// Values a reason's own explanation cites (the policy or the agreement, docs/design.md section 3).
const REASON_VARS: Partial<Record<ReasonId, readonly VarName[]>> = {
  'extra-revisions': ['policy'], 'after-hours': ['policy'], 'budget-too-low': ['rate'],
  'discount-after-delivery': ['agreement'], 'as-agreed-in-writing': ['agreement'],
};

// The thing refused or owed: without it the no stays vague ("these clauses", "the rest"), so the
// panel asks for it more insistently. The no itself names it, explained or not.
const NAMED_IN_DECISION: Partial<Record<ReasonId, readonly VarName[]>> = {
  'contract-terms': ['clause'], 'partial-yes': ['declined'],
};

/** Fields whose absence leaves the draft vaguer where it matters: the panel marks them as recommended. */
export const RECOMMENDED_FIELDS: ReadonlySet<VarName> = new Set(['clause', 'declined', 'resources', 'amount']);

/** The fields a draft of this reason and alternative can use, in the order they appear in it. */
export function fieldsFor(reason: ReasonId, alternative: AlternativeId, includeReason: boolean): VarName[] {
  const fields: VarName[] = ['clientFirstName'];
  const own = [...NAMED_IN_DECISION[reason] ?? [], ...(includeReason ? REASON_VARS[reason] ?? [] : [])];
  for (const name of [...own, ...ALTERNATIVE_VARS[alternative]]) {
    if (!fields.includes(name)) fields.push(name);
  }
  return [...fields, 'myName'];
}
