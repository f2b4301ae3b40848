// Italian parts for reasons about money and trust. [tu|Lei|voi]; the body's first word is
// lowercase after the greeting's comma, except a courtesy pronoun (La ringrazio, Vi ringrazio).
// Values are the user's words ("il preventivo approvato il 3 maggio", "la fattura di marzo"):
// they follow a preposition that contracts with their article (da + il → dal) and nothing agrees with them.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const moneyTrustReasons = {
  'budget-too-low': {
    opening: tones(
      ['grazie per avermi indicato con chiarezza il budget a disposizione.',
        '[ti|La|Vi] ringrazio per avermi presentato il progetto insieme al budget previsto.'],
      ["grazie per la richiesta e per l'indicazione del budget.", '[ti|La|Vi] ringrazio per avermi comunicato il budget.'],
      ['ho ricevuto la [tua|Sua|vostra] richiesta per il progetto.', 'ho letto la proposta e la cifra indicata.'],
    ),
    empathy: ['Apprezzo la trasparenza sulle cifre: permette di parlarsi chiaro fin da subito.',
      'Avere subito un’idea dell’importo è utile, e per questo [ti|Le|vi] rispondo con la stessa chiarezza.'],
    decision: tones(
      ['Purtroppo con questo budget non posso realizzare il progetto.', "Non posso accettare l'incarico a questa cifra."],
      ['Con questo budget non posso realizzare il progetto.', "Non posso accettare l'incarico alla cifra indicata."],
      ['Non posso realizzare il progetto con questo budget.', "Non accetto l'incarico a questa cifra."],
    ),
    explained: tones(
      ['Purtroppo con questo budget non posso realizzare il progetto: per un lavoro di questo tipo la mia tariffa è di {{rate}}, e scendere al di sotto vorrebbe dire rinunciare alla cura che ci metto.',
        "Non posso accettare l'incarico a questa cifra, perché per un lavoro come questo la mia tariffa è di {{rate}} e riflette il tempo che serve per farlo bene.",
        'Purtroppo con questo budget non posso realizzare il progetto: la cifra è inferiore alle mie tariffe per un lavoro di questo tipo, che riflettono il tempo e la cura necessari.',
        "Non posso accettare l'incarico a questa cifra, perché non copre il tempo che il lavoro richiede per essere fatto bene."],
      ['Con questo budget non posso realizzare il progetto: la mia tariffa per questo tipo di lavoro è di {{rate}}, e la cifra indicata non copre il tempo necessario.',
        "Non posso accettare l'incarico alla cifra indicata, perché per lavori simili applico una tariffa di {{rate}}.",
        'Con questo budget non posso realizzare il progetto, perché è inferiore alle mie tariffe per questo tipo di lavoro.',
        "Non posso accettare l'incarico alla cifra indicata: non copre il tempo che il lavoro richiede."],
      ['Non posso realizzare il progetto con questo budget. La mia tariffa per questo lavoro è di {{rate}}.',
        "Non accetto l'incarico a questa cifra: la mia tariffa è di {{rate}}.",
        'Non posso realizzare il progetto con questo budget. Le mie tariffe per questo lavoro sono più alte.',
        "Non accetto l'incarico a questa cifra: è al di sotto delle mie tariffe."],
    ),
    alternatives: {
      'smaller-scope': tones(
        ['Con l’importo che [hai|ha|avete] indicato posso invece propor[ti|Le|vi] {{offer}}.',
          'Restando entro quell’importo, posso offrir[ti|Le|vi] {{offer}}.',
          'Con l’importo che [hai|ha|avete] indicato posso propor[ti|Le|vi] una versione ridotta del progetto.',
          'Restando entro quell’importo, possiamo concentrarci sulle parti più importanti del progetto.'],
        ['Per quell’importo posso invece propor[ti|Le|vi] {{offer}}.', 'Nei limiti della cifra indicata posso offrir[ti|Le|vi] {{offer}}.',
          'Per quell’importo posso propor[ti|Le|vi] una versione ridotta del progetto.',
          'Nei limiti della cifra indicata possiamo concentrarci sulle parti essenziali.'],
        ['Per quell’importo posso offrire {{offer}}.', 'Nei limiti della cifra indicata posso proporre {{offer}}.',
          'Per quell’importo posso proporre una versione ridotta del progetto.', 'Nei limiti della cifra indicata posso realizzare una versione ridotta.'],
      ),
      'separate-quote': tones(
        ['Se [ti|Le|vi] è utile, posso preparar[ti|Le|vi] un preventivo per il progetto completo, alla tariffa di {{rate}}, da valutare con calma.',
          'Posso inviar[ti|Le|vi] un preventivo completo calcolato a {{rate}}, così [puoi|può|potete] valutare se rivedere il budget.',
          'Se [ti|Le|vi] è utile, posso preparar[ti|Le|vi] un preventivo dettagliato per il progetto completo, da valutare con calma.',
          'Posso inviar[ti|Le|vi] un preventivo completo, così [puoi|può|potete] valutare se rivedere il budget.'],
        ['Posso inviar[ti|Le|vi] un preventivo per il progetto completo, calcolato a {{rate}}.',
          'Posso preparare un preventivo completo a {{rate}}, da confrontare con il budget disponibile.',
          'Posso inviar[ti|Le|vi] un preventivo dettagliato per il progetto completo.',
          'Posso preparare un preventivo completo, da confrontare con il budget disponibile.'],
        ['Posso inviare un preventivo per il progetto completo, a {{rate}}.', 'Il progetto completo si può preventivare a {{rate}}.',
          'Posso inviare un preventivo per il progetto completo.', 'Posso preparare un preventivo dettagliato alle mie tariffe.'],
      ),
    },
    nextStep: {
      'smaller-scope': tones(
        ['[Fammi|Mi faccia|Fatemi] sapere se questa soluzione può fare al caso [tuo|Suo|vostro].',
          'Se [ti|Le|vi] interessa, ne parliamo e definiamo insieme i dettagli.'],
        ['[Fammi|Mi faccia|Fatemi] sapere se [ti|Le|vi] interessa procedere così, e [ti|Le|vi] mando una proposta dettagliata.', 'Attendo un [tuo|Suo|vostro] riscontro per definire insieme i dettagli e i tempi.'],
        ['[Confermami|Mi confermi|Confermatemi] se [vuoi|vuole|volete] procedere con questa soluzione.',
          'Attendo un riscontro per procedere.'],
      ),
      'separate-quote': tones(
        ['[Dimmi|Mi dica|Ditemi] se [vuoi|vuole|volete] riceverlo, così possiamo ragionarci insieme.',
          '[Fammi|Mi faccia|Fatemi] sapere se [ti|Le|vi] interessa, così ne parliamo insieme.'],
        ['[Fammi|Mi faccia|Fatemi] sapere se [ti|Le|vi] serve.', '[Dimmi|Mi dica|Ditemi] se [vuoi|vuole|volete] riceverlo.'],
        ['[Dimmi|Mi dica|Ditemi] se [ti|Le|vi] interessa riceverlo.', 'Attendo conferma per inviarlo.'],
      ),
    },
    door: tones(
      ['Se in futuro il budget dovesse cambiare, mi farà piacere riparlarne.',
        'Per i prossimi progetti mi farà piacere ricevere ancora le [tue|Sue|vostre] richieste.'],
      ['Resto a [tua|Sua|vostra] disposizione per progetti futuri.', 'Per i prossimi progetti [puoi|può|potete] scrivermi quando [vuoi|vuole|volete].'],
      ['Per progetti futuri valgono le mie tariffe abituali.', 'Per i prossimi progetti resto disponibile alle mie tariffe.'],
    ),
  },

  'cannot-pay': {
    opening: tones(
      ['grazie per avermi spiegato la [tua|Sua|vostra] situazione.', '[ti|La|Vi] ringrazio per la franchezza con cui [mi hai|mi ha|mi avete] scritto.'],
      ['grazie per il messaggio e per avermi spiegato la [tua|Sua|vostra] proposta.', '[ti|La|Vi] ringrazio per avermi esposto la [tua|Sua|vostra] proposta con chiarezza.'],
      ['ho letto la [tua|Sua|vostra] proposta.', 'ho ricevuto il [tuo|Suo|vostro] messaggio sul pagamento.'],
    ),
    empathy: ['So che parlare di soldi non è mai piacevole, e apprezzo la chiarezza.', 'Capisco la [tua|Sua|vostra] posizione e la rispetto.'],
    decision: tones(
      ['Purtroppo non posso procedere senza il pagamento previsto.', 'Non posso accettare condizioni di pagamento diverse da quelle indicate.'],
      ['Non posso procedere senza il pagamento previsto.', 'Non posso accettare condizioni di pagamento diverse da quelle indicate.'],
      ['Non lavoro senza il pagamento previsto.', 'Non accetto condizioni di pagamento diverse da quelle indicate.'],
    ),
    explained: tones(
      ['Purtroppo non posso procedere senza il pagamento previsto: è il mio lavoro, e applico le stesse condizioni a tutti i clienti.',
        'Non posso accettare condizioni di pagamento diverse da quelle indicate, perché sono le stesse per ogni cliente e mi permettono di lavorare con serietà.'],
      ['Non posso procedere senza il pagamento previsto, perché applico le stesse condizioni a tutti i clienti, senza eccezioni.',
        'Non posso accettare condizioni di pagamento diverse da quelle indicate: valgono per tutti i miei clienti e sono la base del mio lavoro.'],
      ['Non lavoro senza il pagamento previsto. Le mie condizioni valgono per tutti i clienti.',
        'Non accetto condizioni di pagamento diverse da quelle indicate: sono uguali per tutti.'],
    ),
    alternatives: {
      'payment-first': tones(
        ['Sarò felice di iniziare non appena avrò ricevuto il pagamento di {{amount}}.',
          'Appena arriva il pagamento di {{amount}}, mi metto al lavoro volentieri.',
          'Sarò felice di iniziare non appena avrò ricevuto il pagamento.',
          'Appena arriva il pagamento, mi metto al lavoro volentieri.'],
        ['Posso mettermi al lavoro una volta ricevuto il pagamento di {{amount}}.', 'Il lavoro partirà dopo il pagamento di {{amount}}.',
          'Posso mettermi al lavoro una volta ricevuto il pagamento.', 'Il lavoro partirà a pagamento ricevuto.'],
        ['Procedo dopo il pagamento di {{amount}}.', "Il lavoro inizia una volta saldato l'importo di {{amount}}.",
          'Procedo una volta ricevuto il pagamento.', 'Il lavoro inizia dopo il pagamento.'],
      ),
      'free-resources': tones(
        ['Se [ti|Le|vi] può essere utile intanto, [ti|Le|vi] suggerisco di partire da {{resources}}: è materiale gratuito e ben fatto.',
          'Per iniziare in autonomia, [ti|Le|vi] consiglio volentieri {{resources}}, che si possono consultare gratuitamente.',
          'Se [ti|Le|vi] può essere utile, posso indicar[ti|Le|vi] alcune risorse gratuite per iniziare in autonomia.',
          'Per iniziare in autonomia esistono buone guide gratuite, e [ti|Le|vi] segnalo volentieri quelle che conosco.'],
        ['Come punto di partenza gratuito, [ti|Le|vi] segnalo {{resources}}.', 'Per iniziare in autonomia [puoi|può|potete] consultare {{resources}}.',
          'Posso indicar[ti|Le|vi] alcune risorse gratuite per iniziare in autonomia.', 'Per iniziare in autonomia posso segnalar[ti|Le|vi] qualche guida gratuita.'],
        ['Come risorsa gratuita [ti|Le|vi] indico {{resources}}.', 'Per iniziare in autonomia [ti|La|vi] rimando a {{resources}}.',
          'Posso indicare alcune risorse gratuite per iniziare.', 'Esistono guide gratuite per iniziare in autonomia.'],
      ),
    },
    nextStep: {
      'payment-first': tones(
        ['Quando [mi confermi|mi conferma|mi confermate] che è tutto a posto, fissiamo insieme i tempi.',
          '[Fammi|Mi faccia|Fatemi] sapere quando [hai|ha|avete] provveduto, così mi organizzo.'],
        ['[Scrivimi|Mi scriva|Scrivetemi] pure quando [hai|ha|avete] provveduto.', 'A quel punto [ti|Le|vi] confermo i tempi di consegna.'],
        ['A quel punto confermo le date di lavoro.', "[Inviami|Mi invii|Inviatemi] conferma dell'avvenuto pagamento per procedere."],
      ),
      'free-resources': tones(
        ['Spero che questo materiale [ti|Le|vi] sia utile per fare i primi passi.', '[Ti|Le|Vi] auguro buon lavoro con il progetto.'],
        ['Spero che [ti|Le|vi] sia utile.', 'Buon lavoro con il progetto.'],
        ['Buon inizio con il progetto.', 'Buona lettura e buon lavoro.'],
      ),
    },
    door: tones(
      ['Se in futuro la situazione cambierà, mi farà piacere riparlarne.', 'Se più avanti [vorrai|vorrà|vorrete] riprendere il progetto a queste condizioni, sarò felice di sentir[ti|La|vi].'],
      ['Se le condizioni cambiano, [puoi|può|potete] scrivermi di nuovo.', 'Per un incarico futuro alle condizioni indicate, resto a [tua|Sua|vostra] disposizione.'],
      ['Per incarichi futuri valgono le stesse condizioni.', 'Resto disponibile alle mie condizioni abituali.'],
    ),
  },

  'discount-after-delivery': {
    opening: tones(
      ['grazie per il [tuo|Suo|vostro] riscontro sul lavoro consegnato.', '[ti|La|Vi] ringrazio per avermi scritto dopo la consegna.'],
      ['grazie per il messaggio sul lavoro consegnato e per le [tue|Sue|vostre] osservazioni.', '[ti|La|Vi] ringrazio per il riscontro sul lavoro che ho consegnato.'],
      ['ho ricevuto la richiesta di rivedere il compenso.', 'ho letto il [tuo|Suo|vostro] messaggio sul compenso.'],
    ),
    empathy: ['Ho letto con attenzione le [tue|Sue|vostre] considerazioni.', 'Capisco che sia un tema delicato, e preferisco affrontarlo con chiarezza.'],
    decision: tones(
      ['Purtroppo non posso ridurre il compenso concordato.', 'Non posso applicare uno sconto a lavoro consegnato.'],
      ['Non posso ridurre il compenso concordato.', 'Non posso applicare uno sconto dopo la consegna.'],
      ['Non applico sconti a lavoro consegnato.', 'Non posso ridurre il compenso pattuito.'],
    ),
    explained: tones(
      ["Purtroppo non posso ridurre il compenso concordato: il lavoro è stato consegnato come previsto da {{agreement}}, e l'importo corrisponde a quanto svolto.",
        'Non posso applicare uno sconto a lavoro consegnato, perché ho svolto tutto ciò che prevedeva {{agreement}}.',
        "Purtroppo non posso ridurre il compenso concordato: il lavoro è stato consegnato come previsto, e l'importo corrisponde a quanto svolto.",
        'Non posso applicare uno sconto a lavoro consegnato, perché ho svolto tutto ciò che avevamo concordato.'],
      ['Non posso ridurre il compenso concordato, perché il lavoro è stato consegnato come previsto da {{agreement}} e l’importo corrisponde a quanto svolto.',
        'Non posso applicare uno sconto dopo la consegna: il lavoro rispetta quanto stabilito in {{agreement}}, in ogni sua parte.',
        'Non posso ridurre il compenso concordato, perché il lavoro è stato consegnato come previsto e l’importo corrisponde a quanto svolto.',
        'Non posso applicare uno sconto dopo la consegna: il lavoro rispetta in ogni sua parte quanto avevamo stabilito.'],
      ["Non applico sconti a lavoro consegnato. Il lavoro rispetta {{agreement}}, e l'importo è dovuto per intero.",
        'Non posso ridurre il compenso pattuito: la consegna è conforme a {{agreement}}.',
        "Non applico sconti a lavoro consegnato. Il lavoro rispetta l'accordo, e l'importo è dovuto per intero.",
        "Non posso ridurre il compenso pattuito: la consegna è conforme all'accordo."],
    ),
    alternatives: {
      'written-agreement': tones(
        ['Se qualche punto non [ti|Le|vi] è chiaro, ripercorro volentieri con [te|Lei|voi] {{agreement}} voce per voce.',
          'Sono a disposizione per rileggere insieme {{agreement}} e verificare ogni punto consegnato.',
          "Se qualche punto non [ti|Le|vi] è chiaro, ripercorro volentieri con [te|Lei|voi] l'accordo voce per voce.",
          "Posso inviar[ti|Le|vi] di nuovo l'accordo scritto, con i punti consegnati segnati uno per uno."],
        ['Posso inviar[ti|Le|vi] di nuovo {{agreement}}, con il dettaglio di quanto consegnato.', 'Se serve, possiamo rileggere insieme {{agreement}}.',
          "Posso inviar[ti|Le|vi] di nuovo l'accordo scritto, con il dettaglio di quanto consegnato.", "Se serve, possiamo rileggere insieme l'accordo scritto."],
        ['[Ti|La|Vi] rimando a {{agreement}} per il dettaglio delle prestazioni.', 'Il dettaglio delle prestazioni è in {{agreement}}.',
          "[Ti|La|Vi] rimando all'accordo scritto per il dettaglio delle prestazioni.", "Il dettaglio delle prestazioni è nell'accordo scritto."],
      ),
    },
    nextStep: tones(
      ['Resto in attesa del saldo, e [ti|La|vi] ringrazio ancora per la collaborazione.', 'Conto di ricevere il pagamento nei termini previsti.'],
      ['Resto in attesa del pagamento nei termini previsti.', 'Attendo il saldo secondo le scadenze concordate.'],
      ['Attendo il saldo nei termini previsti.', "Attendo il pagamento dell'intero importo."],
    ),
    door: tones(
      ['Resto in attesa del saldo, e [ti|La|vi] ringrazio ancora per la collaborazione.', 'Conto di ricevere il pagamento nei termini previsti.'],
      ['Resto in attesa del pagamento nei termini previsti.', 'Attendo il saldo secondo le scadenze concordate.'],
      ['Attendo il saldo nei termini previsti.', "Attendo il pagamento dell'intero importo."],
    ),
  },

  'as-agreed-in-writing': {
    opening: tones(
      ['grazie per avermi esposto i [tuoi|Suoi|vostri] dubbi sugli accordi.', '[ti|La|Vi] ringrazio per aver sollevato la questione.'],
      ['grazie per aver sollevato il punto: è giusto chiarirlo subito.', '[ti|La|Vi] ringrazio per il messaggio sugli accordi e per le [tue|Sue|vostre] domande.'],
      ['ho letto le [tue|Sue|vostre] osservazioni su quanto concordato.', 'ho ricevuto il [tuo|Suo|vostro] messaggio sugli accordi.'],
    ),
    empathy: ['È giusto fare chiarezza, e preferisco farlo subito.', 'Capisco che sia importante avere le idee chiare su questo punto.'],
    decision: tones(
      ['Purtroppo non posso modificare quanto avevamo concordato.', 'Non posso cambiare le condizioni a lavoro avviato.'],
      ['Non posso modificare le condizioni concordate.', 'Non posso rivedere quanto stabilito a lavoro avviato.'],
      ['Non posso modificare le condizioni pattuite.', 'Non accetto modifiche a quanto stabilito.'],
    ),
    explained: tones(
      ['Purtroppo non posso modificare quanto avevamo concordato: le condizioni sono quelle riportate in {{agreement}}, che resta il nostro riferimento.',
        'Non posso cambiare le condizioni a lavoro avviato, perché stiamo lavorando sulla base di {{agreement}}, che abbiamo condiviso fin dall’inizio.',
        'Purtroppo non posso modificare quanto avevamo concordato: le condizioni sono quelle che abbiamo messo per iscritto all’inizio, e restano il nostro riferimento.',
        'Non posso cambiare le condizioni a lavoro avviato, perché stiamo procedendo secondo quanto abbiamo messo per iscritto.'],
      ['Non posso modificare le condizioni concordate: sono quelle riportate in {{agreement}}.',
        'Non posso rivedere quanto stabilito a lavoro avviato, perché fa fede {{agreement}}.',
        'Non posso modificare le condizioni concordate: sono quelle fissate per iscritto.',
        'Non posso rivedere quanto stabilito a lavoro avviato, perché fanno fede gli accordi scritti.'],
      ['Non posso modificare le condizioni pattuite. Fa fede {{agreement}}.',
        'Non accetto modifiche a quanto stabilito: le condizioni sono riportate in {{agreement}}.',
        'Non posso modificare le condizioni pattuite. Fanno fede gli accordi scritti.',
        'Non accetto modifiche a quanto stabilito: valgono le condizioni scritte.'],
    ),
    alternatives: {
      'written-agreement': tones(
        ['Se [ti|Le|vi] è utile, possiamo rileggere insieme {{agreement}} punto per punto.',
          '[Ti|Le|Vi] rimando volentieri {{agreement}}, così possiamo verificare insieme ogni punto.',
          'Se [ti|Le|vi] è utile, possiamo rileggere insieme gli accordi scritti punto per punto.',
          '[Ti|Le|Vi] rimando volentieri gli accordi scritti, così possiamo verificare insieme ogni punto.'],
        ['[Ti|Le|Vi] rinvio {{agreement}}, così possiamo fare riferimento allo stesso testo.',
          'Possiamo ripercorrere insieme {{agreement}} per chiarire ogni dubbio.',
          '[Ti|Le|Vi] rinvio gli accordi scritti, così possiamo fare riferimento allo stesso testo.',
          'Possiamo ripercorrere insieme gli accordi scritti per chiarire ogni dubbio.'],
        ['[Ti|Le|Vi] rinvio {{agreement}} come riferimento.', 'Il testo di riferimento è {{agreement}}.',
          '[Ti|Le|Vi] rinvio gli accordi scritti come riferimento.', 'Gli accordi scritti restano il riferimento.'],
      ),
    },
    nextStep: tones(
      ['Se dopo la lettura qualche punto non [ti|Le|vi] torna, [scrivimi|mi scriva|scrivetemi] pure e ne parliamo.',
        'Intanto il lavoro prosegue come previsto, con la cura di sempre.'],
      ['[Fammi|Mi faccia|Fatemi] sapere se dopo la lettura resta qualche dubbio.', 'Intanto proseguo con il lavoro secondo quanto previsto.'],
      ['Il lavoro va avanti come previsto.', 'Intanto il lavoro prosegue regolarmente.'],
    ),
    door: tones(
      ['Il lavoro intanto prosegue secondo quanto stabilito, con la cura di sempre.', 'Intanto vado avanti come concordato e [ti|Le|vi] aggiorno a ogni passaggio.'],
      ['Il lavoro prosegue secondo le condizioni stabilite.', 'Intanto proseguo secondo gli accordi presi.'],
      ['Il lavoro prosegue come previsto dal nostro accordo.', 'Il lavoro prosegue come da accordi.'],
    ),
  },

  'guarantee-demanded': {
    opening: tones(
      ['grazie per avermi spiegato con chiarezza cosa [ti aspetti|si aspetta|vi aspettate] dal progetto.',
        '[ti|La|Vi] ringrazio per la proposta e per la trasparenza sulle [tue|Sue|vostre] condizioni.'],
      ['grazie per la proposta e per aver chiarito le [tue|Sue|vostre] condizioni.', '[ti|La|Vi] ringrazio per avermi spiegato le [tue|Sue|vostre] aspettative.'],
      ['ho letto la richiesta di garanzie sul risultato.', 'ho ricevuto le [tue|Sue|vostre] condizioni.'],
    ),
    empathy: ['Capisco che [tu voglia|voglia|vogliate] delle certezze prima di investire.', 'È naturale voler ridurre il rischio prima di investire.'],
    decision: tones(
      ['Purtroppo non posso garantire il risultato.', 'Non posso assumermi tutto il rischio sul risultato.'],
      ['Non posso garantire un risultato specifico.', "Non posso farmi carico dell'intero rischio."],
      ['Non posso garantire il risultato.', "Non accetto di farmi carico dell'intero rischio."],
    ),
    explained: tones(
      ['Purtroppo non posso garantire il risultato: dipende anche da fattori esterni che né io né [tu|Lei|voi] possiamo controllare, e promettere il contrario non sarebbe onesto.',
        'Non posso assumermi tutto il rischio sul risultato, perché una parte dipende da elementi esterni al mio lavoro, e prometterlo non sarebbe serio.'],
      ['Non posso garantire un risultato specifico, perché dipende anche da fattori esterni al mio lavoro, che nessun professionista può controllare.',
        "Non posso farmi carico dell'intero rischio: il risultato dipende anche da elementi che non controllo, e prometterlo non sarebbe corretto."],
      ['Non posso garantire il risultato. Dipende anche da fattori esterni al mio lavoro.',
        "Non accetto di farmi carico dell'intero rischio: una parte del risultato dipende da fattori esterni."],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ['Posso invece prendere impegni precisi su {{offer}}, con tempi e modalità messi per iscritto.',
          'Posso invece garantir[ti|Le|vi] la qualità del lavoro su {{offer}}, insieme a scadenze precise e aggiornamenti regolari.',
          'Posso invece garantir[ti|Le|vi] la qualità del mio lavoro, scadenze precise e aggiornamenti regolari.',
          'Posso invece mettere per iscritto cosa farò, in che tempi e con quali verifiche intermedie.'],
        ['Posso invece prendere impegni precisi su {{offer}}.', 'Posso garantire scadenze e qualità del lavoro su {{offer}}.',
          'Posso garantire scadenze precise e aggiornamenti regolari.', 'Posso mettere per iscritto attività, tempi e verifiche intermedie.'],
        ['Posso impegnarmi per iscritto su {{offer}}.', 'Garantisco tempi e qualità del lavoro su {{offer}}.',
          'Garantisco tempi e qualità del lavoro, non i risultati.', 'Posso impegnarmi per iscritto su attività e tempi.'],
      ),
    },
    nextStep: tones(
      ['Se questa impostazione [ti|La|vi] convince, [ti|Le|vi] preparo una proposta con tutti i dettagli.',
        '[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] procedere su queste basi.'],
      ['Se [ti|Le|vi] va bene, [ti|Le|vi] invio una proposta scritta.', '[Dimmi|Mi dica|Ditemi] se [vuoi|vuole|volete] procedere su queste basi.'],
      ['Se [ti|Le|vi] sta bene, procediamo su queste basi.', 'Attendo una [tua|Sua|vostra] risposta per procedere.'],
    ),
    door: tones(
      ['Se in futuro [vorrai|vorrà|vorrete] lavorare su basi diverse, mi farà piacere riparlarne.',
        'Mi farà piacere collaborare in futuro, se l’impostazione del progetto lo permetterà.'],
      ['Per progetti futuri resto a [tua|Sua|vostra] disposizione, alle stesse condizioni.', 'Sarà un piacere valutare progetti futuri su basi diverse.'],
      ['Per progetti futuri lavoro alle stesse condizioni.', 'Resto disponibile per progetti futuri, senza garanzie sul risultato.'],
    ),
  },

  'contract-terms': {
    opening: tones(
      ['grazie per avermi inviato il contratto.', '[ti|La|Vi] ringrazio per la bozza di contratto e per il tempo dedicato a prepararla.'],
      ['grazie per la bozza di contratto, che ho letto con attenzione.', '[ti|La|Vi] ringrazio per avermi inviato il contratto da firmare e per il tempo dedicato a prepararlo.'],
      ['ho letto la bozza di contratto.', 'ho esaminato il contratto.'],
    ),
    empathy: ['Capisco che [tu voglia|voglia|vogliate] tutelare la [tua|Sua|vostra] attività.', 'È giusto che il contratto tuteli entrambe le parti.'],
    decision: tones(
      ['Purtroppo non posso accettare {{clause}}.', 'Non posso firmare il contratto con {{clause}}.',
        'Purtroppo non posso firmare il contratto nella forma attuale.', "Non posso firmare il contratto così com'è."],
      ['Non posso accettare {{clause}}.', 'Non posso firmare il contratto se contiene {{clause}}.',
        'Non posso firmare il contratto nella forma attuale.', "Non posso accettare il contratto così com'è."],
      ['Non accetto {{clause}}.', 'Non firmo contratti con {{clause}}.',
        'Non firmo il contratto in questa forma.', "Non posso accettare il contratto così com'è."],
    ),
    // The clause is the user's words ("la clausola di non concorrenza", "il pagamento a 90 giorni"): nothing agrees with it.
    explained: tones(
      ['Purtroppo non posso accettare {{clause}}: è una condizione che non sottoscrivo con nessun cliente, e preferisco dirlo ora, prima della firma.',
        'Non posso firmare il contratto con {{clause}}, perché è un vincolo che non accetto in nessuna collaborazione.',
        'Purtroppo non posso firmare il contratto nella forma attuale: contiene condizioni che non sottoscrivo con nessun cliente.',
        "Non posso firmare il contratto così com'è, perché alcune clausole vanno oltre ciò che accetto in qualsiasi collaborazione."],
      ['Non posso accettare {{clause}}: è una condizione che non sottoscrivo in nessun contratto, con nessun cliente.',
        'Non posso firmare il contratto se contiene {{clause}}, perché è un vincolo che non accetto con nessun cliente.',
        'Non posso firmare il contratto nella forma attuale, perché contiene condizioni che non accetto in nessuna collaborazione, con nessun cliente.',
        "Non posso accettare il contratto così com'è: alcune clausole vanno oltre ciò che sottoscrivo di norma."],
      ['Non accetto {{clause}}. È una condizione che escludo in tutti i miei contratti.',
        'Non firmo contratti con {{clause}}: è un vincolo che non accetto.',
        'Non firmo il contratto in questa forma. Alcune condizioni sono escluse da tutti i miei contratti.',
        "Non posso accettare il contratto così com'è: contiene vincoli che escludo per principio."],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ["In alternativa posso propor[ti|Le|vi] {{offer}}, e firmare il resto del contratto così com'è.",
          'Come alternativa posso offrir[ti|Le|vi] {{offer}}.',
          'Posso propor[ti|Le|vi] una formulazione alternativa, più equilibrata.',
          'Se il contratto viene modificato su questo aspetto, lo firmo volentieri.'],
        ['In alternativa posso propor[ti|Le|vi] {{offer}}.', 'Come soluzione alternativa posso accettare {{offer}}.',
          'Posso propor[ti|Le|vi] una formulazione alternativa e più equilibrata.', 'Con una modifica su questo punto, posso firmarlo.'],
        ['In alternativa posso accettare {{offer}}.', 'Posso firmare il contratto se prevede {{offer}} in sostituzione.',
          'Posso firmare il contratto senza questa condizione.', 'Posso valutare una formulazione alternativa.'],
      ),
    },
    nextStep: tones(
      ['Se [ti|Le|vi] va bene, aggiorniamo il testo su questo punto e lo firmo volentieri.',
        '[Fammi|Mi faccia|Fatemi] sapere cosa [ne pensi|ne pensa|ne pensate]: possiamo sistemare il testo insieme.'],
      ['[Fammi|Mi faccia|Fatemi] sapere se possiamo procedere con questa modifica.', 'Se [ti|Le|vi] va bene, [ti|Le|vi] invio una proposta di testo.'],
      ['Attendo la versione aggiornata per la firma.', '[Inviami|Mi invii|Inviatemi] il testo rivisto per la firma.'],
    ),
    door: tones(
      ['Se in futuro le condizioni saranno diverse, mi farà piacere collaborare.', 'Spero che potremo lavorare insieme in futuro, con un contratto adatto a entrambi.'],
      ['Se il contratto dovesse cambiare, resto a [tua|Sua|vostra] disposizione.', 'Sarò felice di rivedere un testo diverso in futuro.'],
      ['Se il testo cambia, [puoi|può|potete] scrivermi di nuovo.', 'Resto disponibile a valutare un testo diverso.'],
    ),
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
