// Italian parts for reasons about money and trust. [tu|Lei|Voi]; the body's first word is
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
      ['grazie per la [tua|Sua|Vostra] richiesta e per aver pensato a me.', '[ti|La|Vi] ringrazio per avermi scritto e per aver pensato a me.'],
      ['grazie per la richiesta e per aver indicato il budget.', '[ti|La|Vi] ringrazio per la richiesta e per la chiarezza sulle cifre.'],
      ['ho letto la [tua|Sua|Vostra] richiesta e il budget indicato.', 'ho ricevuto la [tua|Sua|Vostra] richiesta e il budget che [hai|ha|avete] indicato.'],
    ),
    empathy: ['Apprezzo che [tu abbia|abbia|abbiate] indicato subito il budget, e [ti|Le|Vi] rispondo con la stessa chiarezza.',
      'Apprezzo la trasparenza sul budget, e [ti|Le|Vi] rispondo con la stessa franchezza.'],
    decision: tones(
      ["Purtroppo a questa cifra non posso accettare l'incarico.", "Non posso accettare l'incarico a queste condizioni."],
      ["Non posso accettare l'incarico per questa cifra.", 'Non posso lavorare a queste condizioni.'],
      ["Non posso accettare l'incarico per questa cifra.", 'Non posso lavorare a queste condizioni.'],
    ),
    explained: tones(
      ["Purtroppo a questa cifra non posso accettare l'incarico: per un lavoro di questo tipo la mia tariffa è di {{rate}}.",
        "Non posso accettare l'incarico a queste condizioni, perché per un lavoro come questo chiedo {{rate}}.",
        "Purtroppo a questa cifra non posso accettare l'incarico: è al di sotto della mia tariffa per un lavoro di questo tipo.",
        "Non posso accettare l'incarico a queste condizioni, perché la cifra non copre il tempo necessario per un lavoro come questo."],
      ["Non posso accettare l'incarico per questa cifra: la mia tariffa per un lavoro di questo tipo è di {{rate}}.",
        'Non posso lavorare a queste condizioni, perché per un incarico simile chiedo {{rate}}.',
        "Non posso accettare l'incarico per questa cifra, che è al di sotto della mia tariffa per un lavoro di questo tipo.",
        'Non posso lavorare a queste condizioni: la cifra non copre il tempo necessario per un incarico simile.'],
      ["Non posso accettare l'incarico per questa cifra. La mia tariffa per un lavoro di questo tipo è di {{rate}}.",
        'Non posso lavorare a queste condizioni: per un incarico simile chiedo {{rate}}.',
        "Non posso accettare l'incarico per questa cifra, che è al di sotto della mia tariffa.",
        'Non posso lavorare a queste condizioni: la cifra non copre il tempo necessario.'],
    ),
    alternatives: {
      // "l'importo che hai previsto": the client's money, never read as the rate just quoted.
      'smaller-scope': tones(
        ["Con l'importo che [hai|ha|avete] previsto posso invece propor[ti|Le|Vi] {{offer}}.",
          "Senza superare l'importo che [hai|ha|avete] previsto, posso occuparmi di {{offer}}.",
          "Con l'importo che [hai|ha|avete] previsto posso invece propor[ti|Le|Vi] una versione ridotta, limitata alle parti essenziali.",
          "Senza superare l'importo che [hai|ha|avete] previsto, posso realizzare una versione ridotta, concentrata sull'essenziale."],
        ["Con l'importo che [hai|ha|avete] previsto posso propor[ti|Le|Vi] {{offer}}.",
          "Senza superare l'importo previsto, posso occuparmi di {{offer}}.",
          "Con l'importo che [hai|ha|avete] previsto posso propor[ti|Le|Vi] una versione ridotta.",
          "Senza superare l'importo previsto, posso realizzare una versione ridotta, limitata all'essenziale."],
        ["Con l'importo previsto posso offrir[ti|Le|Vi] {{offer}}.",
          "Con l'importo che [hai|ha|avete] previsto posso occuparmi di {{offer}}.",
          "Con l'importo previsto posso offrir[ti|Le|Vi] una versione ridotta.",
          "Con l'importo che [hai|ha|avete] previsto posso realizzare una versione ridotta."],
      ),
      'separate-quote': tones(
        ['Se [ti|Le|Vi] è utile, posso preparar[ti|Le|Vi] un preventivo completo, alla tariffa di {{rate}}.',
          'Posso inviar[ti|Le|Vi] un preventivo completo a {{rate}}, così [puoi|può|potete] valutare se rivedere la spesa.',
          'Se [ti|Le|Vi] è utile, posso preparar[ti|Le|Vi] un preventivo completo, da valutare con calma.',
          'Posso inviar[ti|Le|Vi] un preventivo per l\'intero progetto, così [puoi|può|potete] valutare se rivedere la spesa.'],
        ['Posso inviar[ti|Le|Vi] un preventivo completo, calcolato a {{rate}}.',
          'Posso preparar[ti|Le|Vi] un preventivo a {{rate}}, da confrontare con la spesa prevista.',
          'Posso inviar[ti|Le|Vi] un preventivo per l\'intero progetto, da confrontare con la spesa prevista.',
          'Posso preparar[ti|Le|Vi] un preventivo completo, voce per voce.'],
        ['Posso inviar[ti|Le|Vi] un preventivo completo a {{rate}}.', 'Posso preparar[ti|Le|Vi] un preventivo calcolato a {{rate}}.',
          'Posso inviar[ti|Le|Vi] un preventivo per l\'intero progetto.', 'Posso preparar[ti|Le|Vi] un preventivo dettagliato per l\'intero progetto.'],
      ),
    },
    nextStep: {
      'smaller-scope': tones(
        ['[Fammi|Mi faccia|Fatemi] sapere se questa soluzione [ti|Le|Vi] va bene: in quel caso [ti|Le|Vi] mando i dettagli.',
          '[Dimmi|Mi dica|Ditemi] se [ti|Le|Vi] interessa: [ti|Le|Vi] mando subito i dettagli, con tempi e modalità.'],
        ['[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] procedere così.', 'Se [ti|Le|Vi] va bene, [ti|Le|Vi] mando i dettagli con i tempi.'],
        ['[Dimmi|Mi dica|Ditemi] se [vuoi|vuole|volete] procedere così.', 'Attendo una [tua|Sua|Vostra] conferma per procedere.'],
      ),
      'separate-quote': tones(
        ['Se [ti|Le|Vi] interessa riceverlo, mi basta una riga di conferma.', '[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] riceverlo.'],
        ['[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] riceverlo.', 'Se [ti|Le|Vi] interessa, mi basta una riga di conferma.'],
        ['[Dimmi|Mi dica|Ditemi] se [vuoi|vuole|volete] riceverlo.', 'Se [ti|Le|Vi] interessa, mi basta una riga di conferma.'],
      ),
    },
    door: tones(
      ['Se in futuro la cifra a disposizione dovesse cambiare, mi farà piacere riparlarne.',
        'Sarò felice di risentir[ti|La|Vi] per un prossimo progetto.'],
      ['Se in futuro la cifra a disposizione cambierà, [puoi|può|potete] scrivermi di nuovo.', 'Per un prossimo progetto resto a [tua|Sua|Vostra] disposizione.'],
      ['Se la cifra a disposizione cambierà, [puoi|può|potete] riscrivermi.', 'Per un prossimo progetto resto disponibile.'],
    ),
  },

  'cannot-pay': {
    opening: tones(
      ['grazie per avermi scritto con franchezza.', '[ti|La|Vi] ringrazio per avermi esposto il [tuo|Suo|Vostro] punto di vista.'],
      ['grazie per avermi scritto con chiarezza.', '[ti|La|Vi] ringrazio per avermi esposto il [tuo|Suo|Vostro] punto di vista.'],
      ['ho letto il [tuo|Suo|Vostro] messaggio con attenzione.', 'ho letto il [tuo|Suo|Vostro] punto di vista.'],
    ),
    empathy: ["So che parlare di soldi non è mai piacevole, e apprezzo che [tu l'abbia|l'abbia|l'abbiate] fatto apertamente.", 'Capisco che il costo sia un punto importante per [te|Lei|Voi], ed è giusto parlarne con chiarezza.'],
    // The no speaks of conditions or the fee (compenso), the offer of the payment.
    decision: tones(
      ['Purtroppo non posso lavorare a condizioni diverse da quelle che [ti|Le|Vi] ho indicato.', 'Purtroppo non posso iniziare senza il compenso previsto.'],
      ['Non posso lavorare a condizioni diverse da quelle che [ti|Le|Vi] ho indicato.', 'Non posso iniziare senza il compenso previsto.'],
      ['Non posso lavorare a condizioni diverse da quelle indicate.', 'Non posso iniziare senza il compenso previsto.'],
    ),
    explained: tones(
      ['Purtroppo non posso lavorare a condizioni diverse da quelle che [ti|Le|Vi] ho indicato: sono le stesse per tutti i clienti.',
        'Purtroppo non posso iniziare senza il compenso previsto, perché è la condizione che applico a ogni incarico.'],
      ['Non posso lavorare a condizioni diverse da quelle che [ti|Le|Vi] ho indicato, perché valgono per tutti i clienti.',
        'Non posso iniziare senza il compenso previsto: è la condizione che applico a ogni incarico.'],
      ['Non posso lavorare a condizioni diverse da quelle indicate. Valgono per tutti i clienti.',
        'Non posso iniziare senza il compenso previsto: è una condizione che vale per ogni incarico.'],
    ),
    alternatives: {
      'payment-first': tones(
        ['Appena ricevo il pagamento di {{amount}}, comincio volentieri.',
          'Sarò felice di partire non appena avrò ricevuto il pagamento di {{amount}}.',
          'Appena ricevo il pagamento, comincio volentieri.',
          'Sarò felice di partire non appena avrò ricevuto il pagamento.'],
        ['Posso partire una volta ricevuto il pagamento di {{amount}}.', 'Avvio le attività appena ricevo il pagamento di {{amount}}.',
          'Posso partire una volta ricevuto il pagamento.', 'Avvio le attività appena ricevo il pagamento.'],
        ['Comincio dopo il pagamento di {{amount}}.', 'Parto appena ricevo il pagamento di {{amount}}.',
          'Comincio dopo il pagamento.', 'Parto una volta ricevuto il pagamento.'],
      ),
      // The resources are typed as "le guide gratuite di Google": the frame never says "gratuito" again.
      'free-resources': tones(
        ['Per cominciare intanto in autonomia, [ti|Le|Vi] consiglio {{resources}}.',
          'Per muovere i primi passi, [ti|Le|Vi] suggerisco {{resources}}.',
          'Per cominciare intanto in autonomia, posso mandar[ti|Le|Vi] qualche buona guida gratuita.',
          'Per muovere i primi passi, posso segnalar[ti|Le|Vi] alcune guide gratuite.'],
        ['Per cominciare in autonomia, [ti|Le|Vi] segnalo {{resources}}.', 'Per muovere i primi passi [puoi|può|potete] consultare {{resources}}.',
          'Per cominciare in autonomia, posso segnalar[ti|Le|Vi] qualche guida gratuita.', 'Per muovere i primi passi, posso mandar[ti|Le|Vi] alcune guide gratuite.'],
        ['Per cominciare in autonomia, [ti|Le|Vi] segnalo {{resources}}.', 'Come primo passo, [ti|La|Vi] rimando a {{resources}}.',
          'Posso segnalar[ti|Le|Vi] alcune guide gratuite per cominciare.', 'Per cominciare, posso mandar[ti|Le|Vi] qualche guida gratuita.'],
      ),
    },
    nextStep: {
      'payment-first': tones(
        ['[Fammi|Mi faccia|Fatemi] sapere quando [hai|ha|avete] provveduto, così fissiamo insieme le date.',
          'Quando [hai|ha|avete] provveduto, [scrivimi|mi scriva|scrivetemi] pure: [ti|Le|Vi] confermo subito le date.'],
        ['[Fammi|Mi faccia|Fatemi] sapere quando [hai|ha|avete] provveduto, così [ti|Le|Vi] confermo le date.',
          'Quando [hai|ha|avete] provveduto, [ti|Le|Vi] confermo i tempi di consegna.'],
        ['Quando [hai|ha|avete] provveduto, [ti|Le|Vi] confermo le date.', '[Fammi|Mi faccia|Fatemi] sapere quando [hai|ha|avete] provveduto.'],
      ),
      'free-resources': tones(
        ['Se più avanti [vorrai|vorrà|vorrete] procedere su queste basi, sarò felice di risentir[ti|La|Vi].',
          'Se [deciderai|deciderà|deciderete] di procedere su queste basi, mi farà piacere lavorare con [te|Lei|Voi].'],
        ['Se [vorrai|vorrà|vorrete] procedere su queste basi, [scrivimi|mi scriva|scrivetemi] pure.',
          'Se [deciderai|deciderà|deciderete] di procedere su queste basi, resto a [tua|Sua|Vostra] disposizione.'],
        ['Se [vorrai|vorrà|vorrete] procedere su queste basi, [puoi|può|potete] riscrivermi.',
          'Se [decidi|decide|decidete] di procedere su queste basi, [puoi|può|potete] scrivermi.'],
      ),
    },
    door: tones(
      ['Se più avanti [vorrai|vorrà|vorrete] procedere su queste basi, sarò felice di risentir[ti|La|Vi].',
        'Se [deciderai|deciderà|deciderete] di procedere su queste basi, mi farà piacere lavorare con [te|Lei|Voi].'],
      ['Se [vorrai|vorrà|vorrete] procedere su queste basi, [scrivimi|mi scriva|scrivetemi] pure.',
        'Se [deciderai|deciderà|deciderete] di procedere su queste basi, resto a [tua|Sua|Vostra] disposizione.'],
      ['Se [vorrai|vorrà|vorrete] procedere su queste basi, [puoi|può|potete] riscrivermi.',
        'Se [decidi|decide|decidete] di procedere su queste basi, [puoi|può|potete] scrivermi.'],
    ),
  },

  'discount-after-delivery': {
    opening: tones(
      ['grazie per il [tuo|Suo|Vostro] riscontro sul lavoro.', '[ti|La|Vi] ringrazio per il messaggio e per le [tue|Sue|Vostre] osservazioni.'],
      ['grazie per il [tuo|Suo|Vostro] messaggio e per le osservazioni sul lavoro.', '[ti|La|Vi] ringrazio per le [tue|Sue|Vostre] osservazioni sul lavoro.'],
      ['ho ricevuto la [tua|Sua|Vostra] richiesta di rivedere la fattura.', 'ho letto il [tuo|Suo|Vostro] messaggio sulla fattura.'],
    ),
    empathy: ['Ho preso nota delle [tue|Sue|Vostre] considerazioni.', 'Capisco che sia un tema delicato e preferisco parlarne con chiarezza.'],
    decision: tones(
      ['Purtroppo non posso ridurre il compenso concordato.', "Non posso applicare uno sconto sull'importo concordato."],
      ['Non posso ridurre il compenso concordato.', "Non posso applicare uno sconto sull'importo concordato."],
      ['Non posso ridurre il compenso concordato.', "Non posso applicare sconti sull'importo concordato."],
    ),
    explained: tones(
      ['Purtroppo non posso ridurre il compenso concordato: ho consegnato tutto ciò che prevedeva {{agreement}}, nei tempi e nei modi stabiliti.',
        "Non posso applicare uno sconto sull'importo concordato, perché quanto ho consegnato corrisponde in ogni punto a {{agreement}}.",
        'Purtroppo non posso ridurre il compenso concordato: ho consegnato tutto ciò che avevamo stabilito, nei tempi previsti.',
        "Non posso applicare uno sconto sull'importo concordato, perché quanto ho consegnato corrisponde in ogni punto agli accordi."],
      ['Non posso ridurre il compenso concordato, perché ho consegnato tutto ciò che prevedeva {{agreement}}.',
        "Non posso applicare uno sconto sull'importo concordato: quanto ho consegnato corrisponde in ogni punto a {{agreement}}.",
        'Non posso ridurre il compenso concordato, perché ho consegnato tutto ciò che avevamo stabilito.',
        "Non posso applicare uno sconto sull'importo concordato: quanto ho consegnato corrisponde in ogni punto agli accordi."],
      ['Non posso ridurre il compenso concordato. Ho consegnato tutto ciò che prevedeva {{agreement}}.',
        "Non posso applicare sconti sull'importo concordato: quanto ho consegnato corrisponde a {{agreement}}.",
        'Non posso ridurre il compenso concordato. Ho consegnato tutto ciò che avevamo stabilito.',
        "Non posso applicare sconti sull'importo concordato: quanto ho consegnato corrisponde agli accordi presi."],
    ),
    alternatives: {
      'written-agreement': tones(
        ['Se [lo desideri|lo desidera|lo desiderate], ripercorro volentieri con [te|Lei|Voi] {{agreement}} voce per voce.',
          'Se [ti|Le|Vi] è utile, possiamo rileggere insieme {{agreement}} voce per voce.',
          "Se [lo desideri|lo desidera|lo desiderate], ripercorro volentieri con [te|Lei|Voi] l'accordo scritto voce per voce.",
          "Posso inviar[ti|Le|Vi] di nuovo l'accordo scritto, voce per voce."],
        ['Posso inviar[ti|Le|Vi] di nuovo {{agreement}}, con il dettaglio delle voci.', 'Se serve, possiamo rileggere insieme {{agreement}}.',
          "Posso inviar[ti|Le|Vi] di nuovo l'accordo scritto, con il dettaglio delle voci.", "Se serve, possiamo rileggere insieme l'accordo scritto."],
        ['[Ti|Le|Vi] rimando {{agreement}} con il dettaglio delle voci.', 'Il dettaglio delle voci è in {{agreement}}.',
          "[Ti|Le|Vi] rimando l'accordo scritto con il dettaglio delle voci.", "Il dettaglio delle voci è nell'accordo scritto."],
      ),
    },
    nextStep: tones(
      ['Resto in attesa del saldo e [ti|La|Vi] ringrazio ancora per la collaborazione.', 'Resto in attesa del saldo nei termini previsti e, per qualsiasi domanda, sono a [tua|Sua|Vostra] disposizione.'],
      ['Resto in attesa del saldo nei termini previsti e [ti|La|Vi] ringrazio per la collaborazione.', 'Attendo il saldo nei tempi stabiliti; per qualsiasi domanda resto a [tua|Sua|Vostra] disposizione.'],
      ['Attendo il saldo nei termini previsti.', 'Attendo il saldo per intero.'],
    ),
    door: tones(
      ['Resto in attesa del saldo e sono a [tua|Sua|Vostra] disposizione per qualsiasi domanda.',
        'Conto di ricevere il saldo nei termini previsti; per qualsiasi chiarimento, [scrivimi|mi scriva|scrivetemi] pure.'],
      ['Resto in attesa del saldo nei termini previsti e a [tua|Sua|Vostra] disposizione per qualsiasi chiarimento.',
        'Attendo il saldo nei tempi stabiliti; per domande [puoi|può|potete] scrivermi.'],
      ['Attendo il saldo nei termini previsti. Per chiarimenti resto disponibile.',
        'Attendo il saldo per intero; per domande [puoi|può|potete] scrivermi.'],
    ),
  },

  'as-agreed-in-writing': {
    opening: tones(
      ['grazie per avermi esposto i [tuoi|Suoi|Vostri] dubbi.', '[ti|La|Vi] ringrazio per aver sollevato la questione.'],
      ['grazie per aver sollevato la questione.', '[ti|La|Vi] ringrazio per il messaggio: è giusto affrontare subito questo punto.'],
      ['ho letto le [tue|Sue|Vostre] osservazioni.', 'ho ricevuto le [tue|Sue|Vostre] obiezioni.'],
    ),
    empathy: ['È giusto fare chiarezza subito, prima che nascano equivoci.', 'Capisco che [tu voglia|voglia|vogliate] avere le idee chiare su questo punto.'],
    decision: tones(
      ['Purtroppo non posso accettare una lettura diversa da quella degli accordi scritti.', 'Non posso cambiare quanto abbiamo concordato per iscritto.'],
      ['Non posso accettare una lettura diversa da quella degli accordi scritti.', 'Non posso considerare valide condizioni diverse da quelle concordate.'],
      ['Non posso accettare condizioni diverse da quelle stabilite.', 'Non posso cambiare quanto abbiamo concordato per iscritto.'],
    ),
    explained: tones(
      ["Purtroppo non posso accettare una lettura diversa da quella di {{agreement}}: è il testo che abbiamo condiviso fin dall'inizio e resta il nostro riferimento.",
        "Purtroppo non posso cambiare quanto abbiamo concordato: fa fede {{agreement}}, che vale allo stesso modo per entrambi.",
        "Purtroppo non posso accettare una lettura diversa degli accordi: è stato tutto messo per iscritto fin dall'inizio e resta il nostro riferimento.",
        "Purtroppo non posso cambiare quanto abbiamo concordato, perché fa fede il testo condiviso fin dall'inizio."],
      ['Non posso considerare valide condizioni diverse da quelle concordate, perché fa fede {{agreement}}, che abbiamo condiviso fin dall\'inizio.',
        'Le condizioni sono quelle di {{agreement}}, e non posso considerarne valide altre.',
        'Non posso considerare valide condizioni diverse da quelle concordate, perché fa fede quanto abbiamo messo per iscritto all\'inizio.',
        'Le condizioni sono quelle messe per iscritto, e non posso considerarne valide altre.'],
      ['Non posso accettare condizioni diverse da quelle di {{agreement}}.', 'Valgono le condizioni di {{agreement}}: non posso accettarne altre.',
        'Non posso accettare condizioni diverse da quelle messe per iscritto.', 'Valgono le condizioni scritte: non posso accettarne altre.'],
    ),
    alternatives: {
      'written-agreement': tones(
        ['Se [ti|Le|Vi] è utile, possiamo rileggere insieme {{agreement}} punto per punto.',
          '[Ti|Le|Vi] rimando volentieri {{agreement}}, così possiamo verificare insieme ogni punto.',
          'Se [ti|Le|Vi] è utile, possiamo rileggere insieme il testo punto per punto.',
          '[Ti|Le|Vi] rimando volentieri il testo degli accordi, così possiamo verificare insieme ogni punto.'],
        ['[Ti|Le|Vi] rimando {{agreement}}, così partiamo dallo stesso testo.',
          'Possiamo ripercorrere insieme {{agreement}} per chiarire ogni dubbio.',
          '[Ti|Le|Vi] rimando il testo degli accordi, così partiamo dalla stessa versione.',
          'Possiamo ripercorrere insieme il testo degli accordi per chiarire ogni dubbio.'],
        ['[Ti|Le|Vi] rimando {{agreement}} come riferimento.', 'Il testo di riferimento è {{agreement}}.',
          '[Ti|Le|Vi] rimando il testo degli accordi come riferimento.', 'Il riferimento resta il testo degli accordi.'],
      ),
    },
    nextStep: tones(
      ['Se qualche punto non [ti|Le|Vi] torna, [scrivimi|mi scriva|scrivetemi] pure e ne parliamo.',
        'Se poi resta qualche dubbio, [scrivimi|mi scriva|scrivetemi] pure: ne parliamo con calma.'],
      ['[Fammi|Mi faccia|Fatemi] sapere se resta qualche punto da chiarire, e ne parliamo.', 'Se resta qualche perplessità, sentiamoci pure e ne parliamo con calma.'],
      ['Per domande sul testo [puoi|può|potete] scrivermi.', 'Se qualche punto non è chiaro, [puoi|può|potete] scrivermi.'],
    ),
    door: tones(
      ['Intanto proseguo secondo quanto stabilito; se qualcosa non [ti|Le|Vi] torna, [scrivimi|mi scriva|scrivetemi] pure.',
        'Intanto vado avanti come previsto; per qualsiasi dubbio sono a [tua|Sua|Vostra] disposizione.'],
      ['Intanto proseguo come previsto; per qualsiasi dubbio resto a [tua|Sua|Vostra] disposizione.',
        'Intanto vado avanti con il lavoro; se resta qualche dubbio, possiamo sentirci.'],
      ['Intanto proseguo come previsto. Per domande sul testo resto disponibile.',
        'Intanto vado avanti come previsto; per chiarimenti [puoi|può|potete] scrivermi.'],
    ),
  },

  'guarantee-demanded': {
    opening: tones(
      ['grazie per avermi spiegato cosa [ti aspetti|si aspetta|Vi aspettate].',
        '[ti|La|Vi] ringrazio per la richiesta e per la chiarezza sulle [tue|Sue|Vostre] aspettative.'],
      ['grazie per la richiesta e per aver chiarito le [tue|Sue|Vostre] aspettative.', '[ti|La|Vi] ringrazio per avermi spiegato cosa [ti aspetti|si aspetta|Vi aspettate].'],
      ['ho letto la [tua|Sua|Vostra] richiesta di garanzie.', 'ho letto le [tue|Sue|Vostre] condizioni.'],
    ),
    empathy: ['Capisco che [tu voglia|voglia|vogliate] delle sicurezze prima di investire.', 'È comprensibile voler investire con qualche sicurezza, soprattutto all\'inizio di una collaborazione.'],
    decision: tones(
      ['Purtroppo non posso garantire il risultato.', 'Non posso assumermi tutto il rischio sul risultato.'],
      ['Non posso garantire il risultato.', 'Non posso farmi carico di tutto il rischio.'],
      ['Non posso garantire il risultato.', 'Non posso farmi carico di tutto il rischio.'],
    ),
    explained: tones(
      ['Purtroppo non posso garantire il risultato: oltre al mio lavoro, entrano in gioco elementi che nessuno di noi controlla.',
        'Non posso assumermi tutto il rischio sul risultato, perché una parte dipende da scelte e circostanze che non sono nelle mie mani.'],
      ['Non posso garantire il risultato, perché oltre al mio lavoro entrano in gioco elementi che nessuno di noi controlla.',
        "Non posso farmi carico di tutto il rischio: una parte dell'esito dipende da scelte e circostanze che non sono nelle mie mani."],
      ['Non posso garantire il risultato. Dipende anche da elementi che non controllo.',
        "Non posso farmi carico di tutto il rischio: una parte dell'esito non dipende da me."],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ['Posso invece offrir[ti|Le|Vi] {{offer}}, con impegni precisi su tempi e modalità.',
          'Posso invece impegnarmi su {{offer}}, con scadenze precise.',
          'Posso invece impegnarmi sulla qualità di ciò che consegno e su scadenze precise.',
          'Posso invece mettere per iscritto attività, tempi e verifiche intermedie.'],
        ['Posso invece offrir[ti|Le|Vi] {{offer}}, con impegni precisi su tempi e modalità.', 'Posso impegnarmi invece su {{offer}}, con scadenze precise.',
          'Posso invece impegnarmi su tempi, modalità e verifiche intermedie.', 'Posso mettere per iscritto attività, tempi e verifiche intermedie.'],
        ['Posso invece offrir[ti|Le|Vi] {{offer}}.', 'Posso impegnarmi su {{offer}}.',
          'Posso impegnarmi su tempi, modalità e verifiche intermedie.', 'Posso mettere per iscritto attività e tempi.'],
      ),
    },
    nextStep: tones(
      ['Se questa impostazione [ti|La|Vi] convince, [ti|Le|Vi] mando tutti i dettagli per partire.',
        '[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] procedere su queste basi.'],
      ['Se [ti|Le|Vi] va bene, [ti|Le|Vi] mando tutti i dettagli per partire.', '[Dimmi|Mi dica|Ditemi] se [vuoi|vuole|volete] procedere su queste basi.'],
      ['[Dimmi|Mi dica|Ditemi] se [vuoi|vuole|volete] procedere su queste basi.', 'Se [ti|Le|Vi] sta bene, procediamo così.'],
    ),
    door: tones(
      ['Se in futuro [vorrai|vorrà|vorrete] impostare il progetto su basi diverse, mi farà piacere riparlarne.',
        'Sarò felice di risentir[ti|La|Vi] per un progetto impostato su basi diverse.'],
      ['Per un progetto impostato su basi diverse resto a [tua|Sua|Vostra] disposizione.',
        'Se [deciderai|deciderà|deciderete] di impostare il progetto su basi diverse, [puoi|può|potete] scrivermi di nuovo.'],
      ['Se [vorrai|vorrà|vorrete] lavorare su basi diverse, [puoi|può|potete] scrivermi.', 'Resto disponibile per un progetto impostato su basi diverse.'],
    ),
  },

  'contract-terms': {
    // Every opening names the contract, so "firmarlo" below always has its referent.
    opening: tones(
      ["grazie per avermi inviato il contratto e per la cura con cui [l'hai|l'ha|l'avete] preparato.", '[ti|La|Vi] ringrazio per il contratto e per il tempo dedicato a prepararlo.'],
      ['grazie per avermi inviato il contratto e per il tempo dedicato a prepararlo.', '[ti|La|Vi] ringrazio per avermi mandato il contratto e per l\'interesse a collaborare.'],
      ['ho letto il contratto.', 'ho esaminato il contratto.'],
    ),
    empathy: ['Capisco che [tu voglia|voglia|vogliate] tutelare la [tua|Sua|Vostra] attività.', "È giusto che l'accordo tuteli entrambe le parti."],
    decision: tones(
      ["Purtroppo non posso accettare {{clause}}, quindi non posso firmarlo così com'è.", 'Non posso firmarlo finché contiene {{clause}}.',
        'Purtroppo non posso firmarlo nella forma attuale.', "Non posso firmarlo così com'è."],
      ["Non posso accettare {{clause}}, quindi non posso firmarlo così com'è.", 'Non posso firmarlo finché contiene {{clause}}.',
        'Non posso firmarlo nella forma attuale.', "Non posso firmarlo così com'è."],
      ['Non posso accettare {{clause}}, quindi non posso firmarlo in questa forma.', 'Non posso firmarlo finché contiene {{clause}}.',
        'Non posso firmarlo in questa forma.', "Non posso firmarlo così com'è."],
    ),
    // The clause is the user's words ("la clausola di non concorrenza", "il pagamento a 90 giorni"): nothing agrees with it.
    explained: tones(
      ["Purtroppo non posso accettare {{clause}}, quindi non posso firmarlo così com'è: è un impegno che non posso sostenere.",
        'Non posso firmarlo finché contiene {{clause}}: per me è un vincolo troppo pesante.',
        'Purtroppo non posso firmarlo nella forma attuale: alcune clausole comportano impegni che non posso sostenere.',
        "Non posso firmarlo così com'è, perché contiene vincoli troppo pesanti per me."],
      ["Non posso accettare {{clause}}, quindi non posso firmarlo così com'è: è un impegno che non posso sostenere.",
        'Non posso firmarlo finché contiene {{clause}}, perché per me è un vincolo troppo pesante.',
        'Non posso firmarlo nella forma attuale: alcune clausole comportano impegni che non posso sostenere.',
        "Non posso firmarlo così com'è, perché contiene vincoli troppo pesanti per me."],
      ['Non posso accettare {{clause}}, quindi non posso firmarlo in questa forma: è un impegno che non posso sostenere.',
        'Non posso firmarlo finché contiene {{clause}}: è un vincolo che non posso sostenere.',
        'Non posso firmarlo in questa forma: contiene vincoli che non posso sostenere.',
        "Non posso firmarlo così com'è: alcune clausole sono per me troppo pesanti."],
    ),
    // Offers are typed as "il pagamento a 30 giorni", "un accordo di riservatezza al suo posto":
    // no "invece" or "al posto di" around them.
    alternatives: {
      'what-i-can-do': tones(
        ["Posso propor[ti|Le|Vi] {{offer}}, lasciando il resto del testo com'è.",
          'Per me andrebbe bene {{offer}}, senza toccare il resto del testo.',
          'Posso propor[ti|Le|Vi] una formulazione alternativa, lasciando invariato il resto.',
          'Cerco volentieri con [te|Lei|Voi] una formulazione diversa.'],
        ['Posso propor[ti|Le|Vi] {{offer}}, lasciando invariato il resto del testo.', 'Per me andrebbe bene {{offer}}.',
          'Posso propor[ti|Le|Vi] una formulazione alternativa, lasciando invariato il resto.', 'Sono disponibile a cercare insieme una formulazione diversa.'],
        ['Posso propor[ti|Le|Vi] {{offer}}.', 'Per me va bene {{offer}}.',
          'Posso propor[ti|Le|Vi] una formulazione alternativa.', 'Sono disponibile a valutare una formulazione diversa.'],
      ),
    },
    nextStep: tones(
      ['Se [ti|Le|Vi] va bene, [mandami|mi mandi|mandatemi] pure la versione aggiornata e procediamo.',
        "[Fammi|Mi faccia|Fatemi] sapere cosa [ne pensi|ne pensa|ne pensate]: se [ti|Le|Vi] va bene, sistemiamo il testo e procediamo con la firma."],
      ['[Fammi|Mi faccia|Fatemi] sapere se questa modifica [ti|Le|Vi] va bene, così procediamo con la firma.', 'Se [ti|Le|Vi] sta bene, attendo la versione aggiornata per la firma.'],
      ['Attendo la versione aggiornata per la firma.', 'Se [ti|Le|Vi] sta bene, attendo la versione aggiornata.'],
    ),
    door: tones(
      ['Se in futuro le condizioni dovessero cambiare, mi farà piacere riparlarne.',
        'Spero che potremo lavorare insieme in futuro, con condizioni adatte a tutti e due.'],
      ['Se le condizioni dovessero cambiare, resto a [tua|Sua|Vostra] disposizione.', 'Sarà un piacere valutare una versione diversa in futuro.'],
      ['Se le condizioni cambiano, [puoi|può|potete] scrivermi di nuovo.', 'Resto disponibile a valutare una versione diversa.'],
    ),
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
