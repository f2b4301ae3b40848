import type { LabelledMessage } from './client-messages.fixture';

// Written after the last tuning round on client-messages.fixture.ts and never used to tune the
// cues: their figures show how suggestReasons does on phrasing it was not shaped around.
// Add to this set only messages the cues have not seen; after tuning on them, move them over.
export const HELD_OUT_MESSAGES: readonly LabelledMessage[] = [
  { locale: 'en', reason: 'schedule-full', text: 'Hi Olivia, our agency is swamped and we need an extra pair of hands on a rebrand for a hotel group from early next month. Could you take it?' },
  { locale: 'en', reason: 'deadline-too-tight', text: "The client has just asked to see the full prototype at Wednesday's meeting rather than at the end of the month. Any chance you could pull it together by then?" },
  { locale: 'en', reason: 'out-of-scope', text: "Since you're already in the code, would you mind adding a blog section and a careers page? It's basically the same template, right?" },
  { locale: 'en', reason: 'budget-too-low', text: "We really like your approach, but we can't justify that spend right now. Would you consider doing it for 600 instead of 1,400?" },
  { locale: 'en', reason: 'cannot-pay', text: "I know the invoice was due last week. Money's tight until our grant comes in, so can I pay you in three or four smaller chunks over the next few months?" },
  { locale: 'en', reason: 'extra-revisions', text: "Hmm, the CEO still isn't sold on the illustrations. Can you have another go at them? Maybe with a different style altogether this time." },
  { locale: 'en', reason: 'as-agreed-in-writing', text: "I'm confused by this invoice. My understanding from our call was that translation into Spanish was part of the package, not an add-on." },
  { locale: 'en', reason: 'third-party-request', text: "Hello, I'm writing for our neighbour Mrs Patel, who doesn't use email. She'd like some help with flyers for her tutoring business. Would you be able to help her? You can reply to me." },
  { locale: 'en', reason: 'after-hours', text: 'Sorry for the late message! Are you around tomorrow morning at 7 for a quick chat before my flight? Otherwise maybe Sunday?' },
  { locale: 'en', reason: 'disrespect-or-ethics', text: "Just copy the layout of our competitor's site, change the colours and no one will be any the wiser. They'll never check." },

  { locale: 'es', reason: 'guarantee-demanded', text: 'Antes de pagar la segunda parte necesito saber que la campaña va a funcionar. ¿Me lo puedes asegurar? Si no, prefiero no seguir.' },
  { locale: 'es', reason: 'unrealistic-expectations', text: 'Queremos que el vídeo tenga un millón de visitas la primera semana, como los de los youtubers famosos. ¿Cuánto tiempo necesitas para eso?' },
  { locale: 'es', reason: 'already-helped', text: 'Hola Marcos, el problema del formulario ha vuelto a aparecer. Es exactamente lo mismo que me arreglaste en abril. ¿Podrías echarle un vistazo?' },
  { locale: 'es', reason: 'contract-terms', text: 'Nuestro departamento legal exige que firmes un acuerdo por el que todo lo que diseñes para nosotros, incluidos los bocetos descartados, pase a ser propiedad nuestra, y que no trabajes para la competencia.' },
  { locale: 'es', reason: 'partial-yes', text: 'Necesitamos a alguien que nos lleve la comunicación entera: web, redes, prensa, eventos y vídeo. ¿Te ves con todo?' },
  { locale: 'es', reason: 'not-a-fit', text: 'Hola Jaime, queremos proponerte un contrato de larga duración con nosotros, trabajando desde nuestras oficinas de lunes a viernes. ¿Qué te parece?' },
  { locale: 'es', reason: 'buy-time', text: 'Te mando la propuesta final. Si no me respondes antes de las seis, entenderé que no te interesa y se lo daré a otra persona.' },
  { locale: 'es', reason: 'out-of-scope', text: 'Oye, ¿ya que tienes los archivos abiertos, nos podrías sacar también unas versiones para imprimir en gran formato? Será un momentito.' },
  { locale: 'es', reason: 'schedule-full', text: 'Buenos días, ¿estarías libre para un proyecto de consultoría de tres meses que empezaría el mes que viene?' },
  { locale: 'es', reason: 'not-my-specialty', text: 'Sé que lo tuyo es la fotografía, pero ¿podrías ayudarnos a montar la contabilidad en Excel? No conocemos a nadie más.' },

  { locale: 'it', reason: 'out-of-scope', text: 'Già che stai sistemando il sito, ci aggiungeresti anche la versione in inglese? Tanto i testi li traduciamo noi, devi solo caricarli.' },
  { locale: 'it', reason: 'budget-too-low', text: 'Il tuo lavoro ci piace, però non possiamo permetterci questa cifra. Faresti tutto per la metà?' },
  { locale: 'it', reason: 'cannot-pay', text: "Ciao Roberto, possiamo pagarti a fine progetto? Ora siamo un po' in difficoltà con la cassa, ma appena arriva il finanziamento saldiamo tutto." },
  { locale: 'it', reason: 'extra-revisions', text: "Ciao, le foto sono belle ma il cliente ne vuole un'altra selezione, ritoccate in modo diverso. È la terza volta che te lo chiedo, lo so." },
  { locale: 'it', reason: 'third-party-request', text: "Buongiorno, la contatto a nome dell'avvocato Bianchi, che vorrebbe un preventivo per il sito del suo studio. Può rispondere a me?" },
  { locale: 'it', reason: 'after-hours', text: 'Ciao, so che è Pasqua, ma avresti un attimo per sentirci al telefono? Domani ho la riunione e ho bisogno di chiarire un paio di cose.' },
  { locale: 'it', reason: 'disrespect-or-ethics', text: 'Ma ti rendi conto di che lavoro hai fatto? Una cosa del genere la fa anche mio figlio di dieci anni. Sei un dilettante.' },
  { locale: 'it', reason: 'contract-terms', text: "Nel contratto c'è una clausola che ti impedisce di lavorare per altre palestre nella provincia per tre anni. Ce la rimandi firmata?" },
  { locale: 'it', reason: 'buy-time', text: 'Allora, mi serve un sì o un no adesso. Ho altri tre candidati in attesa e non posso aspettare oltre.' },
  { locale: 'it', reason: 'guarantee-demanded', text: 'Ok per il preventivo, ma solo se ci garantisci almeno 10.000 visite al mese. Altrimenti ci ridai i soldi.' },
];
