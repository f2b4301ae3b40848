// Italian parts for reasons about money and trust. [tu|Lei|Voi|voi]; the body's first word is
// lowercase after the greeting's comma, except a courtesy pronoun (La ringrazio, Vi ringrazio).
// Values are the user's words ("il preventivo approvato il 3 maggio", "la fattura di marzo"):
// they follow a preposition that contracts with their article (da + il → dal) and nothing agrees with them.
// Each reason keeps its own words for the money (budget / cifra / importo; compenso / pagamento)
// so that no long word comes back within a draft.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const moneyTrustReasons = {
  'budget-too-low': {
    opening: tones(
      ['ho letto la [tua|Sua|Vostra|vostra] richiesta e il budget che [hai|ha|avete] indicato.', '[ti|La|Vi|vi] ringrazio per la richiesta e per aver pensato a me.'],
      ['grazie per la richiesta e per aver indicato il budget.', '[ti|La|Vi|vi] ringrazio per la richiesta e per avermi indicato la cifra disponibile.'],
      ['ho valutato la [tua|Sua|Vostra|vostra] richiesta.', 'ho esaminato con attenzione la [tua|Sua|Vostra|vostra] richiesta.'],
    ),
    empathy: ['Apprezzo che [tu mi abbia|mi abbia|mi abbiate] detto quanto [vuoi|vuole|volete] investire.', 'Apprezzo che [tu abbia|abbia|abbiate] messo in chiaro il tetto di spesa.'],
    decision: tones(
      ["Purtroppo a questa cifra non posso accettare l'incarico.", 'A queste condizioni economiche, purtroppo, non riesco a seguire il progetto.'],
      ["Per questa cifra non posso accettare l'incarico.", 'A queste condizioni economiche non riesco a seguire il progetto.'],
      ["Con il budget indicato non posso accettare l'incarico.", 'Il budget indicato non basta, quindi non posso seguire il progetto.'],
    ),
    explained: tones(
      ["Purtroppo a questa cifra non posso accettare l'incarico: per un lavoro di questo tipo la mia tariffa è di {{rate}}.",
        'A queste condizioni economiche, purtroppo, non riesco a seguire il progetto, perché per un lavoro come questo chiedo {{rate}}.',
        "Purtroppo a questa cifra non posso accettare l'incarico: è al di sotto della mia tariffa per un lavoro di questo tipo.",
        'A queste condizioni economiche, purtroppo, non riesco a seguire il progetto, perché la cifra non copre il tempo che un lavoro simile richiede.'],
      ["Per questa cifra non posso accettare l'incarico: la mia tariffa per un lavoro di questo tipo è di {{rate}}.",
        'A queste condizioni economiche non riesco a seguire il progetto, perché per un incarico simile chiedo {{rate}}.',
        "Per questa cifra non posso accettare l'incarico, perché è al di sotto della mia tariffa per un lavoro di questo tipo.",
        'A queste condizioni economiche non riesco a seguire il progetto: la cifra non copre il tempo che un incarico simile richiede.'],
      ["Con il budget indicato non posso accettare l'incarico. Per un lavoro di questo tipo la mia tariffa è di {{rate}}.",
        'Il budget indicato non basta, quindi non posso seguire il progetto: per un incarico simile chiedo {{rate}}.',
        "Con il budget indicato non posso accettare l'incarico, perché è al di sotto della mia tariffa.",
        'Il budget indicato non copre il tempo necessario, quindi non posso seguire il progetto.'],
    ),
    alternatives: {
      // "l'importo che hai previsto": the client's money, never read as the rate just quoted.
      'smaller-scope': tones(
        ["Con l'importo che [hai|ha|avete] previsto posso invece propor[ti|Le|Vi|vi] {{offer}}.",
          "Senza superare l'importo che [hai|ha|avete] previsto, posso occuparmi di {{offer}}.",
          "Con l'importo che [hai|ha|avete] previsto posso invece propor[ti|Le|Vi|vi] una versione ridotta, limitata alle parti essenziali.",
          "Senza superare l'importo che [hai|ha|avete] previsto, posso realizzare una versione ridotta, concentrata sull'essenziale."],
        ["Con l'importo che [hai|ha|avete] previsto posso propor[ti|Le|Vi|vi] {{offer}}.",
          "Senza superare l'importo previsto, posso occuparmi di {{offer}}.",
          "Con l'importo che [hai|ha|avete] previsto posso propor[ti|Le|Vi|vi] una versione ridotta.",
          "Senza superare l'importo previsto, posso realizzare una versione ridotta, limitata all'essenziale."],
        ['Entro quella cifra posso invece offrir[ti|Le|Vi|vi] {{offer}}.',
          'Per quella cifra posso occuparmi di {{offer}}.',
          'Entro quella cifra posso invece offrir[ti|Le|Vi|vi] una versione ridotta.',
          'Per quella cifra posso realizzare una versione ridotta.'],
      ),
      'separate-quote': tones(
        ['Se [ti|Le|Vi|vi] è utile, posso preparar[ti|Le|Vi|vi] un preventivo completo, calcolato sulla mia tariffa di {{rate}}.',
          'Posso inviar[ti|Le|Vi|vi] un preventivo completo basato sulla mia tariffa di {{rate}}, così [puoi|può|potete] valutare se rivedere la spesa.',
          'Se [ti|Le|Vi|vi] è utile, posso preparar[ti|Le|Vi|vi] un preventivo completo, da valutare con calma.',
          'Posso inviar[ti|Le|Vi|vi] un preventivo completo di tutte le attività, così [puoi|può|potete] valutare se rivedere la spesa.'],
        ['Posso inviar[ti|Le|Vi|vi] un preventivo completo, calcolato sulla mia tariffa di {{rate}}.',
          'Posso preparar[ti|Le|Vi|vi] un preventivo basato sulla mia tariffa di {{rate}}, da confrontare con la spesa prevista.',
          'Posso inviar[ti|Le|Vi|vi] un preventivo completo di tutte le attività, da confrontare con la spesa prevista.',
          'Posso preparar[ti|Le|Vi|vi] un preventivo completo, con il dettaglio delle attività.'],
        ['Posso inviar[ti|Le|Vi|vi] un preventivo completo, calcolato sulla mia tariffa di {{rate}}.', 'Posso preparar[ti|Le|Vi|vi] un preventivo sulla base della mia tariffa di {{rate}}.',
          'Posso inviar[ti|Le|Vi|vi] un preventivo completo di tutte le attività.', 'Posso preparar[ti|Le|Vi|vi] un preventivo dettagliato.'],
      ),
    },
    nextStep: {
      'smaller-scope': tones(
        ['[Fammi|Mi faccia|Fatemi] sapere se questa soluzione [ti|Le|Vi|vi] va bene: in quel caso [ti|Le|Vi|vi] mando i dettagli.',
          'Se [ti|Le|Vi|vi] interessa, [fammelo|me lo faccia|fatemelo] sapere e [ti|Le|Vi|vi] invio subito i dettagli, con tempi e modalità.'],
        ['[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] procedere così.', 'Se [ti|Le|Vi|vi] va bene, [ti|Le|Vi|vi] mando i dettagli con i tempi.'],
        ['[Dimmi|Mi dica|Ditemi] se [vuoi|vuole|volete] procedere così.', 'Attendo una [tua|Sua|Vostra|vostra] conferma per procedere.'],
      ),
      'separate-quote': tones(
        ['Se [ti|Le|Vi|vi] interessa riceverlo, mi basta una riga di conferma.', '[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] riceverlo.'],
        ['[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] riceverlo.', 'Se [ti|Le|Vi|vi] interessa, mi basta una riga di conferma.'],
        ['[Dimmi|Mi dica|Ditemi] se [vuoi|vuole|volete] riceverlo.', 'Se [ti|Le|Vi|vi] interessa, mi basta una riga di conferma.'],
      ),
    },
    door: tones(
      ['Se in futuro la spesa prevista dovesse cambiare, mi farà piacere riparlarne.',
        'Sarò felice di risentir[ti|La|Vi|vi] se le [tue|Sue|Vostre|vostre] esigenze dovessero cambiare.'],
      ['Se in futuro la spesa prevista cambierà, [puoi|può|potete] scrivermi di nuovo.', 'Se il budget dovesse cambiare, [resto a disposizione|resto a Sua disposizione|resto a Vostra disposizione|resto a disposizione].'],
      ['Se la spesa prevista cambierà, [puoi|può|potete] riscrivermi.', 'Se le cifre cambieranno, [puoi|può|potete] scrivermi di nuovo.'],
    ),
  },

  'cannot-pay': {
    opening: tones(
      ['grazie per avermi scritto con franchezza sull\'aspetto economico.', '[ti|La|Vi|vi] ringrazio per il messaggio e per avermi spiegato la situazione.'],
      ['grazie per la risposta e per aver chiarito la [tua|Sua|Vostra|vostra] posizione.', '[ti|La|Vi|vi] ringrazio per avermi esposto il [tuo|Suo|Vostro|vostro] punto di vista.'],
      ['[ti|Le|Vi|vi] rispondo sull\'aspetto economico.', 'ho letto quanto [mi hai|mi ha|mi avete] scritto.'],
    ),
    empathy: ["Mi fa piacere poterne parlare apertamente, e [ti|Le|Vi|vi] rispondo con la stessa chiarezza.", 'È giusto parlare della spesa in modo diretto, e preferisco farlo subito.'],
    // The no speaks of conditions or the fee (compenso), the offer of the payment.
    decision: tones(
      ['Purtroppo non posso lavorare a condizioni diverse da quelle che [ti|Le|Vi|vi] ho indicato.', 'Senza un accordo sul pagamento, purtroppo, non posso iniziare.'],
      ['Non posso lavorare a condizioni diverse da quelle che [ti|Le|Vi|vi] ho indicato.', 'Non posso iniziare senza un accordo sul pagamento.'],
      ['Non posso accettare condizioni diverse da quelle indicate.', 'Senza un pagamento concordato non posso avviare il lavoro.'],
    ),
    explained: tones(
      ['Purtroppo non posso lavorare a condizioni diverse da quelle che [ti|Le|Vi|vi] ho indicato: sono le stesse per tutti i clienti.',
        'Senza un accordo sul pagamento, purtroppo, non posso iniziare: è la condizione che applico a ogni incarico.'],
      ['Non posso lavorare a condizioni diverse da quelle che [ti|Le|Vi|vi] ho indicato, perché valgono per tutti i clienti.',
        'Non posso iniziare senza un accordo sul pagamento, perché è la condizione che applico a ogni incarico.'],
      ['Non posso accettare condizioni diverse da quelle indicate: valgono per tutti i clienti.',
        'Senza un pagamento concordato non posso avviare il lavoro. Vale per tutti i miei incarichi.'],
    ),
    alternatives: {
      'payment-first': tones(
        ['Appena ricevo il pagamento di {{amount}}, comincio volentieri.',
          'Sarò felice di partire non appena avrò ricevuto il pagamento di {{amount}}.',
          'Appena ricevo il pagamento, comincio volentieri.',
          'Sarò felice di partire non appena avrò ricevuto il pagamento.'],
        ['Posso iniziare una volta ricevuto il pagamento di {{amount}}.', 'Avvio le attività appena ricevo il pagamento di {{amount}}.',
          'Posso iniziare una volta ricevuto il pagamento.', 'Avvio le attività appena ricevo il pagamento.'],
        ['Comincio dopo il pagamento di {{amount}}.', 'Comincerò non appena avrò ricevuto il pagamento di {{amount}}.',
          'Comincio dopo il pagamento.', 'Comincerò non appena avrò ricevuto il pagamento.'],
      ),
      // The resources are typed as "le guide gratuite di Google": the frame never says "gratuito" again.
      'free-resources': tones(
        ['Intanto [ti|Le|Vi|vi] consiglio di consultare {{resources}}.',
          'Nel frattempo [puoi|può|potete] trovare indicazioni pratiche in {{resources}}.',
          'Se intanto [ti|Le|Vi|vi] è utile, posso mandar[ti|Le|Vi|vi] qualche buona guida gratuita.',
          'Nel frattempo posso segnalar[ti|Le|Vi|vi] alcune guide gratuite, per procedere in autonomia.'],
        ['Se intanto [ti|Le|Vi|vi] serve, [ti|Le|Vi|vi] segnalo {{resources}}.', 'Nel frattempo [puoi|può|potete] consultare {{resources}}.',
          'Se intanto [ti|Le|Vi|vi] serve, posso segnalar[ti|Le|Vi|vi] qualche guida gratuita.', 'Nel frattempo posso mandar[ti|Le|Vi|vi] alcune guide gratuite.'],
        ['Nel frattempo [ti|La|Vi|vi] rimando a {{resources}}.', 'Nel frattempo, per orientar[ti|si|Vi|vi] in autonomia, [ti|Le|Vi|vi] segnalo {{resources}}.',
          'Nel frattempo posso segnalar[ti|Le|Vi|vi] alcune guide gratuite.', 'Posso segnalar[ti|Le|Vi|vi] alcune guide gratuite da consultare in autonomia.'],
      ),
    },
    nextStep: {
      'payment-first': tones(
        ['[Fammi|Mi faccia|Fatemi] sapere quando [hai|ha|avete] provveduto, così fissiamo insieme le date.',
          'Quando [hai|ha|avete] provveduto, [scrivimi|mi scriva|scrivetemi] pure: [ti|Le|Vi|vi] confermo subito le date.'],
        ['[Fammi|Mi faccia|Fatemi] sapere quando [hai|ha|avete] provveduto, così [ti|Le|Vi|vi] confermo le date.',
          'Quando [hai|ha|avete] provveduto, [ti|Le|Vi|vi] confermo i tempi di consegna.'],
        ['Quando [hai|ha|avete] provveduto, [ti|Le|Vi|vi] confermo le date.', '[Fammi|Mi faccia|Fatemi] sapere quando [hai|ha|avete] provveduto.'],
      ),
      'free-resources': tones(
        ["Se più avanti [vorrai|vorrà|vorrete] affidarmi l'incarico, sarò felice di risentir[ti|La|Vi|vi].",
          'Quando [vorrai|vorrà|vorrete] procedere, [scrivimi|mi scriva|scrivetemi] pure.'],
        ["Se più avanti [vorrai|vorrà|vorrete] affidarmi l'incarico, [scrivimi|mi scriva|scrivetemi] pure.",
          'Quando [vorrai|vorrà|vorrete] procedere, [resto a disposizione|resto a Sua disposizione|resto a Vostra disposizione|resto a disposizione].'],
        ["Se più avanti [vorrai|vorrà|vorrete] affidarmi l'incarico, [puoi|può|potete] riscrivermi.",
          'Quando [vorrai|vorrà|vorrete] procedere, [puoi|può|potete] scrivermi.'],
      ),
    },
    door: tones(
      ["Se più avanti [vorrai|vorrà|vorrete] affidarmi l'incarico, sarò felice di risentir[ti|La|Vi|vi].",
        'Quando [vorrai|vorrà|vorrete] procedere, mi farà piacere lavorare con [te|Lei|Voi|voi].'],
      ["Se più avanti [vorrai|vorrà|vorrete] affidarmi l'incarico, [scrivimi|mi scriva|scrivetemi] pure.",
        'Quando [vorrai|vorrà|vorrete] procedere, [resto a disposizione|resto a Sua disposizione|resto a Vostra disposizione|resto a disposizione].'],
      ["Se più avanti [vorrai|vorrà|vorrete] affidarmi l'incarico, [puoi|può|potete] riscrivermi.",
        'Quando [vorrai|vorrà|vorrete] procedere, [puoi|può|potete] scrivermi.'],
    ),
  },

  'discount-after-delivery': {
    opening: tones(
      ['grazie per il [tuo|Suo|Vostro|vostro] riscontro sul lavoro.', '[ti|La|Vi|vi] ringrazio per le osservazioni sul lavoro consegnato.'],
      ['grazie per il [tuo|Suo|Vostro|vostro] messaggio sulla fattura.', "[ti|La|Vi|vi] ringrazio per avermi scritto a proposito dell'importo."],
      ['rispondo al [tuo|Suo|Vostro|vostro] messaggio sul pagamento.', "ho letto la [tua|Sua|Vostra|vostra] richiesta di rivedere l'importo."],
    ),
    empathy: ['Ho letto con attenzione le [tue|Sue|Vostre|vostre] considerazioni.', 'Capisco che il costo [ti|Le|Vi|vi] lasci qualche perplessità.'],
    decision: tones(
      ['Purtroppo non posso ridurre il compenso concordato.', "Non posso applicare uno sconto sull'importo concordato."],
      ['Non posso rivedere al ribasso il compenso concordato.', 'Non posso applicare uno sconto sulla cifra pattuita.'],
      ['Non posso ridurre la fattura.', 'Non posso concedere sconti sul compenso pattuito.'],
    ),
    explained: tones(
      ['Purtroppo non posso ridurre il compenso concordato, perché ho consegnato tutto ciò che prevedeva {{agreement}}.',
        "Non posso applicare uno sconto sull'importo concordato: quanto ho consegnato corrisponde in tutto a {{agreement}}.",
        'Purtroppo non posso ridurre il compenso concordato, perché ho consegnato tutto ciò che avevamo stabilito.',
        "Non posso applicare uno sconto sull'importo concordato: quanto ho consegnato corrisponde in tutto agli accordi."],
      ['Non posso rivedere al ribasso il compenso concordato, dato che ho consegnato tutto ciò che prevedeva {{agreement}}.',
        'Non posso applicare uno sconto sulla cifra pattuita, perché quanto ho consegnato rispetta {{agreement}}.',
        'Non posso rivedere al ribasso il compenso concordato, dato che ho consegnato tutto ciò che avevamo stabilito.',
        'Non posso applicare uno sconto sulla cifra pattuita, perché quanto ho consegnato rispetta gli accordi presi.'],
      ['Non posso ridurre la fattura. Ho consegnato tutto ciò che prevedeva {{agreement}}.',
        'Non posso concedere sconti sul compenso pattuito, perché la consegna è conforme a {{agreement}}.',
        'Non posso ridurre la fattura. Ho consegnato tutto ciò che avevamo stabilito.',
        'Non posso concedere sconti sul compenso pattuito, perché la consegna è conforme agli accordi.'],
    ),
    alternatives: {
      'written-agreement': tones(
        ['Se [ti|Le|Vi|vi] è utile, possiamo rileggere insieme, punto per punto, {{agreement}}.',
          '[Ti|Le|Vi|Vi] rimando volentieri {{agreement}}, così [puoi|può|potete] verificare ogni punto.',
          "Se [ti|Le|Vi|vi] è utile, possiamo rileggere insieme, punto per punto, l'accordo scritto.",
          "[Ti|Le|Vi|Vi] rimando volentieri l'accordo scritto, così [puoi|può|potete] verificare ogni punto."],
        ['Se serve, possiamo rileggere insieme, punto per punto, {{agreement}}.', '[Ti|Le|Vi|Vi] rimando {{agreement}}, così [puoi|può|potete] verificare ogni punto.',
          "Se serve, possiamo rileggere insieme, punto per punto, l'accordo scritto.", "[Ti|Le|Vi|Vi] rimando l'accordo scritto, così [puoi|può|potete] verificare ogni punto."],
        ['[Ti|Le|Vi|Vi] rimando {{agreement}} come riferimento.', 'Se serve, possiamo rileggere insieme {{agreement}}.',
          "[Ti|Le|Vi|Vi] rimando l'accordo scritto come riferimento.", "Se serve, possiamo rileggere insieme l'accordo scritto."],
      ),
    },
    // One offer per draft: after the offer the closing only waits for the balance.
    nextStep: tones(
      ['Resto comunque in attesa del saldo nei termini previsti. Grazie ancora per la collaborazione.', 'Grazie ancora per la collaborazione. Conto di ricevere il saldo entro la scadenza indicata in fattura.'],
      ['Resto in attesa del saldo entro la scadenza prevista.', 'Nel frattempo attendo il pagamento completo nei tempi stabiliti.'],
      ['Attendo il saldo per intero entro la scadenza.', 'Attendo il saldo completo.'],
    ),
    door: tones(
      ['Per qualsiasi domanda [resto a disposizione|resto a Sua disposizione|resto a Vostra disposizione|resto a disposizione]. Conto di ricevere il saldo entro la scadenza indicata in fattura.',
        'Per qualsiasi domanda sulla fattura [resto a disposizione|resto a Sua disposizione|resto a Vostra disposizione|resto a disposizione]. Conto di ricevere il saldo nei termini previsti.'],
      ['Per chiarimenti [puoi|può|potete] scrivermi. Resto in attesa del saldo entro la scadenza prevista.',
        'Attendo il saldo nei tempi stabiliti. Per qualsiasi chiarimento [resto a disposizione|resto a Sua disposizione|resto a Vostra disposizione|resto a disposizione].'],
      ['Attendo il saldo per intero entro la scadenza. Per altre domande [puoi|può|potete] scrivermi.',
        'Attendo il saldo completo alla scadenza. Per chiarimenti resto disponibile.'],
    ),
  },

  'as-agreed-in-writing': {
    opening: tones(
      ['ho letto con attenzione i [tuoi|Suoi|Vostri|vostri] dubbi.', 'ho letto con attenzione il [tuo|Suo|Vostro|vostro] messaggio.'],
      ['grazie per aver sollevato la questione.', '[ti|La|Vi|vi] ringrazio per aver espresso i [tuoi|Suoi|Vostri|vostri] dubbi.'],
      ['[ti|Le|Vi|vi] rispondo sul punto che [hai|ha|avete] sollevato.', 'ho letto le [tue|Sue|Vostre|vostre] obiezioni.'],
    ),
    empathy: ['Apprezzo che [tu voglia|voglia|vogliate] chiarire questo punto.', 'Apprezzo che [tu voglia|voglia|vogliate] avere un quadro chiaro degli impegni presi.'],
    decision: tones(
      ['Purtroppo non posso accettare un\'interpretazione diversa da quanto previsto negli accordi scritti.', 'Quanto abbiamo concordato per iscritto resta valido, e purtroppo non posso cambiarlo.'],
      ['Non posso accettare un\'interpretazione diversa da quanto previsto negli accordi scritti.', 'Quanto abbiamo concordato per iscritto resta valido, e non posso cambiarlo.'],
      ['Non posso accettare condizioni diverse da quelle scritte.', 'Valgono le condizioni messe per iscritto, e non posso cambiarle.'],
    ),
    explained: tones(
      ['Purtroppo non posso accettare una lettura diversa da quella di {{agreement}}, che resta il nostro riferimento comune.',
        'Quanto abbiamo concordato resta valido, e purtroppo non posso cambiarlo: fa fede {{agreement}}, che vincola allo stesso modo entrambe le parti.',
        'Purtroppo non posso accettare un\'interpretazione diversa degli accordi, perché quanto abbiamo messo per iscritto resta il nostro riferimento comune.',
        'Quanto abbiamo concordato resta valido, e purtroppo non posso cambiarlo: gli accordi scritti vincolano allo stesso modo entrambe le parti.'],
      ['Non posso accettare una lettura diversa da quella di {{agreement}}, che resta il nostro riferimento comune.',
        'Quanto abbiamo concordato resta valido e non posso cambiarlo: fa fede {{agreement}}, che vincola allo stesso modo entrambe le parti.',
        'Non posso accettare un\'interpretazione diversa degli accordi, perché quanto abbiamo messo per iscritto resta il nostro riferimento comune.',
        'Quanto abbiamo concordato resta valido e non posso cambiarlo: gli accordi scritti vincolano allo stesso modo entrambe le parti.'],
      ['Non posso accettare condizioni diverse da quelle di {{agreement}}. Quel documento vincola entrambe le parti.',
        'Valgono le condizioni di {{agreement}}, che vincolano entrambe le parti: non posso accettarne altre.',
        'Non posso accettare condizioni diverse da quelle messe per iscritto.', 'Valgono le condizioni scritte: non posso accettarne altre.'],
    ),
    alternatives: {
      'written-agreement': tones(
        ['[Ti|Le|Vi|Vi] allego di nuovo {{agreement}}, così abbiamo sotto mano lo stesso testo.',
          'Se [ti|Le|Vi|vi] è utile, possiamo rileggere insieme {{agreement}} con calma.',
          "[Ti|Le|Vi|Vi] allego di nuovo l'accordo, così abbiamo sotto mano lo stesso testo.",
          "Se [ti|Le|Vi|vi] è utile, possiamo rileggere insieme l'accordo con calma."],
        ['[Ti|Le|Vi|Vi] allego di nuovo {{agreement}}, così abbiamo sotto mano lo stesso testo.',
          'Se serve, possiamo rileggere insieme {{agreement}}.',
          "[Ti|Le|Vi|Vi] allego di nuovo l'accordo, così abbiamo sotto mano lo stesso testo.",
          "Se serve, possiamo rileggere insieme l'accordo."],
        ['[Ti|Le|Vi|Vi] allego di nuovo {{agreement}}.', 'Il testo di riferimento è {{agreement}}.',
          "[Ti|Le|Vi|Vi] allego di nuovo l'accordo.", "[Ti|Le|Vi|Vi] allego di nuovo l'accordo come riferimento."],
      ),
    },
    // One offer per draft: the closing asks how to go on, it offers nothing more.
    nextStep: tones(
      ['Se qualche punto [ti|Le|Vi|vi] resta poco chiaro, [scrivimi|mi scriva|scrivetemi] pure; intanto vado avanti con le attività previste.', 'Intanto vado avanti con le attività previste; per qualsiasi dubbio [resto a disposizione|resto a Sua disposizione|resto a Vostra disposizione|resto a disposizione].'],
      ['Per qualsiasi punto da chiarire [resto a disposizione|resto a Sua disposizione|resto a Vostra disposizione|resto a disposizione]; nel frattempo proseguo con le attività previste.', 'Intanto proseguo con le attività in corso, come stabilito.'],
      ['Per domande su un punto specifico [puoi|può|potete] scrivermi.', 'Se un punto non [ti|Le|Vi|vi] è chiaro, possiamo chiarirlo per email.'],
    ),
    door: tones(
      ['Intanto proseguo secondo quanto stabilito; se qualcosa non [ti|Le|Vi|vi] torna, [scrivimi|mi scriva|scrivetemi] pure.',
        'Per qualsiasi domanda sugli accordi [resto a disposizione|resto a Sua disposizione|resto a Vostra disposizione|resto a disposizione], e intanto vado avanti con le attività previste.'],
      ['Intanto proseguo secondo quanto stabilito; per qualsiasi domanda [resto a disposizione|resto a Sua disposizione|resto a Vostra disposizione|resto a disposizione].',
        'Intanto vado avanti con le attività previste; per domande sugli accordi [puoi|può|potete] scrivermi.'],
      ['Intanto proseguo secondo quanto stabilito.', 'Per domande sugli accordi [puoi|può|potete] scrivermi.'],
    ),
  },

  'guarantee-demanded': {
    opening: tones(
      ["[ti|La|Vi|vi] ringrazio per l'interesse verso i miei servizi.", 'grazie per il messaggio e per l\'interesse a lavorare insieme.'],
      ['grazie per il messaggio e per avermi spiegato quali garanzie [cerchi|cerca|cercate].', "[ti|La|Vi|vi] ringrazio per l'interesse e per avermi esposto le [tue|Sue|Vostre|vostre] condizioni."],
      ['ho letto le condizioni che [hai|ha|avete] posto.', 'ho valutato la [tua|Sua|Vostra|vostra] richiesta.'],
    ),
    empathy: ['Capisco che [tu voglia|voglia|vogliate] delle sicurezze prima di investire.', 'È comprensibile voler investire con qualche sicurezza, e capisco che [tu voglia|voglia|vogliate] tutelar[ti|si|Vi|vi].'],
    decision: tones(
      ['Purtroppo non posso garantire il risultato.', 'Non posso assumermi tutto il rischio legato ai risultati.'],
      ['Non posso garantire il risultato.', 'Non posso farmi carico di tutto il rischio.'],
      ['Il risultato non posso garantirlo.', 'Non posso assumermi da solo tutto il rischio.'],
    ),
    explained: tones(
      ['Purtroppo non posso garantire il risultato, perché oltre al mio lavoro entrano in gioco fattori che nessuno può controllare.',
        'Non posso assumermi tutto il rischio legato ai risultati, perché una parte dipende da scelte e circostanze che non sono nelle mie mani.'],
      ['Non posso garantire il risultato, dato che dipende anche da fattori che sfuggono al mio controllo.',
        "Non posso farmi carico di tutto il rischio, perché una parte dell'esito dipende da fattori che non sono nelle mie mani."],
      ['Il risultato non posso garantirlo. Dipende anche da fattori che non controllo.',
        'Non posso assumermi da solo tutto il rischio. I risultati dipendono in parte da fattori esterni.'],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ['Posso invece impegnarmi su ciò che dipende da me: tempi, metodo e {{offer}}.',
          'Posso invece offrir[ti|Le|Vi|vi] {{offer}}, con un impegno scritto su tempi e attività.',
          'Posso invece impegnarmi sulla qualità di ciò che consegno e su scadenze precise.',
          'Posso invece mettere per iscritto attività, tempi e verifiche intermedie.'],
        ['Posso invece prendere impegni precisi su tempi, metodo e {{offer}}.', 'In alternativa posso propor[ti|Le|Vi|vi] {{offer}}, mettendo per iscritto che cosa mi impegno a fare.',
          'Posso invece impegnarmi su tempi, modalità e verifiche intermedie.', 'Posso mettere per iscritto attività, tempi e verifiche intermedie.'],
        ['Posso invece offrir[ti|Le|Vi|vi] {{offer}}.', 'Posso impegnarmi su {{offer}}.',
          'Posso impegnarmi su tempi, modalità e verifiche intermedie.', 'Posso mettere per iscritto attività e tempi.'],
      ),
    },
    nextStep: tones(
      ['Se questa impostazione [ti|La|Vi|vi] convince, [ti|Le|Vi|vi] mando tutti i dettagli per partire.',
        '[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] procedere su queste basi.'],
      ['Se [ti|Le|Vi|vi] va bene, [ti|Le|Vi|vi] preparo una proposta scritta.', '[Fammi|Mi faccia|Fatemi] sapere se questa soluzione fa al caso [tuo|Suo|Vostro|vostro].'],
      ['[Dimmi|Mi dica|Ditemi] se [vuoi|vuole|volete] procedere su queste basi.', 'Se [ti|Le|Vi|vi] sta bene, procediamo così.'],
    ),
    door: tones(
      ['Se in futuro [vorrai|vorrà|vorrete] impostare la collaborazione su basi diverse, mi farà piacere riparlarne.',
        'Sarò felice di risentir[ti|La|Vi|vi] se [vorrai|vorrà|vorrete] impostare la collaborazione su basi diverse.'],
      ['Se [deciderai|deciderà|deciderete] di impostare la collaborazione su basi diverse, [puoi|può|potete] scrivermi di nuovo.',
        'Se [vorrai|vorrà|vorrete] impostare la collaborazione in altro modo, [resto a disposizione|resto a Sua disposizione|resto a Vostra disposizione|resto a disposizione].'],
      ['Se [vorrai|vorrà|vorrete] impostare la collaborazione su basi diverse, [puoi|può|potete] scrivermi.', 'Se [vorrai|vorrà|vorrete] impostare la collaborazione in altro modo, resto disponibile.'],
    ),
  },

  'contract-terms': {
    // Every opening names the contract, so "firmarlo" below always has its referent; the no then
    // says "il testo", so that "contratto" does not come back.
    opening: tones(
      ['grazie per avermi inviato il contratto.', '[ti|La|Vi|vi] ringrazio per il contratto e per il tempo dedicato a prepararlo.'],
      ['grazie per avermi inviato il contratto e per il tempo dedicato a prepararlo.', "[ti|La|Vi|vi] ringrazio per avermi mandato il contratto e per l'interesse a collaborare."],
      ['ho esaminato il contratto che [mi hai|mi ha|mi avete] inviato.', 'ho finito di leggere il contratto.'],
    ),
    empathy: ['Capisco che [tu voglia|voglia|vogliate] tutelare la [tua|Sua|Vostra|vostra] attività.', "È giusto che l'accordo tuteli entrambe le parti."],
    // The clause is the user's words ("la clausola di non concorrenza", "il pagamento a 90 giorni"): nothing agrees with it.
    decision: tones(
      ["Purtroppo non posso accettare {{clause}} e, di conseguenza, non sono in grado di firmare il testo così com'è.", 'Finché il testo contiene {{clause}}, purtroppo, non posso firmarlo.',
        'Purtroppo non posso firmarlo nella forma attuale.', "Così com'è, purtroppo, non posso firmarlo."],
      ['Non posso accettare {{clause}}, quindi non sono in grado di firmare il testo nella forma attuale.', 'Finché il testo prevede {{clause}}, non posso firmarlo.',
        'Nella forma attuale non posso firmarlo.', 'Non posso firmarlo senza qualche modifica.'],
      ['Non posso accettare {{clause}}. Senza una modifica su questo punto non potrò firmare il testo.', "Così com'è, con {{clause}}, non posso firmarlo.",
        'Non posso firmarlo senza modifiche.', "Così com'è non posso firmarlo."],
    ),
    explained: tones(
      ["Purtroppo non posso accettare {{clause}}, che per me è un vincolo troppo stretto, e di conseguenza non sono in grado di firmare il testo così com'è.",
        'Finché il testo contiene {{clause}}, purtroppo, non posso firmarlo, perché sarebbe un impegno che non sono in grado di sostenere.',
        'Purtroppo non posso firmarlo nella forma attuale, perché alcune clausole comportano impegni che non sono in grado di sostenere.',
        "Così com'è, purtroppo, non posso firmarlo: alcune clausole sono troppo vincolanti per me."],
      ["Non posso accettare {{clause}}: è un impegno che non sono in grado di sostenere, quindi il testo, così com'è, non posso firmarlo.",
        'Finché il testo prevede {{clause}}, non posso firmarlo: per la mia attività sarebbe un vincolo eccessivo.',
        'Nella forma attuale non posso firmarlo, perché alcune clausole comportano impegni che non sono in grado di sostenere.',
        'Non posso firmarlo senza qualche modifica, dato che alcune clausole sono troppo vincolanti per me.'],
      ['Non posso accettare {{clause}}, perché è un impegno che non sono in grado di sostenere. Senza una modifica su questo punto non potrò firmare il testo.',
        "Così com'è, con {{clause}}, non posso firmarlo: è un vincolo eccessivo per la mia attività.",
        'Non posso firmarlo senza modifiche: alcune clausole sono troppo vincolanti.',
        "Così com'è non posso firmarlo. Alcune clausole comportano impegni che non sono in grado di sostenere."],
    ),
    // Offers are typed as "il pagamento a 30 giorni", "un accordo di riservatezza al suo posto":
    // no "invece" or "al posto di" around them.
    alternatives: {
      'what-i-can-do': tones(
        ['Come alternativa posso propor[ti|Le|Vi|vi] {{offer}}.',
          'Da parte mia, potrei accettare {{offer}}.',
          'Posso propor[ti|Le|Vi|vi] volentieri una formulazione alternativa dei punti critici.',
          'Cerco volentieri con [te|Lei|Voi|voi] una formulazione diversa dei punti critici.'],
        ['In alternativa posso propor[ti|Le|Vi|vi] {{offer}}.', 'Da parte mia, posso accettare {{offer}}.',
          'Posso propor[ti|Le|Vi|vi] una formulazione alternativa dei punti critici.', 'Sono disponibile a cercare insieme una formulazione diversa.'],
        ['Posso propor[ti|Le|Vi|vi] {{offer}}.', 'Posso accettare {{offer}}.',
          'Posso propor[ti|Le|Vi|vi] una formulazione alternativa.', 'Sono disponibile a valutare una formulazione diversa.'],
      ),
    },
    nextStep: tones(
      ["Se [sei|è|siete] d'accordo, [mandami|mi mandi|mandatemi] pure la versione aggiornata e procediamo.",
        '[Fammi|Mi faccia|Fatemi] sapere cosa [ne pensi|ne pensa|ne pensate]: se [ti|Le|Vi|vi] va bene, aggiorniamo la bozza e procediamo con la firma.'],
      ['[Fammi|Mi faccia|Fatemi] sapere se questa modifica [ti|Le|Vi|vi] va bene, così procediamo con la firma.', "Se [sei|è|siete] d'accordo, attendo la nuova versione."],
      ['Attendo la versione aggiornata per la firma.', 'Se [ti|Le|Vi|vi] sta bene, attendo la versione aggiornata.'],
    ),
    door: tones(
      ['Se [mi manderai|mi manderà|mi manderete] una versione modificata, la rileggerò volentieri.',
        'Se [vorrai|vorrà|vorrete] rivedere le condizioni, sarò felice di riparlarne.'],
      ['Resto a [tua|Sua|Vostra|vostra] disposizione per rileggere una versione modificata.', 'Sono disponibile a valutare una versione rivista.'],
      ['Resto disponibile a valutare una nuova versione.', 'Se [mi manderai|mi manderà|mi manderete] una versione rivista, la valuterò.'],
    ),
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
