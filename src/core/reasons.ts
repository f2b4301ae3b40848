// The 19 refusal reasons (docs/design.md section 2). Ids and alternative ids are a stable contract;
// labels and "use when" lines are in the draft's languages, for the panel and the options page.
import type { AlternativeId, Locale, ReasonId, VarName } from './types';

/** A new enquiry, a request inside work under way, or the end of the collaboration. */
export type Stage = 'new' | 'ongoing' | 'ending';

export type ReasonGroup = 'time' | 'scope' | 'money' | 'trust' | 'boundaries' | 'relationship';

export interface Reason {
  id: ReasonId;
  group: ReasonGroup;
  label: Record<Locale, string>;
  useWhen: Record<Locale, string>;
  /** Default first. */
  alternatives: readonly AlternativeId[];
  /** Variables the reason's own sentences can use, besides names. */
  vars: readonly VarName[];
  /** Where the relationship stands when this no is said: it picks the acknowledgement and the closing line. */
  stage: Stage;
}

// Labels are keyed by language, not placed by position: a language added to LOCALES and missing
// here is a compile error on every reason.
const r = (
  id: ReasonId, group: ReasonGroup, alternatives: AlternativeId[], vars: VarName[], stage: Stage,
  label: Record<Locale, string>, useWhen: Record<Locale, string>,
): Reason => ({ id, group, alternatives, vars, stage, label, useWhen });

export const REASONS: readonly Reason[] = [
  r('schedule-full', 'time', ['later-date', 'referral', 'none'], ['date', 'referralName', 'referralContact'], 'new',
    { en: 'My schedule is full', es: 'Tengo la agenda completa', it: "Ho l'agenda piena" },
    { en: "You'd like to help, but current clients fill your calendar.", es: 'Te gustaría ayudar, pero tus clientes actuales llenan tu agenda.', it: 'Vorresti aiutare, ma i clienti attuali riempiono la tua agenda.' }),
  r('deadline-too-tight', 'time', ['later-date', 'smaller-scope', 'none'], ['date', 'offer'], 'ongoing',
    { en: 'The deadline is too tight', es: 'El plazo es demasiado ajustado', it: 'La scadenza è troppo stretta' },
    { en: 'They want it sooner than good work allows, or want to move a deadline up.', es: 'Te piden entregar antes de lo que permite un buen trabajo, o adelantar un plazo.', it: 'Ti chiedono di consegnare prima di quanto permetta un buon lavoro, o di anticipare una scadenza.' }),
  r('out-of-scope', 'scope', ['separate-quote', 'none'], ['rate'], 'ongoing',
    { en: 'Outside the agreed work', es: 'Fuera de lo acordado', it: 'Fuori dal lavoro concordato' },
    { en: 'An extra "while you\'re at it" request that isn\'t part of the agreed work.', es: 'Una petición extra de «ya que estás» que no forma parte del trabajo acordado.', it: 'Una richiesta extra del tipo «già che ci sei» che non rientra nel lavoro concordato.' }),
  r('not-my-specialty', 'scope', ['referral', 'free-resources', 'none'], ['referralName', 'referralContact', 'resources'], 'new',
    { en: 'Not my specialty', es: 'No es mi especialidad', it: 'Non è la mia specialità' },
    { en: 'The request is outside your field.', es: 'La petición queda fuera de tu campo.', it: 'La richiesta è fuori dal tuo campo.' }),
  r('budget-too-low', 'money', ['smaller-scope', 'separate-quote', 'none'], ['rate', 'offer'], 'new',
    { en: 'The budget is too low', es: 'El presupuesto no alcanza', it: 'Il budget è troppo basso' },
    { en: 'Their budget is below your price for this work.', es: 'Su presupuesto está por debajo de tu precio para este trabajo.', it: 'Il budget del cliente è sotto il tuo prezzo per questo lavoro.' }),
  r('cannot-pay', 'money', ['payment-first', 'free-resources', 'none'], ['amount', 'resources'], 'new',
    { en: "They can't or won't pay", es: 'No puede o no quiere pagar', it: 'Non può o non vuole pagare' },
    { en: 'They haggle, offer a swap instead of payment, appeal to guilt, or pay late.', es: 'Regatea, propone un trueque en vez de pagar, apela a la culpa o paga tarde.', it: 'Contratta, propone uno scambio invece del pagamento, fa leva sul senso di colpa o paga in ritardo.' }),
  r('discount-after-delivery', 'money', ['written-agreement', 'none'], ['agreement'], 'ongoing',
    { en: 'Discount after delivery', es: 'Descuento tras la entrega', it: 'Sconto dopo la consegna' },
    { en: 'The work was delivered as agreed, and now they want to pay less.', es: 'El trabajo se entregó según lo acordado y ahora quiere pagar menos.', it: 'Il lavoro è stato consegnato come concordato e ora vogliono pagare meno.' }),
  r('extra-revisions', 'scope', ['paid-extra', 'none'], ['policy', 'rate'], 'ongoing',
    { en: 'More revisions than agreed', es: 'Más revisiones de las acordadas', it: 'Più revisioni del previsto' },
    { en: 'They ask for more rounds of changes than your policy includes.', es: 'Te pide más rondas de cambios de las que incluye tu política.', it: 'Ti chiedono più giri di modifiche di quelli previsti dalle tue condizioni.' }),
  r('as-agreed-in-writing', 'trust', ['written-agreement', 'none'], ['agreement'], 'ongoing',
    { en: "It's in our written agreement", es: 'Está acordado por escrito', it: 'È scritto negli accordi' },
    { en: 'They dispute what was agreed; the written record says otherwise.', es: 'Discute lo acordado, y lo que quedó por escrito dice otra cosa.', it: 'Contestano quanto concordato, ma gli accordi scritti dicono altro.' }),
  r('guarantee-demanded', 'trust', ['what-i-can-do', 'none'], ['offer'], 'new',
    { en: 'Guaranteed results demanded', es: 'Exige resultados garantizados', it: 'Pretende risultati garantiti' },
    { en: 'They insist on guaranteed results and shift all the risk onto you.', es: 'Insiste en resultados garantizados y te traslada todo el riesgo.', it: 'Insistono per avere risultati garantiti e scaricano su di te ogni rischio.' }),
  r('unrealistic-expectations', 'scope', ['smaller-scope', 'what-i-can-do', 'none'], ['offer'], 'new',
    { en: 'Unrealistic expectations', es: 'Expectativas poco realistas', it: 'Aspettative irrealistiche' },
    { en: 'They expect a "magic" result nobody could promise.', es: 'Espera un resultado «mágico» que nadie podría prometer.', it: 'Si aspettano un risultato «magico» che nessuno potrebbe promettere.' }),
  r('already-helped', 'boundaries', ['free-resources', 'paid-extra', 'none'], ['resources', 'rate'], 'ongoing',
    { en: 'Already helped with this', es: 'Ya ayudé con esto', it: 'Ho già aiutato su questo' },
    { en: 'They come back with the same problem you already helped them with.', es: 'Vuelve con el mismo problema en el que ya le ayudaste.', it: 'Tornano con lo stesso problema per cui li hai già aiutati.' }),
  r('third-party-request', 'boundaries', ['direct-contact', 'none'], [], 'new',
    { en: "Asking on someone else's behalf", es: 'Pide en nombre de otra persona', it: 'Chiede per conto di altri' },
    { en: 'They ask for help for someone else: a partner, a relative, a friend.', es: 'Pide ayuda para otra persona: su pareja, un familiar, un amigo.', it: 'Chiedono aiuto per qualcun altro: il partner, un familiare, un amico.' }),
  r('after-hours', 'boundaries', ['working-hours', 'none'], ['policy'], 'ongoing',
    { en: 'Outside my working hours', es: 'Fuera de mi horario', it: 'Fuori dal mio orario' },
    { en: 'They call at odd hours, expect evenings or holidays, or insist on calls over email.', es: 'Llama a deshoras, espera que trabajes por la noche o en festivos, o insiste en llamadas en vez de correos.', it: 'Chiamano a orari impossibili, pretendono sere o festivi, o insistono per telefonare invece di scrivere.' }),
  r('disrespect-or-ethics', 'boundaries', ['none'], [], 'new',
    { en: 'Disrespect or an unethical request', es: 'Falta de respeto o petición poco ética', it: 'Mancanza di rispetto o richiesta scorretta' },
    { en: "They are disrespectful, or ask for something you won't do, such as a bribe.", es: 'Falta al respeto o pide algo que no vas a hacer, como un soborno.', it: 'Mancano di rispetto o chiedono qualcosa che non farai, come una tangente.' }),
  r('contract-terms', 'trust', ['what-i-can-do', 'none'], ['clause', 'offer'], 'new',
    { en: "Contract terms I don't accept", es: 'Condiciones que no acepto', it: 'Condizioni che non accetto' },
    { en: 'Non-compete, exclusivity or other clauses against your boundaries.', es: 'No competencia, exclusividad u otras cláusulas que chocan con tus límites.', it: 'Non concorrenza, esclusiva o altre clausole contrarie ai tuoi limiti.' }),
  r('partial-yes', 'scope', ['what-i-can-do'], ['declined', 'offer'], 'new',
    { en: 'Yes to part of it', es: 'Sí a una parte', it: 'Sì a una parte' },
    { en: 'You can do some of what they ask, not all of it.', es: 'Puedes hacer una parte de lo que pide, no todo.', it: 'Puoi fare una parte di quello che chiedono, non tutto.' }),
  r('not-a-fit', 'relationship', ['referral', 'none'], ['referralName', 'referralContact'], 'ending',
    { en: 'Not a good fit', es: 'No encajamos', it: 'Non siamo la scelta giusta' },
    { en: 'Ending the work together, or not starting it.', es: 'Para terminar la colaboración o no empezarla.', it: 'Per chiudere la collaborazione o non iniziarla.' }),
  r('buy-time', 'time', ['reply-by'], ['date'], 'new',
    { en: 'Not yet: I need time to decide', es: 'Aún no: necesito tiempo', it: 'Non ancora: mi serve tempo' },
    { en: "They want a decision on the spot; you'll answer in writing.", es: 'Quiere una respuesta en el momento; contestarás por escrito.', it: 'Vogliono una risposta subito; risponderai per iscritto.' }),
];

const byId = new Map(REASONS.map((reason) => [reason.id, reason]));

/** The reason with this id; an unknown id is a RangeError (it comes from outside: a message, a stored template). */
export function reasonById(id: string): Reason {
  const reason = byId.get(id as ReasonId);
  if (!reason) throw new RangeError(`Unknown reason "${id}"`);
  return reason;
}
