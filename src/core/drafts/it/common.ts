// Italian parts shared by every reason. [tu|Lei|voi]: the courtesy form keeps its capitals
// (Lei, La, Le, Suo), as formal business mail does; plural is voi.
import type { LanguageDrafts } from '../library';
import { tones } from '../by-tone';

const greetings = [
  '[Ciao {{clientFirstName}},|Gentile {{clientFirstName}},|Buongiorno a tutti,]',
  '[Ciao {{clientFirstName}},|Buongiorno {{clientFirstName}},|Buongiorno a tutti,]',
  '[Ciao,|Buongiorno,|Buongiorno a tutti,]',
  '[Ciao,|Salve,|Salve a tutti,]',
];

export const greeting: LanguageDrafts['greeting'] = tones(
  [...greetings, '[Car<c:o|a> {{clientFirstName}},||]'], greetings, greetings,
);

export const closing: LanguageDrafts['closing'] = tones(
  ['[Un caro saluto,|Cordiali saluti,|Cordiali saluti,]', '[Buona giornata,|Un cordiale saluto,|Un cordiale saluto,]'],
  ['[Un saluto,|Cordiali saluti,|Cordiali saluti,]', '[Buon lavoro,|Un cordiale saluto,|Un cordiale saluto,]'],
  ['[Saluti,|Distinti saluti,|Distinti saluti,]', '[Un saluto,|Cordiali saluti,|Cordiali saluti,]'],
);

const newWarm = ['Spero che avremo occasione di collaborare in futuro.',
  '[Tienimi presente per i prossimi progetti: sarà un piacere risentirti.|Mi tenga presente per i prossimi progetti: sarà un piacere risentirLa.|Tenetemi presente per i prossimi progetti: sarà un piacere risentirvi.]'];
const newNeutral = ['Non [esitare|esiti|esitate] a scrivermi per progetti futuri.', 'Resto a [tua|Sua|vostra] disposizione per progetti futuri.'];
const newFirm = 'Per [i tuoi|i Suoi|i vostri] progetti futuri resto a disposizione.';

export const openDoor: LanguageDrafts['openDoor'] = {
  new: tones(newWarm, newNeutral, [newFirm, 'Resto disponibile per progetti futuri.']),
  ongoing: tones(
    ['Tengo molto alla nostra collaborazione e spero di proseguirla a lungo.',
      'È sempre un piacere lavorare insieme e spero di continuare a farlo a lungo.'],
    ['Sarà un piacere continuare la nostra collaborazione.', 'Resto a [tua|Sua|vostra] disposizione per il seguito del lavoro.'],
    ['Il lavoro prosegue come concordato.', 'Resto disponibile per il lavoro già pianificato.'],
  ),
};

/** When the refusal is about money, the firm door says new work is on the usual terms. */
export const openDoorOnMyTerms = tones(newWarm, newNeutral, [newFirm, 'Resto disponibile per progetti futuri alle mie condizioni abituali.']);

/** After an offer made now, a door to future projects would read as "not now": follow up on the offer. */
export const openDoorAfterOffer = tones(
  ['Resto a disposizione per definire insieme i dettagli.', '[Fammi|Mi faccia|Fatemi] sapere cosa [ne pensi|ne pensa|ne pensate].'],
  ['Resto a [tua|Sua|vostra] disposizione per definire i dettagli.', '[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] procedere.'],
  ['[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] procedere.', 'Attendo una [tua|Sua|vostra] conferma per procedere.'],
);

export const alternatives: LanguageDrafts['alternatives'] = {
  'later-date': tones(
    ['Se i [tuoi|Suoi|vostri] tempi sono flessibili, sarei felice di occuparmene a partire da {{date}}.',
      'Se [ti|Le|vi] va bene, sarei disponibile a partire da {{date}}.',
      'Se i [tuoi|Suoi|vostri] tempi lo consentono, sarei felice di concordare una data di inizio più avanti.'],
    ['La prima data utile per iniziare sarebbe {{date}}.',
      'Potrei iniziare da {{date}}, se per [te|Lei|voi] va bene.',
      'Potrei propor[ti|Le|vi] una data di inizio successiva, se i [tuoi|Suoi|vostri] tempi lo consentono.'],
    ['La prima data utile per iniziare è {{date}}.', 'Posso propor[ti|Le|vi] una data di inizio successiva.'],
  ),
  referral: tones(
    ['[Ti|Le|Vi] consiglio senza esitazione {{referralName}} ({{referralContact}}), che ha grande esperienza in questo settore.',
      '[Ti|Le|Vi] consiglio senza esitazione {{referralName}}, che ha grande esperienza in questo settore.',
      '[Ti|Le|Vi] giro volentieri il contatto di una persona esperta in questo settore: {{referralContact}}.',
      'Se può essere utile, posso indicar[ti|Le|vi] un contatto con esperienza in questo settore.'],
    ['[Ti|Le|Vi] consiglio di rivolger[ti|si|vi] a {{referralName}} ({{referralContact}}), che conosce bene il settore.',
      '[Ti|Le|Vi] consiglio di rivolger[ti|si|vi] a {{referralName}}, che conosce bene il settore.',
      'Per questo tipo di lavoro [ti|Le|vi] suggerisco di rivolger[ti|si|vi] a una persona esperta del settore: {{referralContact}}.',
      'Posso consigliar[ti|Le|vi] qualcuno con esperienza nel settore.'],
    ['[Ti|Le|Vi] consiglio di contattare {{referralName}} ({{referralContact}}).', '[Ti|Le|Vi] consiglio di contattare {{referralName}}.',
      'Per questo tipo di lavoro [ti|Le|vi] indico questo recapito: {{referralContact}}.',
      'Posso indicar[ti|Le|vi] qualcuno con esperienza nel settore.'],
  ),
  'smaller-scope': tones(
    ['Potrei invece occuparmi di {{offer}}, se [ti|Le|vi] può essere utile.', 'Sarei felice di propor[ti|Le|vi] una versione ridotta del progetto, se può essere utile.'],
    ['Posso invece offrir[ti|Le|vi] {{offer}}.', 'Potrei occuparmi di una versione ridotta del progetto.'],
    ['Posso invece occuparmi di {{offer}}.', 'Posso offrir[ti|Le|vi] una versione ridotta del progetto.'],
  ),
  'separate-quote': tones(
    ['[Ti|Le|Vi] preparo volentieri un preventivo a parte: la mia tariffa è {{rate}}.', '[Ti|Le|Vi] preparo volentieri un preventivo a parte.'],
    ['Posso inviar[ti|Le|vi] un preventivo a parte, sulla base della mia tariffa di {{rate}}.', 'Posso inviar[ti|Le|vi] un preventivo a parte.'],
    ['Gli interventi non previsti si preventivano a parte, a {{rate}}.', 'Gli interventi non previsti si preventivano a parte.'],
  ),
  'free-resources': tones(
    ["[Ti|Le|Vi] segnalo volentieri alcune risorse gratuite che trattano bene l'argomento."],
    ["Posso indicar[ti|Le|vi] alcune risorse gratuite sull'argomento."],
    ["Posso indicar[ti|Le|vi] risorse gratuite sull'argomento."],
  ),
  'payment-first': tones(
    ['Sarò felice di iniziare non appena avrò ricevuto il pagamento.', 'Appena ricevuto il pagamento, procederò volentieri.'],
    ['Posso procedere non appena avrò ricevuto il pagamento.', 'Il lavoro potrà proseguire una volta ricevuto il pagamento.'],
    ["Il lavoro inizierà una volta ricevuto l'importo dovuto.", "Procederò non appena avrò ricevuto l'importo dovuto."],
  ),
  'written-agreement': tones(
    ['Se qualche punto non è chiaro, ripercorro volentieri con [te|Lei|voi] {{agreement}}.', 'Se qualche punto non è chiaro, ripercorro volentieri con [te|Lei|voi] ciò che abbiamo messo per iscritto.'],
    ['Se qualche punto non è chiaro, possiamo rileggere insieme {{agreement}}.', 'Se qualche punto non è chiaro, possiamo rileggere insieme gli accordi scritti.'],
    ['Ogni modifica a {{agreement}} richiede un accordo scritto.', 'Ogni modifica da qui in avanti richiede un nuovo accordo scritto.'],
  ),
  'paid-extra': tones(
    ['Sarò felice di occuparmi del lavoro aggiuntivo come extra, a {{rate}}.', 'Sarò felice di occuparmi del lavoro aggiuntivo come extra a pagamento.'],
    ['Il lavoro aggiuntivo viene fatturato a parte, a {{rate}}.', 'Il lavoro aggiuntivo può essere fatturato come extra.'],
    ['Il lavoro aggiuntivo viene fatturato a parte, a {{rate}}.', 'Il lavoro aggiuntivo viene fatturato a parte.'],
  ),
  'what-i-can-do': tones(
    ['Posso invece occuparmi di {{offer}}.', "Sarò felice di propor[ti|Le|vi] un'alternativa."],
    ['Posso invece offrir[ti|Le|vi] {{offer}}.', "Posso propor[ti|Le|vi] un'alternativa."],
    ['Posso invece occuparmi di {{offer}}.', "Posso propor[ti|Le|vi] un'alternativa alle mie condizioni."],
  ),
  'direct-contact': tones(
    ['Se la persona interessata desidera il mio supporto, può contattarmi in qualsiasi momento.'],
    ['La persona interessata può rivolgersi a me quando preferisce.'],
    ['La persona interessata può rivolgersi direttamente a me via email.'],
  ),
  'working-hours': tones(
    ['Sono disponibile {{policy}}: in quella fascia oraria me ne occuperò volentieri.', '[Ti|Le|Vi] risponderò volentieri nel merito il primo giorno lavorativo utile.'],
    ['Me ne occuperò {{policy}}.', '[Ti|Le|Vi] risponderò nel merito il primo giorno lavorativo utile.'],
    ['Rispondo {{policy}}, via email.', '[Ti|Le|Vi] risponderò il primo giorno lavorativo utile.'],
  ),
  'reply-by': tones(
    ['[Ti|Le|Vi] farò sapere entro {{date}}.', '[Ti|Le|Vi] farò sapere non appena avrò preso una decisione.'],
    ['[Ti|Le|Vi] darò una risposta entro {{date}}.', '[Ti|Le|Vi] darò una risposta appena avrò esaminato ogni aspetto.'],
    ['[Ti|Le|Vi] darò una risposta entro {{date}}.', "[Ti|Le|Vi] darò una risposta non appena avrò completato l'analisi."],
  ),
};
