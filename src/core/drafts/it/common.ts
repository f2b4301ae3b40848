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
  ['Cordiali saluti,', '[Un saluto,|Un cordiale saluto,|Un cordiale saluto,]'],
  ['[Saluti,|Distinti saluti,|Distinti saluti,]', 'Cordiali saluti,'],
);

export const openDoor: LanguageDrafts['openDoor'] = {
  new: tones(
    ['Spero che avremo occasione di collaborare in futuro.',
      '[Tienimi presente per i prossimi progetti: sarà un piacere risentirti.|Mi tenga presente per i prossimi progetti: sarà un piacere risentirLa.|Tenetemi presente per i prossimi progetti: sarà un piacere risentirvi.]'],
    ['Non [esitare|esiti|esitate] a scrivermi per progetti futuri.', 'Resto a [tua|Sua|vostra] disposizione per progetti futuri.'],
    ['[Puoi|Può|Potete] scrivermi per progetti futuri.', 'Resto disponibile per progetti futuri alle mie condizioni abituali.'],
  ),
  ongoing: tones(
    ['Tengo molto alla nostra collaborazione e spero di proseguirla a lungo.',
      'È sempre un piacere lavorare insieme, e conto di continuare a lungo.'],
    ['Sarà un piacere continuare la nostra collaborazione.', 'Resto a [tua|Sua|vostra] disposizione per il seguito del lavoro.'],
    ['Proseguiamo secondo i piani.', 'Resto disponibile per il lavoro già pianificato.'],
  ),
};

export const alternatives: LanguageDrafts['alternatives'] = {
  'later-date': tones(
    ['Se i [tuoi|Suoi|vostri] tempi sono flessibili, sarei felice di occuparmene a partire da {{date}}.',
      'Se [ti|Le|vi] va bene, sarei disponibile a partire da {{date}}.',
      'Se i [tuoi|Suoi|vostri] tempi lo consentono, sarei felice di concordare una data di inizio più avanti.'],
    ['La prima data utile per iniziare sarebbe {{date}}.',
      'Potrei iniziare a partire da {{date}}, se per [te|Lei|voi] va bene.',
      'Potrei propor[ti|Le|vi] una data di inizio successiva, se i [tuoi|Suoi|vostri] tempi lo consentono.'],
    ['La prima data utile per iniziare è {{date}}.', 'Posso propor[ti|Le|vi] una data di inizio successiva.'],
  ),
  referral: tones(
    ['[Ti|Le|Vi] consiglio senza esitazione {{referralName}} ({{referralContact}}), che lavora benissimo in questo settore.',
      '[Ti|Le|Vi] consiglio senza esitazione {{referralName}}, che lavora benissimo in questo settore.',
      '[Ti|Le|Vi] giro volentieri il contatto di una persona esperta in questo settore: {{referralContact}}.',
      'Se può essere utile, posso indicar[ti|Le|vi] qualcuno con esperienza in questo settore.'],
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
    ['[Ti|Le|Vi] preparo volentieri un preventivo a parte: la mia tariffa per questo tipo di lavoro è {{rate}}.', '[Ti|Le|Vi] preparo volentieri un preventivo a parte.'],
    ['Posso inviar[ti|Le|vi] un preventivo a parte: la mia tariffa per questo lavoro è {{rate}}.', 'Posso inviar[ti|Le|vi] un preventivo a parte.'],
    ['Questo lavoro va preventivato a parte, a {{rate}}.', 'Questo lavoro va preventivato a parte.'],
  ),
  'free-resources': tones(
    ["[Ti|Le|Vi] segnalo volentieri alcune risorse gratuite che trattano bene l'argomento."],
    ["Posso indicar[ti|Le|vi] alcune risorse gratuite sull'argomento."],
    ["Posso indicar[ti|Le|vi] risorse gratuite sull'argomento."],
  ),
  'payment-first': tones(
    ['Sarò felice di iniziare non appena il pagamento sarà regolato.', 'Appena ricevuto il pagamento, procederò volentieri.'],
    ['Posso procedere non appena il pagamento sarà regolato.', 'Il lavoro potrà proseguire una volta ricevuto il pagamento.'],
    ["Il lavoro inizierà una volta ricevuto l'importo dovuto.", "Procederò al ricevimento dell'importo dovuto."],
  ),
  'written-agreement': tones(
    ['Se qualche punto non è chiaro, ripercorro volentieri con [te|Lei|voi] {{agreement}}.', 'Se qualche punto non è chiaro, ripercorro volentieri con [te|Lei|voi] quanto messo per iscritto.'],
    ['Se qualche punto non è chiaro, possiamo rileggere insieme {{agreement}}.', 'Se qualche punto non è chiaro, possiamo rileggere insieme gli accordi scritti.'],
    ['Ogni modifica a {{agreement}} va concordata per iscritto.', 'Ogni modifica da qui in avanti richiede un nuovo accordo scritto.'],
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
    ['Se la persona interessata desidera un mio supporto, può scrivermi quando vuole.'],
    ['La persona interessata può rivolgersi a me quando preferisce.'],
    ['La persona interessata può rivolgersi a me via email.'],
  ),
  'working-hours': tones(
    ['Sono disponibile {{policy}}, e in quella fascia oraria me ne occuperò volentieri via email.', '[Ti|Le|Vi] risponderò volentieri via email il primo giorno lavorativo utile.'],
    ["Sono disponibile {{policy}} e risponderò via email in quell'orario.", '[Ti|Le|Vi] risponderò via email il primo giorno lavorativo utile.'],
    ['Sono disponibile {{policy}}, via email.', '[Ti|Le|Vi] risponderò il primo giorno lavorativo utile.'],
  ),
  'reply-by': tones(
    ['[Ti|Le|Vi] farò sapere entro {{date}}.', '[Ti|Le|Vi] farò sapere non appena avrò preso una decisione.'],
    ['[Ti|Le|Vi] darò una risposta entro {{date}}.', '[Ti|Le|Vi] darò una risposta appena avrò valutato ogni aspetto.'],
    ['[Ti|Le|Vi] darò una risposta entro {{date}}.', '[Ti|Le|Vi] darò una risposta al termine della valutazione.'],
  ),
};
