// Italian parts for reasons about money and trust. [tu|Lei|voi|voi]; the body's first word is
// lowercase after the greeting's comma, except a courtesy pronoun (La ringrazio, vi ringrazio).
// Values are the user's words ("il preventivo approvato il 3 maggio", "la fattura di marzo"):
// they follow a preposition that contracts with their article (da + il → dal) and nothing agrees with them.
// Each reason keeps its own words for the money (budget / cifra / importo; compenso / pagamento)
// so that no long word comes back within a draft. Closings never read like a sign ("Per domande
// può scrivermi"): they say "eventuali", or "sono a disposizione", in a full sentence.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

const atHand = 'sono a [tua disposizione|Sua disposizione|vostra disposizione|disposizione]';

export const moneyTrustReasons = {
  'budget-too-low': {
    // The opening never says "budget", which the no says.
    opening: tones(
      ['[ti ringrazio|La ringrazio|vi ringrazio|grazie mille] per avermi scritto.', 'grazie per la richiesta e per aver pensato a me.'],
      ['grazie per la richiesta e per la trasparenza sulla cifra disponibile.', '[ti ringrazio|La ringrazio|vi ringrazio|grazie] per le informazioni che [mi hai|mi ha|mi avete] inviato.'],
      ['ho esaminato il progetto e la cifra che [mi hai|mi ha|mi avete] proposto.', 'grazie per la richiesta di collaborazione.'],
    ),
    empathy: ['Apprezzo che [tu mi abbia|mi abbia|mi abbiate] detto chiaramente quanto [vuoi|intende|volete] investire.'],
    decision: tones(
      ["Purtroppo con questo budget non posso accettare l'incarico.", 'A queste condizioni economiche, purtroppo, non riesco a seguire il progetto.'],
      ["Con questo budget non posso accettare l'incarico.", 'A queste condizioni economiche non riesco a seguire il progetto.'],
      ["Con questo budget non posso accettare l'incarico.", 'A queste condizioni economiche non posso seguire il progetto.'],
    ),
    explained: tones(
      ["Purtroppo con questo budget non posso accettare l'incarico: per un lavoro di questo tipo la mia tariffa è di {{rate}}.",
        'A queste condizioni economiche, purtroppo, non riesco a seguire il progetto, perché per un lavoro come questo chiedo {{rate}}.',
        "Purtroppo con questo budget non posso accettare l'incarico: non coprirebbe il tempo che un lavoro di questo tipo richiede.",
        'A queste condizioni economiche, purtroppo, non riesco a seguire il progetto senza rinunciare alla cura che dedico a ogni lavoro.'],
      ["Con questo budget non posso accettare l'incarico: la mia tariffa per un lavoro di questo tipo è di {{rate}}.",
        'A queste condizioni economiche non riesco a seguire il progetto, perché per un incarico simile chiedo {{rate}}.',
        "Con questo budget non posso accettare l'incarico, perché non coprirebbe il tempo che un lavoro di questo tipo richiede.",
        'A queste condizioni economiche non riesco a seguire il progetto senza ridurre la cura che dedico a ogni lavoro.'],
      ["Con questo budget non posso accettare l'incarico. Per un lavoro di questo tipo la mia tariffa è di {{rate}}.",
        'A queste condizioni economiche non posso seguire il progetto: per un incarico simile chiedo {{rate}}.',
        "Con questo budget non posso accettare l'incarico: la cifra non coprirebbe il tempo che il lavoro richiede."],
    ),
    alternatives: {
      // The offer is a deliverable or a call ("le due landing page", "una call di 30 minuti"):
      // the frame only offers it, it never says what is done to it.
      'smaller-scope': tones(
        ["Entro la cifra che [hai|ha|avete] indicato posso invece propor[ti|Le|vi|vi] {{offer}}.",
          "Con l'importo che [hai|ha|avete] previsto posso invece propor[ti|Le|vi|vi] una versione ridotta, limitata alle parti essenziali.",
          "Entro la cifra che [hai|ha|avete] indicato posso invece realizzare una versione ridotta, concentrata sull'essenziale."],
        ["Entro la cifra indicata posso invece propor[ti|Le|vi|vi] {{offer}}.",
          "Con l'importo che [hai|ha|avete] previsto posso propor[ti|Le|vi|vi] una versione ridotta.",
          "Entro la cifra indicata posso realizzare una versione ridotta, limitata all'essenziale."],
        ["Nei limiti dell'importo previsto posso propor[ti|Le|vi|vi] {{offer}}.",
          'Entro la cifra prevista posso invece offrir[ti|Le|vi|vi] una versione ridotta.',
          "Con l'importo previsto posso realizzare una versione ridotta."],
      ),
      'separate-quote': tones(
        ['Se [ti|Le|vi|vi] è utile, posso preparar[ti|Le|vi|vi] un preventivo completo, calcolato sulla mia tariffa di {{rate}}.',
          'Se [ti|Le|vi|vi] è utile, posso preparar[ti|Le|vi|vi] un preventivo completo, da valutare con calma.',
          'Posso inviar[ti|Le|vi|vi] un preventivo completo di tutte le attività, così [puoi|può|potete] valutare se rivedere l\'investimento previsto.'],
        ['Posso inviar[ti|Le|vi|vi] un preventivo completo, calcolato sulla mia tariffa di {{rate}}.',
          'Posso preparar[ti|Le|vi|vi] un preventivo completo, con il dettaglio delle attività.'],
        ['Posso inviar[ti|Le|vi|vi] un preventivo completo, calcolato sulla mia tariffa di {{rate}}.',
          'Posso inviar[ti|Le|vi|vi] un preventivo completo di tutte le attività.', 'Posso preparar[ti|Le|vi|vi] un preventivo dettagliato.'],
      ),
    },
    nextStep: {
      'smaller-scope': tones(
        ['Se la soluzione [ti|Le|vi|vi] interessa, [fammelo|me lo faccia|fatemelo] sapere e [ti|Le|vi|vi] indico alcune date.',
          '[Fammi|Mi faccia|Fatemi] sapere se questa soluzione fa al caso [tuo|Suo|vostro|vostro]: in quel caso [ti|Le|vi|vi] mando tutti i dettagli.'],
        ['[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] procedere così.', "Se [sei|è|siete] d'accordo, [ti|Le|vi|vi] mando i dettagli con i tempi."],
        ['[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] procedere così.'],
      ),
      'separate-quote': tones(
        ['[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] riceverlo.'],
        ['[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] riceverlo.', 'Se [ti|Le|vi|vi] interessa riceverlo, mi basta una riga di conferma.'],
        ['[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] riceverlo.', 'Se [ti|Le|vi|vi] interessa, mi basta una riga di conferma.'],
      ),
    },
    door: tones(
      ['Se in futuro il budget dovesse cambiare, mi farà piacere riparlarne.',
        'Se più avanti [potrai|potrà|potrete] contare su una cifra diversa, sarò felice di risentir[ti|La|vi|vi].'],
      ['Se in futuro il budget dovesse cambiare, [puoi|può|potete] scrivermi di nuovo.',
        'Se più avanti la cifra disponibile dovesse cambiare, sarò felice di riparlarne.'],
      ['Se il budget dovesse cambiare, [puoi|può|potete] riscrivermi.', 'Se più avanti la cifra disponibile dovesse cambiare, [puoi|può|potete] scrivermi di nuovo.'],
    ),
  },

  // The situation may be haggling before the start or invoices left unpaid ("le due fatture in
  // sospeso"): nothing here says "iniziare" or "comincio"; the work "goes ahead".
  'cannot-pay': {
    opening: tones(
      ['[ti|La|vi|vi] ringrazio per il messaggio e per avermi spiegato la situazione.'],
      ['grazie per la risposta e per aver chiarito la [tua|Sua|vostra|vostra] posizione.', '[ti ringrazio|La ringrazio|vi ringrazio|grazie] per avermi esposto il [tuo|Suo|vostro|vostro] punto di vista.'],
      ['ho letto il [tuo|Suo|vostro|vostro] messaggio sul compenso.'],
    ),
    empathy: ['Capisco la [tua|Sua|vostra|vostra] posizione e apprezzo che [tu me ne abbia|me ne abbia|me ne abbiate|me ne abbiate] parlato apertamente.',
      'So che parlare di cifre non è mai semplice.'],
    // The no speaks of conditions or the fee (compenso), the offer of the payment.
    decision: tones(
      ['Purtroppo non posso lavorare a condizioni diverse da quelle che [ti|Le|vi|vi] ho indicato.', 'Mi dispiace, ma non posso modificare il compenso.'],
      ['Non posso lavorare a condizioni diverse da quelle che [ti|Le|vi|vi] ho indicato.', 'Non posso modificare il compenso.'],
      ['Non posso lavorare a condizioni diverse da quelle che [ti|Le|vi|vi] ho indicato.', 'Non posso modificare la mia tariffa.'],
    ),
    explained: tones(
      ['Purtroppo non posso lavorare a condizioni diverse da quelle che [ti|Le|vi|vi] ho indicato: le applico allo stesso modo a tutti i clienti.',
        'Mi dispiace, ma non posso modificare il compenso: per correttezza, applico le stesse tariffe a ogni cliente.'],
      ['Non posso lavorare a condizioni diverse da quelle che [ti|Le|vi|vi] ho indicato, perché valgono per tutti i clienti.',
        'Non posso modificare il compenso, perché applico le stesse tariffe a tutti i miei clienti.'],
      ['Non posso lavorare a condizioni diverse da quelle che [ti|Le|vi|vi] ho indicato. Valgono per tutti i clienti.'],
    ),
    alternatives: {
      'payment-first': tones(
        ['Appena ricevo il pagamento di {{amount}}, procedo volentieri.',
          'Non appena avrò ricevuto il pagamento di {{amount}}, sarò felice di proseguire.',
          'Appena ricevo il pagamento, procedo volentieri.',
          'Non appena avrò ricevuto il pagamento, sarò felice di proseguire.'],
        ['Posso procedere una volta ricevuto il pagamento di {{amount}}.', 'Procedo con il lavoro appena ricevo il pagamento di {{amount}}.',
          'Posso procedere una volta ricevuto il pagamento.', 'Procedo con il lavoro appena ricevo il pagamento.'],
        ['Proseguo con il lavoro una volta ricevuto il pagamento di {{amount}}.', 'Procederò con il lavoro non appena riceverò il pagamento di {{amount}}.',
          'Proseguo con il lavoro una volta ricevuto il pagamento.', 'Procedo con il lavoro non appena ricevo il pagamento.'],
      ),
      // The resources are typed as "le guide gratuite di Google": the frame never says "gratuito" again.
      'free-resources': tones(
        ['Per procedere in autonomia, [ti|Le|vi|vi] consiglio di consultare {{resources}}.',
          'Se [ti|Le|vi|vi] può essere utile, in {{resources}} [trovi|trova|trovate] istruzioni pratiche per fare da [te|sé|voi].',
          'Se può esser[ti|Le|vi|vi] utile, posso segnalar[ti|Le|vi|vi] qualche guida gratuita per iniziare in autonomia.'],
        ['[Puoi|Può|Potete] trovare spunti utili in {{resources}}.', 'Se [preferisci|preferisce|preferite] procedere in autonomia, [ti|Le|vi|vi] segnalo {{resources}}.',
          'Se [ti|Le|vi|vi] è utile, posso segnalar[ti|Le|vi|vi] alcune guide gratuite per fare da [te|sé|voi|voi].'],
        ['Per orientar[ti|si|vi|vi] in autonomia, [ti|Le|vi|vi] segnalo {{resources}}.',
          'Se [ti|Le|vi|vi] è utile, posso segnalar[ti|Le|vi|vi] alcune guide gratuite per fare da [te|sé|voi|voi].'],
      ),
    },
    nextStep: {
      'payment-first': tones(
        ['A quel punto [ti|Le|vi|vi] confermo subito i tempi di consegna.',
          'A quel punto fissiamo insieme il calendario del lavoro.'],
        ['A quel punto [ti|Le|vi|vi] confermo i tempi di consegna.',
          '[Fammi|Mi faccia|Fatemi] sapere quando [avrai|avrà|avrete] provveduto, così [ti|Le|vi|vi] confermo i tempi.'],
        ['A quel punto [ti|Le|vi|vi] confermo i tempi.', '[Fammi|Mi faccia|Fatemi] sapere quando [avrai|avrà|avrete] provveduto, così fissiamo il calendario delle consegne.'],
      ),
      'free-resources': tones(
        ["Se più avanti [vorrai|vorrà|vorrete] affidarmi l'incarico, sarò felice di risentir[ti|La|vi|vi].",
          'Se [vorrai|vorrà|vorrete] procedere a queste condizioni, sarò felice di lavorare con [te|Lei|voi|voi].'],
        ["Se più avanti [vorrai|vorrà|vorrete] affidarmi l'incarico, [scrivimi|mi scriva|scrivetemi] pure."],
        ["Se più avanti [vorrai|vorrà|vorrete] affidarmi l'incarico, [puoi|può|potete] riscrivermi.",
          'Se [vorrai|vorrà|vorrete] procedere alle condizioni indicate, [puoi|può|potete] scrivermi.'],
      ),
    },
    door: tones(
      ["Se più avanti [vorrai|vorrà|vorrete] affidarmi l'incarico, sarò felice di risentir[ti|La|vi|vi].",
        'Se [vorrai|vorrà|vorrete] procedere a queste condizioni, sarò felice di lavorare con [te|Lei|voi|voi].'],
      ["Se più avanti [vorrai|vorrà|vorrete] affidarmi l'incarico, [scrivimi|mi scriva|scrivetemi] pure.",
        'Se [vorrai|vorrà|vorrete] procedere, sarò felice di risentir[ti|La|vi|vi].'],
      ["Se più avanti [vorrai|vorrà|vorrete] affidarmi l'incarico, [puoi|può|potete] riscrivermi.",
        'Se [vorrai|vorrà|vorrete] comunque procedere, [scrivimi|mi scriva|scrivetemi] pure.'],
    ),
  },

  'discount-after-delivery': {
    opening: tones(
      ['grazie per il riscontro sul lavoro.', '[ti ringrazio|La ringrazio|vi ringrazio|grazie] per il messaggio.'],
      ['grazie per il messaggio sulla fattura.', "[ti ringrazio|La ringrazio|vi ringrazio|grazie] per il messaggio e per le [tue|Sue|vostre|vostre] osservazioni sull'importo."],
      ['ho ricevuto il [tuo|Suo|vostro|vostro] messaggio sulla fattura.', "ho letto la [tua|Sua|vostra|vostra] richiesta di ridurre l'importo."],
    ),
    empathy: ['Ho letto con attenzione le [tue|Sue|vostre|vostre] osservazioni sul costo.'],
    decision: tones(
      ['Purtroppo non posso ridurre il compenso concordato.', "Mi dispiace, ma non posso applicare uno sconto sull'importo concordato."],
      ['Non posso rivedere al ribasso il compenso concordato.', 'Non posso applicare uno sconto sulla cifra pattuita.'],
      ['Non posso ridurre il compenso pattuito.', 'Non posso concedere sconti sulla cifra pattuita.'],
    ),
    explained: tones(
      ['Purtroppo non posso ridurre il compenso concordato, perché ho consegnato tutto ciò che prevedeva {{agreement}}.',
        "Mi dispiace, ma non posso applicare uno sconto sull'importo concordato: il lavoro consegnato corrisponde in tutto a quanto previsto da {{agreement}}.",
        'Purtroppo non posso ridurre il compenso concordato, perché ho consegnato tutto ciò che avevamo stabilito.',
        "Mi dispiace, ma non posso applicare uno sconto sull'importo concordato: il lavoro consegnato corrisponde in tutto a quanto avevamo stabilito."],
      ['Non posso rivedere al ribasso il compenso concordato, perché ho consegnato tutto ciò che prevedeva {{agreement}}.',
        'Non posso applicare uno sconto sulla cifra pattuita, perché quanto ho consegnato rispetta {{agreement}}.',
        'Non posso rivedere al ribasso il compenso concordato, perché ho consegnato tutto ciò che avevamo stabilito.',
        'Non posso applicare uno sconto sulla cifra pattuita, perché quanto ho consegnato rispetta gli accordi presi.'],
      ['Non posso ridurre il compenso pattuito. Ho consegnato tutto ciò che prevedeva {{agreement}}.',
        'Non posso concedere sconti sulla cifra pattuita: il lavoro consegnato è conforme a quanto previsto da {{agreement}}.',
        'Non posso ridurre il compenso pattuito. Ho consegnato tutto ciò che avevamo stabilito.',
        'Non posso concedere sconti sulla cifra pattuita: il lavoro consegnato corrisponde agli accordi presi.'],
    ),
    alternatives: {
      'written-agreement': tones(
        ['Se [ti|Le|vi|vi] è utile, possiamo rileggere insieme {{agreement}} punto per punto.',
          '[Ti|Le|Vi|Vi] rimando volentieri {{agreement}}, così [puoi|può|potete] verificare ogni punto.',
          '<n:agreement>[Ti|Le|Vi|Vi] rimando volentieri il testo dell\'accordo, così [puoi|può|potete] verificare ogni punto.',
          '[Ti|Le|Vi|Vi] rimando volentieri il documento, così [puoi|può|potete] verificare ogni punto.'],
        ['Se lo [ritieni|ritiene|ritenete] utile, possiamo rileggere insieme {{agreement}} punto per punto.', '[Ti|Le|Vi|Vi] allego di nuovo {{agreement}}, così [puoi|può|potete] verificare ogni punto.',
          '<n:agreement>[Ti|Le|Vi|Vi] allego di nuovo il testo dell\'accordo, così [puoi|può|potete] verificare ogni punto.',
          '[Ti|Le|Vi|Vi] allego di nuovo il documento, così [puoi|può|potete] verificare ogni punto.'],
        ['[Ti|Le|Vi|Vi] allego di nuovo {{agreement}}, così [puoi|può|potete] verificarne ogni punto.', 'Se lo [ritieni|ritiene|ritenete] utile, possiamo rileggere insieme {{agreement}}.',
          "<n:agreement>[Ti|Le|Vi|Vi] allego di nuovo il testo dell'accordo, così [puoi|può|potete] verificarlo punto per punto.", '[Ti|Le|Vi|Vi] allego di nuovo il documento, così [puoi|può|potete] verificarlo punto per punto.'],
      ),
    },
    // One offer per draft: after the offer the closing waits for the balance and leaves the talk about it open
    // (never future projects, which the door without an offer may name).
    nextStep: tones(
      ['Resto in attesa del saldo nei termini previsti; se qualcosa non [ti|Le|vi|vi] è chiaro, [scrivimi|mi scriva|scrivetemi] pure.'],
      ['Attendo il saldo completo nei tempi stabiliti. Se qualche aspetto non [ti|Le|vi|vi] è chiaro, sono disponibile per una breve telefonata.'],
      ['Attendo il saldo completo entro i termini concordati; per qualsiasi chiarimento [resto disponibile|resto a Sua disposizione|resto a vostra disposizione|resto disponibile].'],
    ),
    door: tones(
      ['Conto di ricevere il saldo nei termini previsti; per i prossimi progetti sarò felice di collaborare ancora con [te|Lei|voi|voi].',
        'Resto in attesa del saldo nei termini previsti; mi farà piacere collaborare di nuovo in futuro.'],
      ['Attendo il saldo entro la scadenza prevista. Per eventuali progetti futuri resto a disposizione.',
        'Attendo il saldo nei tempi stabiliti; per un prossimo lavoro sarò felice di risentir[ti|La|vi|vi].'],
      ['Attendo il saldo per intero entro la scadenza. Per eventuali progetti futuri [resto disponibile|resto a Sua disposizione|resto a vostra disposizione|resto disponibile].'],
    ),
  },

  'as-agreed-in-writing': {
    opening: tones(
      ['[ti ringrazio|La ringrazio|vi ringrazio|grazie] per avermi esposto i [tuoi|Suoi|vostri|vostri] dubbi.'],
      ['grazie per aver sollevato la questione.', '[ti ringrazio|La ringrazio|vi ringrazio|grazie] per avermi scritto a proposito dei nostri accordi.'],
      ['ho esaminato le [tue|Sue|vostre|vostre] obiezioni su quanto concordato.'],
    ),
    empathy: ['Capisco che la questione [ti|Le|vi|vi] stia a cuore.'],
    decision: tones(
      ["Purtroppo non posso accettare un'interpretazione diversa da quella che risulta dagli accordi scritti.", 'Purtroppo non posso discostarmi da quanto abbiamo messo per iscritto.'],
      ["Non posso accettare un'interpretazione diversa da quella che risulta dagli accordi scritti.", 'Non posso discostarmi da quanto abbiamo messo per iscritto.'],
      ['Non posso accettare condizioni diverse da quelle messe per iscritto.', 'Restano valide le condizioni messe per iscritto, che non posso modificare.'],
    ),
    explained: tones(
      ['Su questo punto fa fede {{agreement}}, che resta il nostro riferimento comune: purtroppo non posso discostarmene.',
        "Purtroppo non posso accettare un'interpretazione diversa degli accordi, perché quanto abbiamo messo per iscritto vale per entrambe le parti.",
        'Purtroppo non posso discostarmi da quanto abbiamo concordato: gli accordi scritti vincolano allo stesso modo entrambe le parti.'],
      ['Su questo punto fa fede {{agreement}}, che vincola allo stesso modo entrambe le parti: non posso discostarmene.',
        "Non posso accettare un'interpretazione diversa degli accordi, perché quanto abbiamo messo per iscritto vale per entrambe le parti.",
        'Non posso discostarmi da quanto abbiamo concordato, perché gli accordi scritti vincolano allo stesso modo entrambe le parti.'],
      ['Non posso accettare condizioni diverse da quelle di {{agreement}}: è quel testo a fare fede per entrambe le parti.',
        'Valgono le condizioni di {{agreement}}, che vincolano entrambe le parti: non posso accettarne altre.',
        'Non posso accettare condizioni diverse da quelle messe per iscritto: valgono allo stesso modo per entrambe le parti.', 'Fanno fede le condizioni che abbiamo messo per iscritto: non posso accettarne altre.'],
    ),
    // The offer is said before the closing; with the agreement named in the no, the offer says
    // "il documento" (never "l'accordo scritto", which reads as a second text); with no agreement
    // typed, "il documento" would point back to nothing, so it says "l'accordo scritto".
    alternatives: {
      'written-agreement': tones(
        ['[Ti|Le|Vi|Vi] allego di nuovo {{agreement}}, così abbiamo sotto mano lo stesso testo.',
          'Se [ti|Le|vi|vi] è utile, possiamo rileggere insieme, con calma, {{agreement}}.',
          '[Ti|Le|Vi|Vi] allego di nuovo il documento, così abbiamo sotto mano lo stesso testo.',
          'Se [ti|Le|vi|vi] è utile, possiamo rileggere insieme, con calma, il documento.',
          "<n:agreement>Se [ti|Le|vi|vi] è utile, possiamo rileggere insieme, con calma, l'accordo scritto."],
        ['[Ti|Le|Vi|Vi] allego di nuovo {{agreement}}, così abbiamo sotto mano lo stesso testo.',
          'Se lo [ritieni|ritiene|ritenete] utile, possiamo rileggere insieme {{agreement}}.',
          '[Ti|Le|Vi|Vi] allego di nuovo il documento, così abbiamo sotto mano lo stesso testo.',
          'Se lo [ritieni|ritiene|ritenete] utile, possiamo rileggere insieme il documento.',
          "<n:agreement>Se lo [ritieni|ritiene|ritenete] utile, possiamo rileggere insieme l'accordo scritto."],
        ['[Ti|Le|Vi|Vi] allego di nuovo {{agreement}}.', 'Il testo di riferimento è {{agreement}}, che [ti|Le|vi|vi] allego di nuovo.',
          '[Ti|Le|Vi|Vi] allego di nuovo il documento.', '[Ti|Le|Vi|Vi] allego di nuovo il documento per comodità.', "<n:agreement>[Ti|Le|Vi|Vi] allego di nuovo l'accordo scritto."],
      ),
    },
    // One offer per draft: the closing offers nothing more. The work goes on as agreed, said
    // without "quindi", which after the offer would point back to the wrong sentence.
    nextStep: tones(
      ['Se qualche punto [ti|Le|vi|vi] resta poco chiaro, [scrivimi|mi scriva|scrivetemi] pure; da parte mia il lavoro prosegue come stabilito.',
        `Da parte mia il lavoro prosegue come stabilito; per qualsiasi chiarimento ${atHand}.`],
      ['Per qualsiasi punto da chiarire [resto a disposizione|resto a Sua disposizione|resto a vostra disposizione|resto a disposizione]; da parte mia il lavoro prosegue come stabilito.',
        'Da parte mia il lavoro prosegue come stabilito.'],
      ['Se qualche punto non [ti|Le|vi|vi] è chiaro, ne parliamo; da parte mia il lavoro prosegue come stabilito.'],
    ),
    door: tones(
      [`Se [vuoi|vuole|volete], possiamo ripercorrere insieme il testo punto per punto: ${atHand}.`],
      ['Proseguo quindi come stabilito; per qualsiasi domanda [resto a disposizione|resto a Sua disposizione|resto a vostra disposizione|resto a disposizione].',
        'Proseguo quindi con le attività previste; per eventuali domande [resto a disposizione|resto a Sua disposizione|resto a vostra disposizione|resto a disposizione].'],
      ['Proseguo con le attività previste; per eventuali domande [resto disponibile|resto a Sua disposizione|resto a vostra disposizione|resto disponibile].'],
    ),
  },

  'guarantee-demanded': {
    opening: tones(
      ['[ti ringrazio|La ringrazio|vi ringrazio|grazie] per avermi spiegato con chiarezza che cosa [ti serve|Le serve|vi serve|vi serve].'],
      ['grazie per il messaggio e per avermi spiegato le [tue|Sue|vostre|vostre] aspettative.', '[ti ringrazio|La ringrazio|vi ringrazio|grazie] per avermi esposto con chiarezza le [tue|Sue|vostre|vostre] condizioni.'],
      ['ho letto le condizioni che [hai|ha|avete] posto.', 'grazie per avermi esposto le [tue|Sue|vostre|vostre] condizioni.'],
    ),
    empathy: ['Capisco che prima di investire [tu voglia|voglia|vogliate] qualche certezza.'],
    decision: tones(
      ['Purtroppo non posso garantire il risultato.', 'Mi dispiace, ma non posso assumermi tutto il rischio legato ai risultati.'],
      ['Non posso garantire il risultato.', 'Non posso garantire i risultati né farmi carico di tutto il rischio.'],
      ['Non posso garantir[ti|Le|vi|vi] i risultati.', "Non posso garantire i risultati né farmi carico dell'intero rischio."],
    ),
    explained: tones(
      ['Purtroppo non posso garantire il risultato, perché oltre al mio lavoro entrano in gioco fattori che nessuno può controllare.',
        'Temo di non potermi assumere tutto il rischio legato ai risultati, perché in parte dipendono da scelte e circostanze che non sono nelle mie mani.'],
      ['Non posso garantire il risultato né farmi carico di tutto il rischio, perché l\'esito dipende anche da fattori esterni.'],
      ['Non posso garantire i risultati, perché dipendono anche da fattori che non controllo.',
        "Non posso garantire i risultati né farmi carico dell'intero rischio, perché l'esito dipende in parte da fattori esterni."],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ['Posso invece impegnarmi su ciò che dipende da me e offrir[ti|Le|vi|vi] {{offer}}.',
          'Posso invece impegnarmi sulla qualità di ciò che consegno e su scadenze precise.',
          'Posso invece impegnarmi per iscritto su attività, tempi e verifiche intermedie.'],
        ['In alternativa posso offrir[ti|Le|vi|vi] {{offer}} e mettere per iscritto che cosa mi impegno a fare.',
          'Posso invece impegnarmi a rispettare i tempi concordati e a curare la qualità del lavoro.'],
        ['Posso invece offrir[ti|Le|vi|vi] {{offer}}.', 'In alternativa posso propor[ti|Le|vi|vi] {{offer}}.',
          'Posso impegnarmi a rispettare i tempi concordati e a curare la qualità del lavoro.'],
      ),
    },
    nextStep: tones(
      ['Se questa impostazione [ti|La|vi|vi] convince, [ti|Le|vi|vi] mando tutti i dettagli per partire.',
        '[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] procedere su queste basi.'],
      ['[Fammi|Mi faccia|Fatemi] sapere se questa soluzione fa al caso [tuo|Suo|vostro|vostro].'],
      ['[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] procedere su queste basi.', "Se [sei|è|siete] d'accordo, procediamo così."],
    ),
    door: tones(
      ['Se in futuro [vorrai|vorrà|vorrete] impostare la collaborazione su basi diverse, mi farà piacere riparlarne.',
        'Se [vorrai|vorrà|vorrete] impostare il lavoro con obiettivi e verifiche concordati insieme, senza garanzia sul risultato finale, sarò felice di risentir[ti|La|vi|vi].'],
      ['Se [deciderai|deciderà|deciderete] di impostare la collaborazione su basi diverse, [puoi|può|potete] scrivermi di nuovo.',
        'Se [vorrai|vorrà|vorrete] impostare il lavoro su obiettivi concordati e responsabilità condivise, [resto a disposizione|resto a Sua disposizione|resto a vostra disposizione|resto a disposizione].'],
      ['Se [vorrai|vorrà|vorrete] impostare la collaborazione su basi diverse, [puoi|può|potete] scrivermi.', 'Se [vorrai|vorrà|vorrete] impostare il lavoro su obiettivi concordati e responsabilità condivise, [resto disponibile|resto a Sua disposizione|resto a vostra disposizione|resto disponibile].'],
    ),
  },

  'contract-terms': {
    // Every opening names the contract, so "firmarlo" below always has its referent; the no then
    // says "il testo", so that "contratto" does not come back.
    opening: tones(
      ['grazie per avermi inviato il contratto.', '[ti ringrazio|La ringrazio|vi ringrazio|grazie] per avermi mandato il contratto.'],
      ['grazie per avermi inviato il contratto.', "[ti ringrazio|La ringrazio|vi ringrazio|grazie] per avermi mandato il contratto e per l'interesse a collaborare."],
      ['ho esaminato il contratto che [mi hai|mi ha|mi avete] inviato.', 'ho letto il contratto che [mi hai|mi ha|mi avete] mandato.'],
    ),
    empathy: ['È giusto che l\'accordo tuteli entrambe le parti.'],
    // The clause is the user's words ("la clausola di non concorrenza", "il pagamento a 90 giorni"):
    // nothing agrees with it, and the reason calls it "una condizione", which fits a clause and a
    // payment term alike (never "impegno" or "vincolo", which a 90-day wait is not).
    decision: tones(
      ["Purtroppo non posso firmare il testo così com'è, perché prevede {{clause}}.", 'Finché il testo contiene {{clause}}, purtroppo, non posso firmarlo.',
        'Purtroppo non posso firmarlo nella forma attuale.', "Così com'è, purtroppo, non posso firmarlo."],
      ["Non posso firmare il testo così com'è, perché prevede {{clause}}.", 'Finché il testo prevede {{clause}}, non posso firmarlo.',
        'Nella forma attuale non posso firmarlo.', 'Non posso firmarlo senza qualche modifica.'],
      ["Non firmo il testo così com'è: prevede {{clause}}.", 'Finché il testo prevede {{clause}}, non posso firmarlo.',
        'Non posso firmarlo senza modifiche.', "Così com'è non posso firmarlo."],
    ),
    // The kinds of clause people type most get the reason that term really costs me (clause-kind.ts),
    // framed "con {{clause}}" so that no verb agrees with it.
    explained: tones(
      ["<k:restraint>Purtroppo non posso firmare il testo così com'è: con {{clause}} non potrei lavorare per altri clienti, e la mia attività dipende anche da loro.",
        "<k:payment>Purtroppo non posso firmare il testo così com'è: con {{clause}} dovrei anticipare per troppo tempo i costi del lavoro, cosa che un'attività come la mia non può sostenere.",
        "<k:revisions>Purtroppo non posso firmare il testo così com'è: con {{clause}} il lavoro non avrebbe una fine concordata, e non potrei garantir[ti|Le|vi|vi] né un prezzo equo né una data di consegna.",
        "<k:liability>Purtroppo non posso firmare il testo così com'è: con {{clause}} risponderei di rischi che non dipendono da me.",
        "Purtroppo non posso firmare il testo così com'è, perché prevede {{clause}}, una condizione troppo gravosa per la mia attività.",
        'Purtroppo non posso firmarlo nella forma attuale, perché mi vincolerebbe a condizioni troppo gravose per la mia attività.',
        "Così com'è, purtroppo, non posso firmarlo: alcune condizioni sono troppo onerose per la mia attività."],
      ["<k:restraint>Non posso firmare il testo così com'è, perché con {{clause}} non potrei lavorare per altri clienti, da cui dipende la mia attività.",
        "<k:payment>Non posso firmare il testo così com'è, perché con {{clause}} dovrei anticipare per troppo tempo i costi del lavoro.",
        "<k:revisions>Non posso firmare il testo così com'è, perché con {{clause}} il lavoro non avrebbe una fine concordata e non potrei garantire né un prezzo né una data di consegna.",
        "<k:liability>Non posso firmare il testo così com'è, perché con {{clause}} risponderei di rischi che non dipendono da me.",
        "Non posso firmare il testo così com'è, perché prevede {{clause}}, una condizione troppo gravosa per la mia attività.",
        'Finché il testo prevede {{clause}}, non posso firmarlo: per la mia attività è una condizione troppo onerosa.',
        'Nella forma attuale non posso firmarlo, perché mi vincolerebbe a condizioni troppo gravose per la mia attività.',
        'Non posso firmarlo così com\'è: alcune clausole comportano obblighi troppo onerosi per la mia attività.'],
      ["<k:restraint>Non firmo il testo così com'è: con {{clause}} non potrei lavorare per altri clienti.",
        "<k:payment>Non firmo il testo così com'è: con {{clause}} dovrei anticipare per troppo tempo i costi del lavoro.",
        "<k:revisions>Non firmo il testo così com'è: con {{clause}} il lavoro non avrebbe una fine concordata, né un prezzo o una scadenza certi.",
        "<k:liability>Non firmo il testo così com'è: con {{clause}} risponderei di rischi che non dipendono da me.",
        "Non firmo il testo così com'è: prevede {{clause}}, una condizione troppo gravosa per la mia attività.",
        'Finché il testo prevede {{clause}}, non posso firmarlo. Per la mia attività è una condizione troppo onerosa.',
        'Non posso firmarlo senza modifiche: alcune clausole sono troppo onerose per la mia attività.',
        "Così com'è non posso firmarlo. Mi vincolerebbe a condizioni troppo gravose per la mia attività."],
    ),
    // Offers are typed as "il pagamento a 30 giorni", "un accordo di riservatezza": the frame says
    // "in alternativa" or "invece", which points back to the clause named in the no or, with the
    // clause left empty, to the text as it stands (never "quella clausola", which would have no referent):
    // there it says what the offer replaces, "al posto dei punti che non posso accettare" ("una versione
    // che preveda {{offer}}" left unclear a version of what, and whether the offer replaced the clauses).
    // After a named clause the offer says it replaces "questo punto" (a bare "ti propongo {{offer}}" read as
    // an offer instead of the whole contract; "sostituirla" would agree with the clause).
    alternatives: {
      'what-i-can-do': tones(
        ['<n:clause>In alternativa, al posto dei punti che non posso accettare, [ti|Le|vi|vi] propongo {{offer}}.', "In alternativa, [ti|Le|vi|vi] propongo di sostituire questo punto con {{offer}}.",
          'Cerco volentieri con [te|Lei|voi|voi] una formulazione diversa del testo.'],
        ['<n:clause>In alternativa, al posto dei punti che non posso accettare, [ti|Le|vi|vi] propongo {{offer}}.', 'In alternativa, [ti|Le|vi|vi] propongo di sostituire questo punto con {{offer}}.',
          'Posso propor[ti|Le|vi|vi] una formulazione alternativa del testo.', 'Sono disponibile a cercare insieme una formulazione diversa.',
          '<n:clause>Se [vuoi|vuole|volete], [ti|Le|vi|vi] indico quali clausole non posso accettare e per ciascuna [ti|Le|vi|vi] propongo una formulazione alternativa.'],
        ['<n:clause>In alternativa, al posto dei punti che non accetto, [ti|Le|vi|vi] propongo {{offer}}.', 'In alternativa, [ti|Le|vi|vi] propongo di sostituire questo punto con {{offer}}.',
          'Posso propor[ti|Le|vi|vi] una formulazione alternativa.', 'Sono disponibile a valutare una formulazione diversa.'],
      ),
    },
    nextStep: tones(
      ['[Fammi|Mi faccia|Fatemi] sapere cosa [ne pensi|ne pensa|ne pensate]: se la soluzione [ti convince|La convince|vi convince|vi convince], aggiorniamo la bozza e procediamo con la firma.'],
      ['[Fammi|Mi faccia|Fatemi] sapere se la proposta [ti|Le|vi|vi] va bene: in quel caso aggiorniamo il testo e procediamo con la firma.', "Se [ti|Le|vi|vi] va bene, attendo il contratto aggiornato."],
      // With no offer typed the writer has just offered to draft the wording: the next move is theirs.
      ["[Se ti va bene|Se è d'accordo|Se vi va bene|Se vi va bene], attendo il testo aggiornato.", "<n:offer>[Se ti va bene, ti|Se è d'accordo, Le|Se vi va bene, vi|Se vi va bene, vi] mando la mia proposta di modifica."],
    ),
    door: tones(
      ['Se [vuoi|vuole|volete], possiamo valutare insieme le modifiche necessarie.',
        'Se [deciderai|deciderà|deciderete] di modificarlo, sarò felice di riparlarne.'],
      ['Se [mi mandi|mi manda|mi mandate] una versione modificata, la rileggo volentieri.', 'Sono disponibile a valutare una versione rivista.'],
      ['Resto disponibile a valutare una nuova versione.', 'Se [mi manderai|mi manderà|mi manderete] una versione rivista, la valuterò.'],
    ),
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
