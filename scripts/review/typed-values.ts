// Realistic values a user types into the panel's fields, per language, shaped like each field's
// placeholder: what the review sample fills drafts with. Never used by the drafts themselves.
import type { Locale, ReasonId, VarName } from '../../src/core/types';

type Pool = Partial<Record<VarName, readonly string[]>>;

/** A name with the gender it implies; the sample gives a gender only when the name has one. */
export type Named = readonly [name: string, gender: 'f' | 'm' | undefined];

export const TYPED_NAMES: Record<Locale, { client: readonly Named[]; me: readonly Named[] }> = {
  en: {
    client: [['Laura', 'f'], ['James', 'm'], ['Priya', 'f'], ['Tom', 'm'], ['Hannah', 'f'], ['Daniel', 'm'], ['Olivia', 'f']],
    me: [['Sam Carter', undefined], ['Alex', undefined], ['Jordan Lee', undefined], ['Emma Hughes', 'f'], ['Mark Bell', 'm']],
  },
  es: {
    client: [['Lucía', 'f'], ['Javier', 'm'], ['Marta', 'f'], ['Andrés', 'm'], ['Carmen', 'f'], ['Diego', 'm'], ['Valentina', 'f']],
    me: [['Elena Martín', 'f'], ['Pablo', 'm'], ['Irene Soto', 'f'], ['Sergio Vidal', 'm']],
  },
  it: {
    client: [['Giulia', 'f'], ['Marco', 'm'], ['Francesca', 'f'], ['Luca', 'm'], ['Chiara', 'f'], ['Alessandro', 'm'], ['Sara', 'f']],
    me: [['Elena Rossi', 'f'], ['Paolo', 'm'], ['Irene Conti', 'f'], ['Stefano Greco', 'm']],
  },
};

export const TYPED_VALUES: Record<Locale, Pool> = {
  en: {
    date: ['early March', 'the week of 14 April', 'Monday 3 June', 'the end of the month', 'mid-September', 'next Friday'],
    rate: ['€60 an hour', '£450 a day', '$85 per hour', '€90 an hour'],
    policy: ['two rounds of revisions', 'one round of revisions of up to 15%', 'Monday to Friday, 9 to 5', 'weekdays from 9:00 to 17:30'],
    agreement: ['the proposal you approved on 3 May', 'our contract of 12 February', 'the quote we agreed in January', 'the brief signed off in March'],
    offer: ['the two landing pages', 'a first draft of the homepage copy', 'a 30-minute strategy call', 'the logo without the full brand guide', 'an audit of your current site'],
    referralName: ['Marta Ruiz', 'Ben Walsh', 'Studio Kite', 'Aisha Khan'],
    referralContact: ['marta@ruiz.studio', 'ben@walshdesign.co.uk', 'hello@studiokite.com', '+44 20 7946 0321'],
    clause: ['the non-compete clause', 'the two-year exclusivity clause', 'clause 7 on unlimited revisions', 'the 90-day payment terms'],
    declined: ['the social media management', 'the Spanish translation', 'the video editing', 'the weekly reporting'],
    resources: ['the Google Search Central guides', 'the free Canva tutorials', "Mailchimp's getting-started guide", 'the HMRC guidance on self-assessment'],
    amount: ['the March invoice', 'the 50% deposit', 'the two outstanding invoices', '€1,200'],
  },
  es: {
    date: ['principios de marzo', 'el lunes 3 de junio', 'la semana del 14 de abril', 'finales de mes', 'mediados de septiembre', 'el próximo viernes'],
    rate: ['60 € la hora', '450 € por jornada', '90 € la hora', '80 USD la hora'],
    policy: ['dos rondas de cambios', 'una ronda de revisiones', 'de lunes a viernes, de 9 a 17 h', 'de 9:00 a 18:00 en días laborables'],
    agreement: ['el presupuesto aprobado el 3 de mayo', 'el contrato del 12 de febrero', 'la propuesta que firmamos en enero', 'el briefing aprobado en marzo'],
    offer: ['las dos páginas de aterrizaje', 'un primer borrador de los textos de la web', 'una llamada de 30 minutos', 'el logotipo sin el manual de marca', 'una auditoría de la web actual'],
    referralName: ['Marta Ruiz', 'Jorge Alonso', 'Estudio Nube', 'Ana Beltrán'],
    referralContact: ['marta@ruiz.studio', 'jorge@alonsodiseno.es', 'hola@estudionube.com', '+34 612 345 678'],
    clause: ['la cláusula de no competencia', 'la cláusula de exclusividad de dos años', 'la cláusula 7 sobre revisiones ilimitadas', 'el pago a 90 días'],
    declined: ['la gestión de redes sociales', 'la traducción al inglés', 'la edición de vídeo', 'los informes semanales'],
    resources: ['las guías gratuitas de Google', 'los tutoriales de Canva', 'el centro de ayuda de Shopify', 'la guía del autónomo de la Agencia Tributaria'],
    amount: ['la factura de marzo', 'el anticipo del 50 %', 'las dos facturas pendientes', '1.200 €'],
  },
  it: {
    date: ['inizio marzo', 'lunedì 3 giugno', 'la settimana del 14 aprile', 'fine mese', 'metà settembre', 'venerdì prossimo'],
    rate: ["60 € l'ora", '450 € a giornata', "90 € l'ora"],
    policy: ['due giri di revisioni', 'un giro di revisioni', 'dal lunedì al venerdì, dalle 9 alle 18', 'nei giorni feriali dalle 9 alle 17'],
    agreement: ['il preventivo approvato il 3 maggio', 'il contratto del 12 febbraio', 'la proposta firmata a gennaio', 'il brief approvato a marzo'],
    offer: ['le due landing page', 'una prima bozza dei testi del sito', 'una call di 30 minuti', 'il logo senza il manuale del marchio', "un'analisi del sito attuale"],
    referralName: ['Marta Ruiz', 'Davide Ferri', 'Studio Nuvola', 'Anna Galli'],
    referralContact: ['marta@ruiz.studio', 'davide@ferridesign.it', 'ciao@studionuvola.it', '+39 347 123 4567'],
    clause: ['la clausola di non concorrenza', 'la clausola di esclusiva biennale', "l'articolo 7 sulle revisioni illimitate", 'il pagamento a 90 giorni'],
    declined: ['la gestione dei social', 'la traduzione in inglese', 'il montaggio video', 'i report settimanali'],
    resources: ['le guide gratuite di Google', 'i tutorial di Canva', 'il centro assistenza di Shopify', "le guide dell'Agenzia delle Entrate"],
    amount: ['la fattura di marzo', "l'acconto del 50%", 'le due fatture in sospeso', '1.200 €'],
  },
};

// Where a field means something particular to the reason (working hours as the policy, what can
// be agreed instead of a clause), the user types values of that kind. Lists of one reason are
// drawn at the same position, as are referralName and referralContact: a clause comes with the
// offer that answers it, a colleague with their own contact.
export const TYPED_FOR_REASON: Record<Locale, Partial<Record<ReasonId, Pool>>> = {
  en: {
    'after-hours': { policy: ['Monday to Friday, 9 to 5', 'weekdays from 9:00 to 17:30', 'Monday to Thursday, 8:30am to 4pm'] },
    'extra-revisions': { policy: ['two rounds of revisions', 'one round of revisions of up to 15%', 'three rounds of changes'], rate: ['£300 per extra round', '€60 an hour'] },
    'contract-terms': {
      clause: ['the two-year exclusivity clause', 'the 90-day payment terms', 'the non-compete clause'],
      offer: ['a six-month exclusivity limited to direct competitors', 'payment within 30 days', 'a confidentiality agreement'],
    },
    'guarantee-demanded': { offer: ['a monthly report on the agreed indicators', 'a two-week trial of the new campaign', 'three rounds of design revisions'] },
    'deadline-too-tight': { offer: ['the homepage and the contact page', 'a first draft of the report', 'the English version only'] },
    'partial-yes': { offer: ['the website copy', 'the logo and business cards', 'the monthly newsletter'] },
  },
  es: {
    'after-hours': { policy: ['de lunes a viernes, de 9 a 17 h', 'de 9:00 a 18:00 en días laborables', 'de lunes a jueves, de 8:30 a 16:00'] },
    'extra-revisions': { policy: ['dos rondas de cambios', 'una ronda de revisiones', 'tres rondas de ajustes'], rate: ['300 € por ronda adicional', '60 € la hora'] },
    'contract-terms': {
      clause: ['la cláusula de exclusividad de dos años', 'el pago a 90 días', 'la cláusula de no competencia'],
      offer: ['una exclusividad de seis meses limitada a la competencia directa', 'el pago a 30 días', 'un acuerdo de confidencialidad'],
    },
    'guarantee-demanded': { offer: ['un informe mensual de los indicadores acordados', 'una prueba de dos semanas de la nueva campaña', 'tres rondas de revisión del diseño'] },
    'deadline-too-tight': { offer: ['la página de inicio y la de contacto', 'un primer borrador del informe', 'solo la versión en inglés'] },
    'partial-yes': { offer: ['los textos de la web', 'el logotipo y las tarjetas de visita', 'la newsletter mensual'] },
  },
  it: {
    'after-hours': { policy: ['dal lunedì al venerdì, dalle 9 alle 18', 'nei giorni feriali dalle 9 alle 17', 'dal lunedì al giovedì, dalle 8:30 alle 16'] },
    'extra-revisions': { policy: ['due giri di revisioni', 'un giro di revisioni', 'tre giri di modifiche'], rate: ['300 € per ogni giro aggiuntivo', "60 € l'ora"] },
    'contract-terms': {
      clause: ['la clausola di esclusiva biennale', 'il pagamento a 90 giorni', 'la clausola di non concorrenza'],
      offer: ["un'esclusiva di sei mesi limitata ai concorrenti diretti", 'il pagamento a 30 giorni', 'un accordo di riservatezza'],
    },
    'guarantee-demanded': { offer: ['un report mensile sugli indicatori concordati', 'una prova di due settimane della nuova campagna', 'tre giri di revisione del design'] },
    'deadline-too-tight': { offer: ['la home page e la pagina contatti', 'una prima bozza del report', 'solo la versione inglese'] },
    'partial-yes': { offer: ['i testi del sito', 'il logo e i biglietti da visita', 'la newsletter mensile'] },
  },
};

// A Latin American user types their own variety's words where Spain's differ.
export const LATAM_TYPED: readonly (readonly [spain: RegExp, latam: string])[] = [
  [/vídeo/gu, 'video'],
  [/tarjetas de visita/gu, 'tarjetas de presentación'],
  [/el presupuesto aprobado/gu, 'la cotización aprobada'],
  [/la guía del autónomo de la Agencia Tributaria/gu, 'las guías para contribuyentes del SAT'],
  [/\+34 612 345 678/gu, '+52 55 1234 5678'],
];
