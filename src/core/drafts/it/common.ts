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
  ['[Un caro saluto,|Cordiali saluti,|Cordiali saluti,]', '[A presto,|Un cordiale saluto,|Un cordiale saluto,]'],
  ['Cordiali saluti,', '[Un saluto,|Distinti saluti,|Distinti saluti,]'],
  ['[Saluti,|Distinti saluti,|Distinti saluti,]', 'Cordiali saluti,'],
);

export const openDoor: LanguageDrafts['openDoor'] = {
  new: tones(
    ['Mi farebbe davvero piacere collaborare con [te|Lei|voi] in un progetto futuro.',
      '[Tienimi presente per i prossimi progetti: sarà un piacere risentirti.|Mi tenga presente per i prossimi progetti: sarà un piacere risentirLa.|Tenetemi presente per i prossimi progetti: sarà un piacere risentirvi.]'],
    ['Non [esitare|esiti|esitate] a scrivermi per progetti futuri.', 'Resto a [tua|Sua|vostra] disposizione per progetti futuri.'],
    ['[Puoi|Può|Potete] contattarmi per progetti futuri.', 'Resto disponibile per progetti futuri alle mie condizioni abituali.'],
  ),
  ongoing: tones(
    ['Apprezzo molto la nostra collaborazione e sono felice di continuare a lavorare con [te|Lei|voi].',
      'Lavorare insieme mi piace molto, e sarà un piacere continuare.'],
    ['Sarà un piacere continuare la nostra collaborazione.', 'Restiamo in contatto per proseguire con il lavoro.'],
    ['Proseguiamo con il lavoro alle condizioni concordate.', 'Resto disponibile per il lavoro concordato.'],
  ),
};

export const alternatives: LanguageDrafts['alternatives'] = {
  'later-date': tones(
    ['Se i [tuoi|Suoi|vostri] tempi sono flessibili, sarei felice di occuparmene a partire da {{date}}.',
      'Se [ti|Le|vi] va bene, potrei iniziare a partire da {{date}}.',
      'Se i [tuoi|Suoi|vostri] tempi lo consentono, troviamo volentieri una data di inizio successiva che vada bene a entrambe le parti.'],
    ['La mia prima data disponibile per iniziare è {{date}}.',
      'Potrei iniziare a partire da {{date}}, se [ti|Le|vi] va bene.',
      'Potrei propor[ti|Le|vi] una data di inizio successiva, se i [tuoi|Suoi|vostri] tempi lo consentono.'],
    ['La mia prima data disponibile per iniziare è {{date}}.', 'Posso propor[ti|Le|vi] una data di inizio successiva.'],
  ),
  referral: tones(
    ['[Ti|Le|Vi] consiglio senza esitazione {{referralName}} ({{referralContact}}), che lavora benissimo in questo campo.',
      '[Ti|Le|Vi] consiglio senza esitazione {{referralName}}, che lavora benissimo in questo campo.',
      'Una persona di mia fiducia, specializzata in questo ambito, è raggiungibile a questo recapito: {{referralContact}}.',
      '[Ti|Le|Vi] consiglio volentieri una persona di fiducia specializzata in questo ambito.'],
    ['[Ti|Le|Vi] consiglio {{referralName}} ({{referralContact}}), specialista in questo campo.',
      '[Ti|Le|Vi] consiglio {{referralName}}, specialista in questo campo.',
      'Una persona specializzata in questo campo è raggiungibile a questo recapito: {{referralContact}}.',
      'Posso consigliar[ti|Le|vi] una persona specializzata in questo campo.'],
    ['[Ti|Le|Vi] consiglio di contattare {{referralName}} ({{referralContact}}).', '[Ti|Le|Vi] consiglio di contattare {{referralName}}.',
      'Una persona specializzata in questo campo è raggiungibile a questo recapito: {{referralContact}}.',
      'Posso indicar[ti|Le|vi] una persona specializzata in questo campo.'],
  ),
  'smaller-scope': tones(
    ['Potrei invece occuparmi di {{offer}}, se [ti|Le|vi] può essere utile.', 'Posso propor[ti|Le|vi] volentieri un lavoro di portata ridotta, se [ti|Le|vi] può essere utile.'],
    ['Posso invece offrir[ti|Le|vi] {{offer}}.', 'Potrei occuparmi di un lavoro di portata ridotta.'],
    ['Posso invece occuparmi di {{offer}}.', 'Posso offrir[ti|Le|vi] un lavoro di portata ridotta.'],
  ),
  'separate-quote': tones(
    ['Preparo volentieri un preventivo a parte: la mia tariffa per questo tipo di lavoro è {{rate}}.', 'Preparo volentieri un preventivo a parte.'],
    ['Posso fare un preventivo a parte; la mia tariffa per questo lavoro è {{rate}}.', 'Posso inviar[ti|Le|vi] un preventivo a parte.'],
    ['Può essere preventivato a parte, a {{rate}}.', 'Può essere preventivato a parte.'],
  ),
  'free-resources': tones(
    ["Nel frattempo, [ti|Le|vi] indico volentieri alcune risorse gratuite che trattano bene l'argomento."],
    ["Posso indicar[ti|Le|vi] alcune risorse gratuite sull'argomento."],
    ["Posso indicar[ti|Le|vi] risorse gratuite sull'argomento."],
  ),
  'payment-first': tones(
    ['Mi metterò volentieri al lavoro non appena il pagamento sarà sistemato.', 'Appena il pagamento sarà regolato, andrò avanti con piacere.'],
    ['Posso procedere non appena il pagamento sarà regolato.', 'Il lavoro potrà andare avanti una volta effettuato il pagamento.'],
    ['Il lavoro inizierà una volta ricevuto il pagamento.', 'Inizierò al ricevimento del pagamento.'],
  ),
  'written-agreement': tones(
    ['Se qualcosa non è chiaro, rileggiamo volentieri insieme {{agreement}}.', 'Se qualcosa non è chiaro, rileggiamo volentieri insieme quanto concordato per iscritto.'],
    ['Se qualcosa non è chiaro, possiamo rivedere {{agreement}}.', 'Se qualcosa non è chiaro, possiamo rivedere quanto concordato per iscritto.'],
    ['Ogni modifica a {{agreement}} va concordata per iscritto.', 'Ogni modifica da qui in avanti richiede un nuovo accordo scritto.'],
  ),
  'paid-extra': tones(
    ['Mi occupo volentieri di altro lavoro come extra a pagamento, a {{rate}}.', 'Mi occupo volentieri di altro lavoro come extra a pagamento.'],
    ['Il lavoro aggiuntivo è fatturato a {{rate}}.', 'Il lavoro aggiuntivo può essere fatturato come extra.'],
    ['Il lavoro aggiuntivo è fatturato a {{rate}}.', 'Il lavoro aggiuntivo è fatturato a parte.'],
  ),
  'what-i-can-do': tones(
    ['Posso invece occuparmi di {{offer}}.', 'Posso propor[ti|Le|vi] volentieri qualcosa di cui posso occuparmi.'],
    ['Posso invece offrir[ti|Le|vi] {{offer}}.', "Posso propor[ti|Le|vi] un'alternativa di cui posso occuparmi."],
    ['Posso invece occuparmi di {{offer}}.', "Posso propor[ti|Le|vi] un'alternativa alle mie condizioni."],
  ),
  'direct-contact': tones(
    ['Se la persona interessata desidera lavorare con me, può scrivermi direttamente quando vuole.'],
    ['La persona interessata può scrivermi direttamente.'],
    ['La persona interessata può contattarmi direttamente.'],
  ),
  'working-hours': tones(
    ["Sono disponibile {{policy}}, e me ne occuperò volentieri in quell'orario, via email.", 'Me ne occuperò volentieri nel mio orario di lavoro, via email.'],
    ["Sono disponibile {{policy}} e risponderò via email in quell'orario.", 'Risponderò via email nel mio orario di lavoro.'],
    ['Sono disponibile {{policy}}, via email.', 'Risponderò via email nel mio orario di lavoro.'],
  ),
  'reply-by': tones(
    ['[Ti|Le|Vi] risponderò per iscritto entro {{date}}.', "[Ti|Le|Vi] risponderò per iscritto non appena l'avrò esaminato con calma."],
    ['[Ti|Le|Vi] darò una risposta per iscritto entro {{date}}.', '[Ti|Le|Vi] risponderò per iscritto dopo averlo esaminato.'],
    ['[Ti|Le|Vi] darò una risposta per iscritto entro {{date}}.', '[Ti|Le|Vi] risponderò per iscritto dopo averlo esaminato.'],
  ),
};
