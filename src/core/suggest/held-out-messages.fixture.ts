import type { LabelledMessage } from './client-messages.fixture';

// Written after the last tuning round on client-messages.fixture.ts and never used to tune the
// cues: their figures show how suggestReasons does on phrasing it was not shaped around.
// The last three ramble on, as some clients do. Add to this set only messages the cues have not
// seen; after tuning on them, move them over.
export const HELD_OUT_MESSAGES: readonly LabelledMessage[] = [
  { locale: 'en', reason: 'not-a-fit', text: "We're growing fast and want someone embedded in our team for the next two years, basically a staff role but on a freelance contract. Would you be up for that?" },
  { locale: 'en', reason: 'cannot-pay', text: "We loved the mockups! Funds are a bit low this month, would you accept a year's free subscription to our software instead of the fee?" },
  { locale: 'en', reason: 'schedule-full', text: 'Hey, long time no speak! We have a new brand refresh kicking off in two weeks and you were the first person I thought of. Are you up for it?' },
  { locale: 'en', reason: 'deadline-too-tight', text: "Is there any way to have the translation back by tomorrow lunchtime? The supplier changed the print date on us and now we're in a rush." },
  { locale: 'en', reason: 'guarantee-demanded', text: 'Our investors want assurance that the campaign will hit 5,000 sign-ups. Can you commit to that number in the contract, with a penalty if you miss it?' },
  { locale: 'en', reason: 'already-helped', text: "Remember the issue with the newsletter images not loading? It's back. Same symptoms as last time. Can you work your magic again?" },
  { locale: 'en', reason: 'out-of-scope', text: 'Oh, and could you throw together a short animated version of the logo for our Instagram stories? Nothing big.' },
  { locale: 'en', reason: 'as-agreed-in-writing', text: 'According to my notes from our kick-off, the price covered unlimited tweaks during the first month. Your email now says only two rounds. What happened?' },
  { locale: 'en', reason: 'partial-yes', text: "We'd like you to lead the entire rebrand: naming, logo, packaging, website and the launch event. It's a big one, but we trust you with all of it." },
  { locale: 'en', reason: 'buy-time', text: "I'm putting together the final budget this afternoon and need your commitment before I send it upstairs. Can I count you in?" },

  { locale: 'es', reason: 'budget-too-low', text: 'Hemos visto tu tarifa y es más de lo que solemos pagar por este tipo de trabajos. ¿Podrías dejarlo en 300 euros?' },
  { locale: 'es', reason: 'third-party-request', text: 'Hola, te escribo porque mi vecina tiene una peluquería y quiere una web sencilla. Ella no se maneja con el ordenador, así que hablamos tú y yo.' },
  { locale: 'es', reason: 'after-hours', text: '¿Podemos vernos por videollamada el sábado por la mañana? Entre semana no tengo ni un minuto libre.' },
  { locale: 'es', reason: 'extra-revisions', text: 'Hola Pilar, el cartel va quedando, pero el equipo sigue sin verlo claro. ¿Nos mandas dos o tres alternativas más con otros enfoques?' },
  { locale: 'es', reason: 'disrespect-or-ethics', text: 'Necesito que me hagas la factura por el doble de lo que cobras y la diferencia me la devuelves en efectivo. Así lo justifico en la empresa.' },
  { locale: 'es', reason: 'unrealistic-expectations', text: 'Con la nueva web queremos triplicar la facturación en tres meses sin invertir en publicidad. Tú haz que la web sea espectacular y el resto vendrá solo.' },
  { locale: 'es', reason: 'discount-after-delivery', text: 'Ya tenemos el logo y nos gusta, pero hemos comparado precios y otros diseñadores cobran menos por algo así, así que te pagaremos 200 en vez de 350.' },
  { locale: 'es', reason: 'contract-terms', text: 'Para seguir trabajando juntos necesitamos que firmes un acuerdo de confidencialidad que te impide mencionar el proyecto en tu portfolio y trabajar para otras marcas de ropa.' },
  { locale: 'es', reason: 'schedule-full', text: 'Buenas, ¿podrías encargarte de la maquetación de nuestra revista a partir de la semana que viene? Son unas 40 páginas al mes.' },
  { locale: 'es', reason: 'cannot-pay', text: 'Perdona que no te haya pagado aún la factura de mayo. Estamos esperando que nos paguen a nosotros. ¿Te importa esperar un par de meses más?' },

  { locale: 'it', reason: 'not-my-specialty', text: "Ciao Alessio, tu che sei esperto di siti, sapresti anche dirmi come sistemare la caldaia intelligente di casa? Ha un'app che non funziona." },
  { locale: 'it', reason: 'deadline-too-tight', text: 'Buongiorno, la fiera è stata anticipata di dieci giorni: le brochure ci servirebbero entro martedì. È fattibile?' },
  { locale: 'it', reason: 'out-of-scope', text: "Ciao, visto che stai già facendo il menù, ci faresti anche le etichette per i vini e un volantino per l'inaugurazione? Sono solo due cose in più." },
  { locale: 'it', reason: 'schedule-full', text: 'Salve, stiamo cercando un illustratore per un libro per bambini. Sarebbe disponibile a iniziare a marzo?' },
  { locale: 'it', reason: 'budget-too-low', text: 'Ci piacerebbe molto lavorare con te ma il nostro budget per il sito è di 400 euro, non di più. Possiamo trovare un accordo?' },
  { locale: 'it', reason: 'extra-revisions', text: "Ciao Irene, scusa ma il direttore ha cambiato idea di nuovo sul layout. Possiamo rivedere tutto un'ultima volta? Giuro che è l'ultima." },
  { locale: 'it', reason: 'as-agreed-in-writing', text: 'Nel preventivo che ci hai mandato a gennaio non si parlava di costi per le immagini. Perché adesso li trovo in fattura?' },
  { locale: 'it', reason: 'after-hours', text: 'Ciao, ti scrivo da casa, è quasi mezzanotte: riusciresti a mandarmi i file entro le sei di domattina? Ho il volo presto.' },
  { locale: 'it', reason: 'cannot-pay', text: 'Ciao Giorgio, siamo una startup e non abbiamo ancora fatturato. Potremmo darti delle quote della società invece del compenso?' },
  { locale: 'it', reason: 'not-a-fit', text: 'Vorremmo inserirti stabilmente nel nostro team, in sede a Milano tre giorni a settimana, con un contratto a tempo indeterminato. Ti interessa?' },

  { locale: 'en', reason: 'cannot-pay', text: "Hi Sam, hope you had a good weekend, we finally got away to the coast for a couple of days which was lovely although it rained most of the time, typical! Anyway, I wanted to catch up about the website. First of all the team loves it, honestly, and my mum even said it looks better than our competitor's, which is high praise from her. The thing is, and I feel a bit awkward bringing this up, our accountant has told us we have to hold back on spending until the end of the quarter because a big client of ours is late paying us, so would it be alright if we settled your last invoice in October instead of now? I know it's not ideal. Let me know what you think and we can have a chat, no rush." },
  { locale: 'es', reason: 'extra-revisions', text: 'Hola Bea, ¿qué tal todo? Por aquí liados como siempre, con la mudanza de la oficina y mil cosas. Te escribo por lo del catálogo: lo he estado mirando con calma este fin de semana y, no sé, hay algo que no termina de encajar. Creo que son las fotos, o quizá la tipografía de los títulos, no sabría decirte. Mi socio dice que a él le gusta, pero yo le daría una vuelta más. ¿Podrías probar con otra letra y cambiar el orden de las secciones? Y si ves que queda raro, volvemos a lo anterior. Ya sé que te dijimos que era la última versión, perdona.' },
  { locale: 'it', reason: 'deadline-too-tight', text: "Ciao Simone, scusa se ti scrivo solo adesso ma è stata una settimana infernale, tra il trasloco e mia figlia con l'influenza non ho avuto un attimo. Ti aggiorno: la riunione con i distributori, che doveva essere a fine mese, l'hanno spostata a giovedì prossimo, non chiedermi perché. Quindi il video di presentazione servirebbe almeno in bozza per mercoledì sera, così lo guardiamo con calma prima. Lo so che avevamo parlato di tre settimane e che così ti rimangono pochi giorni, ma se ce la fai ci salvi davvero. Fammi sapere, anche solo con un messaggio." },
];
