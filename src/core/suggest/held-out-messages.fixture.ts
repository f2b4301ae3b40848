import type { LabelledMessage } from './client-messages.fixture';

// Written after the last tuning round on client-messages.fixture.ts and never used to tune the
// cues: their figures show how suggestReasons does on phrasing it was not shaped around.
// Add to this set only messages the cues have not seen; after tuning on them, move them over.
export const HELD_OUT_MESSAGES: readonly LabelledMessage[] = [
  { locale: 'en', reason: 'budget-too-low', text: "Thanks for the breakdown. We're a two-person team and honestly the numbers scared us a bit. Is there a lighter version of this we could start with for, say, a third of the price?" },
  { locale: 'en', reason: 'guarantee-demanded', text: "I'm happy to go ahead as long as it's in writing that we'll rank in the top three for our main keywords by June. No ranking, no payment: that's fair, isn't it?" },
  { locale: 'en', reason: 'third-party-request', text: "Hi there, I'm reaching out for my dad, he's not very online. He needs a simple site for his carpentry business. Can you send the quote to me and I'll go through it with him?" },
  { locale: 'en', reason: 'extra-revisions', text: 'Thanks for v4! We are getting close, but could we try yet another layout for the pricing page? Maybe two or three options side by side so we can compare. Sorry, I know this has dragged on.' },
  { locale: 'en', reason: 'after-hours', text: "I'm only free after 8pm most days, so would it be OK to do our check-ins in the evening? Also, is there a number I can reach you on during the bank holiday in case something comes up?" },
  { locale: 'en', reason: 'unrealistic-expectations', text: "We'd like the app to be ready for a million users on day one, with zero bugs, and look as good as Apple's. Our timeline is six weeks. That's doable, right?" },
  { locale: 'en', reason: 'buy-time', text: "We've got a board meeting in twenty minutes and I'd love to announce you as our new agency. Just reply 'yes' and we'll sort out the details later." },
  { locale: 'en', reason: 'out-of-scope', text: 'One more little request: could you write the product descriptions for the shop too? There are only about 80 of them and you know the brand so well by now.' },
  { locale: 'en', reason: 'discount-after-delivery', text: "The logo's done and we've already printed it on everything, so thanks. Looking back, though, the price felt a bit much for a few days' work, so we're going to pay 70% and call it even." },
  { locale: 'en', reason: 'not-my-specialty', text: "You're a copywriter, right? Then you can probably also handle our trademark registration, it's mostly paperwork. We'd just like one person to deal with all of it." },

  { locale: 'es', reason: 'as-agreed-in-writing', text: 'Hola Luis, revisando tu factura veo que cobras las horas de reunión. En ningún momento hablamos de eso; para mí las reuniones entraban dentro del precio cerrado.' },
  { locale: 'es', reason: 'deadline-too-tight', text: 'Hola Carla, nos ha surgido un imprevisto: el evento se adelanta una semana, así que necesitaríamos el vídeo listo el jueves. ¿Es posible?' },
  { locale: 'es', reason: 'contract-terms', text: 'Te mando el contrato revisado. Hemos añadido que durante el proyecto y los dos años siguientes no trabajes con ninguna empresa del sector inmobiliario. Es innegociable para nuestra dirección.' },
  { locale: 'es', reason: 'already-helped', text: 'Hola Miguel, ¿te acuerdas de lo de la impresora del mes pasado? Pues otra vez lo mismo, no imprime nada. Si pudieras pasarte como aquella vez te lo agradecería muchísimo.' },
  { locale: 'es', reason: 'disrespect-or-ethics', text: 'Mira, no me vengas con excusas, que para eso te pagamos. Y la próxima vez que me contestes así, buscamos a otro. ¿Queda claro?' },
  { locale: 'es', reason: 'partial-yes', text: 'Necesitamos montar la tienda online completa: catálogo de 500 productos, pasarela de pago, fotos, textos y la campaña de Google. Todo para dentro de un mes.' },
  { locale: 'es', reason: 'not-a-fit', text: 'Hola Ana, te cuento: a partir de enero queremos que trabajes solo para nosotros, con horario de oficina y reuniones diarias. Si te interesa, lo formalizamos.' },
  { locale: 'es', reason: 'schedule-full', text: 'Hola, soy Marta, de una pequeña editorial. Tenemos tres libros que maquetar este trimestre y nos encantaría trabajar contigo. ¿Tendrías margen?' },
  { locale: 'es', reason: 'cannot-pay', text: 'Hola, ¿te parece si lo dejamos en que te pago cuando el proyecto empiece a dar beneficios? Ahora mismo es todo inversión y no tenemos liquidez.' },
  { locale: 'es', reason: 'buy-time', text: 'Necesito cerrarlo ya: ¿aceptas las condiciones o no? No me hace falta que lo pienses, dime algo en los próximos diez minutos.' },

  { locale: 'it', reason: 'cannot-pay', text: "Ciao Sofia, per questo lavoro non possiamo darti un compenso, però ti citeremo nei credits del documentario e sarà un'ottima vetrina per te." },
  { locale: 'it', reason: 'as-agreed-in-writing', text: "Scusa, ma la revisione dei testi non era compresa? Io ricordo che nell'offerta c'era scritto 'tutto incluso', ora mi trovo una voce in più in fattura." },
  { locale: 'it', reason: 'guarantee-demanded', text: "Siamo disposti a firmare, ma vogliamo una clausola che ci restituisca l'intero importo se le vendite online non aumentano del 30% entro fine anno." },
  { locale: 'it', reason: 'schedule-full', text: 'Buongiorno, vorremmo affidarle la comunicazione del nostro festival estivo. Il lavoro partirebbe tra due settimane. È libero in quel periodo?' },
  { locale: 'it', reason: 'third-party-request', text: 'Ciao Luca, mia madre ha un negozio di ceramiche e le servirebbe un logo nuovo. Le ho detto che te lo chiedevo io, così non ti disturba direttamente.' },
  { locale: 'it', reason: 'unrealistic-expectations', text: 'Con questo spot vogliamo diventare il marchio di acqua più conosciuto in Italia, battendo San Pellegrino. Abbiamo un budget contenuto ma tanta passione.' },
  { locale: 'it', reason: 'after-hours', text: 'Ciao, ti ho chiamato tre volte ieri sera, perché non rispondi? Per queste cose preferisco parlarne a voce, richiamami appena puoi, anche tardi.' },
  { locale: 'it', reason: 'deadline-too-tight', text: 'Buongiorno, purtroppo dobbiamo stringere i tempi: il catalogo deve andare in stampa il 5 invece del 20. Riesce a consegnare tutto entro il 3?' },
  { locale: 'it', reason: 'partial-yes', text: 'Ci serve qualcuno che si occupi di tutta la parte digitale: sito, app, social, newsletter e ufficio stampa. Meglio se una persona sola.' },
  { locale: 'it', reason: 'discount-after-delivery', text: "Il sito è andato online ieri ed è perfetto. Però, considerando che è stato più veloce del previsto, vorremmo saldare solo l'80% della cifra. Spero capirai." },
];
