// The 19 refusal reasons (DESIGN.md section 2). Ids and alternative ids are a stable contract;
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

const r = (
  id: ReasonId, group: ReasonGroup, alternatives: AlternativeId[], vars: VarName[], stage: Stage,
  label: [string, string, string], useWhen: [string, string, string],
): Reason => ({
  id, group, alternatives, vars, stage,
  label: { en: label[0], es: label[1], it: label[2] },
  useWhen: { en: useWhen[0], es: useWhen[1], it: useWhen[2] },
});

export const REASONS: readonly Reason[] = [
  r('schedule-full', 'time', ['later-date', 'referral', 'none'], ['date', 'referralName', 'referralContact'], 'new',
    ['My schedule is full', 'Tengo la agenda completa', "Ho l'agenda piena"],
    ["You'd like to help, but current clients fill your calendar.", 'Te gustaría ayudar, pero tus clientes actuales llenan tu agenda.', "Vorresti aiutare, ma i clienti attuali riempiono la tua agenda."]),
  r('deadline-too-tight', 'time', ['later-date', 'smaller-scope', 'none'], ['date', 'offer'], 'ongoing',
    ['The deadline is too tight', 'El plazo es demasiado ajustado', 'La scadenza è troppo stretta'],
    ['They want it sooner than good work allows, or want to move a deadline up.', 'Te piden entregar antes de lo que permite un buen trabajo, o adelantar un plazo.', 'Ti chiedono di consegnare prima di quanto permetta un buon lavoro, o di anticipare una scadenza.']),
  r('out-of-scope', 'scope', ['separate-quote', 'none'], ['rate'], 'ongoing',
    ['Outside the agreed work', 'Fuera de lo acordado', 'Fuori dal lavoro concordato'],
    ['An extra "while you\'re at it" request that isn\'t part of the agreed work.', 'Una petición extra de «ya que estás» que no forma parte del trabajo acordado.', "Una richiesta extra del tipo «già che ci sei» che non rientra nel lavoro concordato."]),
  r('not-my-specialty', 'scope', ['referral', 'free-resources', 'none'], ['referralName', 'referralContact', 'resources'], 'new',
    ['Not my specialty', 'No es mi especialidad', 'Non è la mia specialità'],
    ['The request is outside your field.', 'La petición queda fuera de tu campo.', 'La richiesta è fuori dal tuo campo.']),
  r('budget-too-low', 'money', ['smaller-scope', 'separate-quote', 'none'], ['rate', 'offer'], 'new',
    ['The budget is too low', 'El presupuesto no alcanza', 'Il budget è troppo basso'],
    ['Their budget is below your price for this work.', 'Su presupuesto está por debajo de tu precio para este trabajo.', 'Il budget del cliente è sotto il tuo prezzo per questo lavoro.']),
  r('cannot-pay', 'money', ['payment-first', 'free-resources', 'none'], ['amount', 'resources'], 'new',
    ["They can't or won't pay", 'No puede o no quiere pagar', 'Non può o non vuole pagare'],
    ['They haggle, offer a swap instead of payment, appeal to guilt, or pay late.', 'Regatea, propone un trueque en vez de pagar, apela a la culpa o paga tarde.', 'Contratta, propone uno scambio invece del pagamento, fa leva sul senso di colpa o paga in ritardo.']),
  r('discount-after-delivery', 'money', ['written-agreement', 'none'], ['agreement'], 'ongoing',
    ['Discount after delivery', 'Descuento tras la entrega', 'Sconto dopo la consegna'],
    ['The work was delivered as agreed, and now they want to pay less.', 'El trabajo se entregó según lo acordado y ahora quiere pagar menos.', 'Il lavoro è stato consegnato come concordato e ora vogliono pagare meno.']),
  r('extra-revisions', 'scope', ['paid-extra', 'none'], ['policy', 'rate'], 'ongoing',
    ['More revisions than agreed', 'Más revisiones de las acordadas', 'Più revisioni del previsto'],
    ['They ask for more rounds of changes than your policy includes.', 'Te pide más rondas de cambios de las que incluye tu política.', 'Ti chiedono più giri di modifiche di quelli previsti dalle tue condizioni.']),
  r('as-agreed-in-writing', 'trust', ['written-agreement', 'none'], ['agreement'], 'ongoing',
    ["It's in our written agreement", 'Está acordado por escrito', 'È scritto negli accordi'],
    ['They dispute what was agreed; the written record says otherwise.', 'Discute lo acordado, y lo que quedó por escrito dice otra cosa.', 'Contestano quanto concordato, ma gli accordi scritti dicono altro.']),
  r('guarantee-demanded', 'trust', ['what-i-can-do', 'none'], ['offer'], 'new',
    ['Guaranteed results demanded', 'Exige resultados garantizados', 'Pretende risultati garantiti'],
    ['They insist on guaranteed results and shift all the risk onto you.', 'Insiste en resultados garantizados y te traslada todo el riesgo.', 'Insistono per avere risultati garantiti e scaricano su di te ogni rischio.']),
  r('unrealistic-expectations', 'scope', ['smaller-scope', 'what-i-can-do', 'none'], ['offer'], 'new',
    ['Unrealistic expectations', 'Expectativas poco realistas', 'Aspettative irrealistiche'],
    ['They expect a "magic" result nobody could promise.', 'Espera un resultado «mágico» que nadie podría prometer.', 'Si aspettano un risultato «magico» che nessuno potrebbe promettere.']),
  r('already-helped', 'boundaries', ['free-resources', 'paid-extra', 'none'], ['resources', 'rate'], 'ongoing',
    ['Already helped with this', 'Ya ayudé con esto', 'Ho già aiutato su questo'],
    ['They come back with the same problem you already helped them with.', 'Vuelve con el mismo problema en el que ya le ayudaste.', 'Tornano con lo stesso problema per cui li hai già aiutati.']),
  r('third-party-request', 'boundaries', ['direct-contact', 'none'], [], 'new',
    ["Asking on someone else's behalf", 'Pide en nombre de otra persona', 'Chiede per conto di altri'],
    ['They ask for help for someone else: a partner, a relative, a friend.', 'Pide ayuda para otra persona: su pareja, un familiar, un amigo.', 'Chiedono aiuto per qualcun altro: il partner, un familiare, un amico.']),
  r('after-hours', 'boundaries', ['working-hours', 'none'], ['policy'], 'ongoing',
    ['Outside my working hours', 'Fuera de mi horario', 'Fuori dal mio orario'],
    ['They call at odd hours, expect evenings or holidays, or insist on calls over email.', 'Llama a deshoras, espera que trabajes por la noche o en festivos, o insiste en llamadas en vez de correos.', 'Chiamano a orari impossibili, pretendono sere o festivi, o insistono per telefonare invece di scrivere.']),
  r('disrespect-or-ethics', 'boundaries', ['none'], [], 'new',
    ['Disrespect or an unethical request', 'Falta de respeto o petición poco ética', 'Mancanza di rispetto o richiesta scorretta'],
    ["They are disrespectful, or ask for something you won't do, such as a bribe.", 'Falta al respeto o pide algo que no vas a hacer, como un soborno.', 'Mancano di rispetto o chiedono qualcosa che non farai, come una tangente.']),
  r('contract-terms', 'trust', ['what-i-can-do', 'none'], ['clause', 'offer'], 'new',
    ["Contract terms I don't accept", 'Condiciones que no acepto', 'Condizioni che non accetto'],
    ['Non-compete, exclusivity or other clauses against your boundaries.', 'No competencia, exclusividad u otras cláusulas que chocan con tus límites.', 'Non concorrenza, esclusiva o altre clausole contrarie ai tuoi limiti.']),
  r('partial-yes', 'scope', ['what-i-can-do'], ['declined', 'offer'], 'new',
    ['Yes to part of it', 'Sí a una parte', 'Sì a una parte'],
    ['You can do some of what they ask, not all of it.', 'Puedes hacer una parte de lo que pide, no todo.', 'Puoi fare una parte di quello che chiedono, non tutto.']),
  r('not-a-fit', 'relationship', ['referral', 'none'], ['referralName', 'referralContact'], 'ending',
    ['Not a good fit', 'No encajamos', 'Non siamo la scelta giusta'],
    ['Ending the work together, or not starting it.', 'Para terminar la colaboración o no empezarla.', 'Per chiudere la collaborazione o non iniziarla.']),
  r('buy-time', 'time', ['reply-by'], ['date'], 'new',
    ['Not yet: I need time to decide', 'Aún no: necesito tiempo', 'Non ancora: mi serve tempo'],
    ["They want a decision on the spot; you'll answer in writing.", 'Quiere una respuesta en el momento; contestarás por escrito.', 'Vogliono una risposta subito; risponderai per iscritto.']),
];

const byId = new Map(REASONS.map((reason) => [reason.id, reason]));

/** The reason with this id; an unknown id is a RangeError (it comes from outside: a message, a stored template). */
export function reasonById(id: string): Reason {
  const reason = byId.get(id as ReasonId);
  if (!reason) throw new RangeError(`Unknown reason "${id}"`);
  return reason;
}
