import type { LabelledMessage } from './client-messages.fixture';

// Written after the cues were tuned on client-messages.fixture.ts and never used to tune them:
// their figures show how the cues do on phrasing they were not shaped around.
export const HELD_OUT_MESSAGES: readonly LabelledMessage[] = [
  { locale: 'en', reason: 'deadline-too-tight', text: 'Hi Kate, the printer just told us they need the final artwork two days earlier than planned, so could you send everything over by Tuesday instead of Thursday? Sorry for the squeeze!' },
  { locale: 'en', reason: 'budget-too-low', text: 'Love the proposal, but our marketing budget this quarter is only about half of what you quoted. Could you do something for $2,000?' },
  { locale: 'en', reason: 'after-hours', text: 'Can we go over the feedback on Sunday afternoon? Weekdays are crazy for me. Or I can call you tonight after the kids are in bed.' },
  { locale: 'en', reason: 'third-party-request', text: "Hi! My colleague Dave at Northwind asked me to get in touch with you about a brochure for his team. He's swamped, so could you just send me the details and I'll pass them on?" },
  { locale: 'en', reason: 'extra-revisions', text: "We're nearly there! The board wants a couple more changes to the annual report: swap the cover photo, shorten the CEO letter and redo the charts in our new colours. Can you turn these around this week?" },
  { locale: 'en', reason: 'guarantee-demanded', text: "We'll only go ahead if you can promise that the new ads bring in at least 50 leads a month. Otherwise we'd expect a full refund." },
  { locale: 'en', reason: 'unrealistic-expectations', text: "Our goal is to have 100k followers on TikTok by the end of next month. We've never posted anything, but with your help it should be easy, no?" },
  { locale: 'en', reason: 'discount-after-delivery', text: "The site is live and the team is happy. That said, the final invoice feels high for what ended up being a fairly simple build, so we'd like to pay 1,800 instead of 2,400." },
  { locale: 'en', reason: 'buy-time', text: "I'm presenting to the board in an hour and need to know right now whether you're in or out. Can you confirm?" },
  { locale: 'en', reason: 'not-my-specialty', text: 'Since you built our website, could you also fix the wiring for the office network? The IT guy left and nobody knows how the router works.' },

  { locale: 'es', reason: 'out-of-scope', text: 'Hola Clara, el logo nos encanta. Por cierto, ¿nos harías también las tarjetas de visita y la firma del correo? Son cuatro cosas, no creo que te lleve mucho.' },
  { locale: 'es', reason: 'cannot-pay', text: 'Hola Rubén, este trimestre no podemos pagarte el mantenimiento, pero si nos ayudas te regalamos una cena para dos en el restaurante. ¿Qué te parece el trato?' },
  { locale: 'es', reason: 'as-agreed-in-writing', text: 'Oye, creía que el precio que me diste incluía las fotos. En la reunión lo entendí así y ahora me llega un cargo extra que no esperaba.' },
  { locale: 'es', reason: 'schedule-full', text: 'Hola Teresa, nos han recomendado tus servicios y queríamos saber si podrías hacerte cargo de la identidad de nuestra nueva marca a partir de marzo.' },
  { locale: 'es', reason: 'contract-terms', text: 'Adjunto el acuerdo de colaboración. Como verás, te pedimos trabajar en exclusiva con nosotros durante dos años y ceder todos los derechos de los diseños.' },
  { locale: 'es', reason: 'already-helped', text: 'Hola Sergio, vuelve a fallar la tienda online, el carrito se queda en blanco como hace dos meses. Tú ya lo arreglaste entonces, ¿me echas otra mano?' },
  { locale: 'es', reason: 'disrespect-or-ethics', text: 'Necesito que escribas veinte opiniones positivas de clientes inventados para la web, nadie lo va a notar y nos ayudaría mucho.' },
  { locale: 'es', reason: 'partial-yes', text: 'Queremos que te ocupes del rediseño completo: la web, la app móvil, el posicionamiento y la campaña de lanzamiento. ¿Lo podrías asumir tú todo?' },
  { locale: 'es', reason: 'not-a-fit', text: 'Nos gustaría que formaras parte de nuestro equipo de forma fija, a jornada completa y en la oficina de Bilbao. ¿Te lo plantearías?' },
  { locale: 'es', reason: 'deadline-too-tight', text: 'Necesito el informe para mañana a primera hora, sé que acordamos el viernes pero ha surgido una reunión con inversores.' },

  { locale: 'it', reason: 'budget-too-low', text: 'Il preventivo ci piace ma è troppo alto per noi: non possiamo andare oltre i 1.000 euro. Si può fare qualcosa?' },
  { locale: 'it', reason: 'after-hours', text: 'Ti va di sentirci sabato mattina? In settimana non riesco mai, oppure domani sera dopo cena.' },
  { locale: 'it', reason: 'third-party-request', text: 'Buongiorno, mi ha chiesto il mio socio di contattarla per un lavoro sul suo nuovo locale. Può mandare a me il preventivo che poi glielo inoltro?' },
  { locale: 'it', reason: 'extra-revisions', text: "Ciao Paola, il video va quasi bene, ma vorremmo ancora cambiare la musica, accorciare l'intro e rifare i titoli. Possiamo fare un ultimo giro di modifiche?" },
  { locale: 'it', reason: 'guarantee-demanded', text: 'Mi serve la certezza che con la nuova campagna vendiamo almeno il doppio. Se non succede, non pago il saldo.' },
  { locale: 'it', reason: 'unrealistic-expectations', text: "Vorremmo che il nostro blog diventasse il più letto d'Italia entro l'estate, partendo da zero. Con il tuo talento non dovrebbe essere un problema!" },
  { locale: 'it', reason: 'cannot-pay', text: "Ciao Marco, scusa, la fattura di marzo non l'abbiamo ancora saldata, il nostro cliente non ci ha pagato. Possiamo spostare tutto a fine anno?" },
  { locale: 'it', reason: 'schedule-full', text: 'Buongiorno Laura, avremmo un nuovo progetto di traduzione da circa 40 pagine. Avrebbe tempo per seguirlo nelle prossime settimane?' },
  { locale: 'it', reason: 'discount-after-delivery', text: 'I testi sono perfetti, grazie. Ora che il sito è online però ci chiediamo se puoi abbassare il totale, visto che alla fine il lavoro è stato meno del previsto.' },
  { locale: 'it', reason: 'buy-time', text: 'Devo sapere adesso se ci stai, altrimenti chiamo un altro grafico. Mi dai una risposta entro un\'ora?' },
];
