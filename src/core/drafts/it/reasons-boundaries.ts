// Italian parts for reasons about boundaries and the relationship itself. [tu|Lei|voi]; the
// body's first word is lowercase after the greeting's comma, except a courtesy pronoun.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const boundaryReasons = {
  'already-helped': {
    opening: tones(
      ["grazie per avermi aggiornato sull'andamento.", '[ti|La|Vi] ringrazio per avermi scritto di nuovo.'],
      ['grazie per avermi riscritto.', "[ti|La|Vi] ringrazio per l'aggiornamento e per avermi spiegato com'è la situazione adesso."],
      ['ho ricevuto il [tuo|Suo|vostro] nuovo messaggio.', 'ho visto che il problema si è ripresentato.'],
    ),
    empathy: ['So che ritrovarsi con lo stesso problema non è piacevole.', 'Capisco che [tu voglia|voglia|vogliate] chiudere la questione una volta per tutte.'],
    decision: tones(
      ['Purtroppo non posso occuparmi di nuovo di questo problema senza compenso.', 'Non posso tornare su questo problema gratuitamente.'],
      ['Non posso occuparmi di nuovo di questo problema senza compenso.', 'Non posso riprendere gratuitamente lo stesso problema.'],
      ['Non posso riprendere questo problema senza compenso.', 'Non offro assistenza gratuita su temi già trattati.'],
    ),
    explained: tones(
      ["Purtroppo non posso occuparmi di nuovo di questo problema senza compenso: l'abbiamo già affrontato insieme, e le indicazioni di allora restano valide.",
        'Non posso tornare su questo problema gratuitamente, perché il supporto su questo tema era già compreso nel lavoro che abbiamo fatto insieme.'],
      ['Non posso occuparmi di nuovo di questo problema senza compenso, perché lo abbiamo già trattato nel lavoro precedente e le indicazioni di allora restano valide.',
        'Non posso riprendere gratuitamente lo stesso problema: lo abbiamo già affrontato insieme, e le soluzioni indicate allora valgono ancora.'],
      ['Non posso riprendere questo problema senza compenso. È già stato trattato nel lavoro precedente.',
        'Non offro assistenza gratuita su temi già trattati: questo è stato risolto nel lavoro precedente.'],
    ),
    alternatives: {
      'free-resources': tones(
        ['Per ripassare i passaggi in autonomia, [ti|Le|vi] consiglio {{resources}}: è materiale chiaro e ben fatto.',
          'Per riprendere il filo, [ti|Le|vi] suggerisco di consultare {{resources}}.',
          'Se [ti|Le|vi] è utile, posso segnalar[ti|Le|vi] qualche risorsa gratuita per ripassare i passaggi in autonomia.',
          'Per riprendere il filo esistono buone guide gratuite, e [ti|Le|vi] indico volentieri quelle che uso anch\'io.'],
        ['Per rivedere i passaggi in autonomia [ti|Le|vi] indico {{resources}}.', '[Puoi|Può|Potete] ripassare i passaggi con {{resources}}.',
          'Posso indicar[ti|Le|vi] alcune risorse gratuite per rivedere i passaggi in autonomia.',
          'Per rivedere i passaggi esistono buone guide gratuite, che posso segnalar[ti|Le|vi].'],
        ['Per rivedere i passaggi [ti|La|vi] rimando a {{resources}}.', '[Puoi|Può|Potete] consultare {{resources}}.',
          'Posso indicare alcune risorse gratuite sul tema.', 'Per rivedere i passaggi esistono guide gratuite.'],
      ),
      'paid-extra': tones(
        ['Se [preferisci|preferisce|preferite] che me ne occupi io, posso farlo come intervento a parte, alla tariffa di {{rate}}.',
          'Posso volentieri riprenderlo come nuovo intervento, a {{rate}}.',
          'Se [preferisci|preferisce|preferite] che me ne occupi io, posso farlo come intervento a parte, con un preventivo dedicato.',
          'Posso volentieri riprenderlo come nuovo intervento a pagamento.'],
        ['Posso occuparmene come intervento a pagamento, a {{rate}}.', 'Un nuovo intervento è possibile alla tariffa di {{rate}}.',
          'Posso occuparmene come intervento a pagamento.', 'Posso preparare un preventivo per un nuovo intervento.'],
        ['Un nuovo intervento è possibile a {{rate}}.', 'Posso occuparmene come nuovo incarico, a {{rate}}.',
          'Un nuovo intervento è possibile a pagamento.', 'Posso occuparmene come nuovo incarico, a pagamento.'],
      ),
    },
    nextStep: {
      'free-resources': tones(
        ['Se invece il problema dovesse rivelarsi diverso da quello già trattato, [scrivimi|mi scriva|scrivetemi] pure.',
          'Se poi dovesse emergere una questione nuova, sarò felice di valutarla.'],
        ['Se invece si tratta di un problema nuovo, [fammelo|me lo faccia|fatemelo] sapere e lo valuto volentieri.', 'Per questioni nuove, diverse da quella già trattata, resto a [tua|Sua|vostra] disposizione.'],
        ['Per problemi nuovi [puoi|può|potete] scrivermi.', 'Le questioni nuove le valuto volentieri.'],
      ),
      'paid-extra': tones(
        ['[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] procedere, così fissiamo un momento per lavorarci.',
          'Se [ti|Le|vi] va, [dimmelo|me lo dica|ditemelo] e organizzo l\'intervento.'],
        ['Se [ti|Le|vi] interessa, fissiamo insieme quando intervenire.', '[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] procedere, così fissiamo una data.'],
        ['[Confermami|Mi confermi|Confermatemi] se [vuoi|vuole|volete] procedere.', 'Attendo conferma per fissare l\'intervento.'],
      ),
    },
    door: tones(
      ['Per qualsiasi questione nuova, resto a [tua|Sua|vostra] disposizione come sempre.', 'Se dovesse emergere un problema diverso, mi farà piacere dar[ti|Le|vi] una mano.'],
      ['Per questioni nuove resto a [tua|Sua|vostra] disposizione.', 'Per problemi diversi [puoi|può|potete] scrivermi quando [vuoi|vuole|volete].'],
      ['Per questioni nuove [puoi|può|potete] scrivermi.', 'Resto disponibile per questioni nuove.'],
    ),
  },

  'third-party-request': {
    opening: tones(
      ['grazie per aver pensato a me e per aver consigliato il mio lavoro.', '[ti|La|Vi] ringrazio per la fiducia e per avermi segnalato questa persona.'],
      ['grazie per avermi scritto per conto di questa persona e per aver pensato al mio lavoro.', '[ti|La|Vi] ringrazio per la segnalazione e per la fiducia nel mio lavoro.'],
      ['ho ricevuto la richiesta che [mi hai|mi ha|mi avete] inviato per conto di un\'altra persona.', 'ho letto la [tua|Sua|vostra] richiesta per conto di terzi.'],
    ),
    empathy: ['Voler aiutare un\'altra persona è un gesto attento, e lo apprezzo.', 'Apprezzo molto che [tu abbia|abbia|abbiate] fatto il mio nome.'],
    decision: tones(
      ['Purtroppo non posso accettare richieste fatte per conto di altri.', 'Non posso avviare un lavoro tramite un intermediario.'],
      ['Non posso accettare richieste fatte per conto di altri.', 'Non posso avviare un incarico tramite terzi.'],
      ['Non accetto richieste per conto di terzi.', 'Non lavoro tramite intermediari.'],
    ),
    explained: tones(
      ['Purtroppo non posso accettare richieste fatte per conto di altri: per lavorare bene ho bisogno di capire le esigenze direttamente dalla persona interessata.',
        'Non posso avviare un lavoro tramite un intermediario, perché ogni decisione va presa insieme a chi riceverà il servizio.'],
      ['Non posso accettare richieste fatte per conto di altri, perché lavoro direttamente con chi ha bisogno del servizio.',
        'Non posso avviare un incarico tramite terzi: obiettivi e decisioni vanno concordati con la persona interessata.'],
      ['Non accetto richieste per conto di terzi. Lavoro direttamente con chi riceve il servizio.',
        'Non lavoro tramite intermediari: tratto direttamente con la persona interessata.'],
    ),
    alternatives: {
      'direct-contact': tones(
        ['Chi ha bisogno del mio aiuto può scrivermi direttamente, e ne parleremo insieme.',
          '[Puoi|Può|Potete] passare il mio indirizzo email alla persona interessata, così può contattarmi direttamente.'],
        ['La persona interessata può contattarmi direttamente via email.', '[Puoi|Può|Potete] girare il mio contatto a chi ne ha bisogno, così mi scrive direttamente.'],
        ['La persona interessata può scrivermi direttamente.', 'La richiesta va inviata da chi riceverà il servizio.'],
      ),
    },
    nextStep: tones(
      ['Valuterò volentieri la richiesta non appena mi arriverà.', 'Appena mi scrive, spiego volentieri come lavoro e quali sono i passi successivi.'],
      ['A quel punto valuterò la richiesta con attenzione.', 'A quel punto vediamo insieme di che cosa si tratta.'],
      ['Valuterò la richiesta quando mi arriverà.', 'A quel punto valuto la richiesta.'],
    ),
    door: tones(
      ['Per qualsiasi progetto [tuo|Suo|vostro], invece, mi farà piacere sentir[ti|La|vi].', 'Se un progetto riguarderà direttamente [te|Lei|voi], sarò felice di parlarne.'],
      ['Per progetti che [ti|La|vi] riguardano direttamente, resto a [tua|Sua|vostra] disposizione.', 'Se invece [sarai tu ad aver|sarà Lei ad aver|sarete voi ad aver] bisogno del mio lavoro, sarà un piacere risentir[ti|La|vi].'],
      ['Per richieste che [ti|La|vi] riguardano direttamente [puoi|può|potete] scrivermi.', 'Resto disponibile per richieste dirette.'],
    ),
  },

  'after-hours': {
    opening: tones(
      ["grazie per l'attenzione che [dedichi|dedica|dedicate] al progetto.", '[ti|La|Vi] ringrazio per avermi cercato.'],
      ['grazie per avermi cercato.', '[ti|La|Vi] ringrazio per il messaggio e per l\'attenzione costante che [dedichi|dedica|dedicate] al progetto.'],
      ['ho visto i [tuoi|Suoi|vostri] tentativi di contattarmi.', 'rispondo per email alla [tua|Sua|vostra] richiesta.'],
    ),
    empathy: ["So che le urgenze non guardano l'orologio.", 'Capisco che per [te|Lei|voi] sia importante avere risposte rapide.'],
    decision: tones(
      ['Purtroppo la sera e nei giorni festivi non sono reperibile.', 'Non posso rispondere a chiamate fuori dal mio orario di lavoro.'],
      ['Fuori dal mio orario di lavoro non sono reperibile.', 'Non gestisco richieste fuori orario.'],
      ['Non rispondo a chiamate fuori orario.', 'Fuori orario non sono reperibile.'],
    ),
    // The hours are the user's words and may hold a comma ("dal lunedì al venerdì, dalle 9 alle 18"): they end their clause.
    explained: tones(
      ['Purtroppo la sera e nei giorni festivi non sono reperibile: lavoro {{policy}}, e tenere questo confine mi permette di seguire bene ogni progetto, compreso il [tuo|Suo|vostro].',
        'Non posso rispondere a chiamate fuori dal mio orario di lavoro, perché gestisco le richieste per iscritto e sono raggiungibile {{policy}}.',
        'Purtroppo la sera e nei giorni festivi non sono reperibile: tenere separati lavoro e tempo libero mi permette di seguire bene ogni progetto, compreso il [tuo|Suo|vostro].',
        'Non posso rispondere a chiamate fuori dal mio orario di lavoro, perché gestisco le richieste per iscritto e nei giorni lavorativi.'],
      ['Fuori dal mio orario non sono reperibile: lavoro {{policy}}, e in questo modo riesco a seguire ogni cliente con la stessa attenzione.',
        'Non gestisco richieste fuori orario: rispondo {{policy}}, e fuori da quella fascia non lavoro.',
        'Fuori orario non sono reperibile, perché tengo separati lavoro e tempo libero per seguire bene ogni cliente.',
        'Non gestisco richieste fuori orario: preferisco lavorare per iscritto e nei giorni lavorativi, così che tutto resti chiaro.'],
      ['Non rispondo a chiamate fuori orario. Lavoro {{policy}}.',
        'Fuori orario non sono reperibile: ricevo richieste {{policy}}.',
        'Non rispondo a chiamate fuori orario. Le richieste si gestiscono per email, nei giorni lavorativi.',
        'Fuori orario non sono reperibile: gestisco le richieste per email.'],
    ),
    alternatives: {
      'working-hours': tones(
        ['Se [mi scrivi|mi scrive|mi scrivete] per email, [ti|Le|vi] rispondo volentieri {{policy}}.',
          'Se serve una telefonata, possiamo fissarla volentieri {{policy}}.',
          'Se [mi scrivi|mi scrive|mi scrivete] per email, [ti|Le|vi] rispondo volentieri il primo giorno lavorativo utile.',
          'Se serve una telefonata, possiamo fissarla volentieri in orario di lavoro, con tutto il tempo necessario.'],
        ['[Ti|Le|Vi] rispondo per email {{policy}}.', 'Se serve una telefonata, possiamo fissarla {{policy}}.',
          '[Ti|Le|Vi] rispondo per email il primo giorno lavorativo utile.', 'Se serve una telefonata, possiamo fissarla in orario di lavoro.'],
        ['Rispondo per email {{policy}}.', 'Le telefonate si fissano {{policy}}.',
          'Rispondo per email nel primo giorno lavorativo utile.', 'Le telefonate si fissano in orario di lavoro.'],
      ),
    },
    nextStep: tones(
      ['Così il progetto procede con ordine, e nessuna richiesta va persa.', 'In questo modo posso dare a ogni richiesta la cura che merita.'],
      ['In questo modo posso dedicare alle [tue|Sue|vostre] richieste l\'attenzione che meritano.', '[Fammi|Mi faccia|Fatemi] sapere quando [ti|Le|vi] è più comodo, così ci organizziamo.'],
      ['Questa regola vale per tutti i miei clienti.', 'Le richieste arrivate fuori orario le gestisco il giorno lavorativo successivo.'],
    ),
    door: tones(
      ['Il progetto intanto procede regolarmente, e nei miei orari resto a [tua|Sua|vostra] disposizione.',
        'Nei miei orari di lavoro sarò felice di seguire ogni [tua|Sua|vostra] richiesta con la massima attenzione.'],
      ['Durante il mio orario resto volentieri a [tua|Sua|vostra] disposizione.', 'Il progetto prosegue regolarmente, e per email [puoi|può|potete] scrivermi quando [vuoi|vuole|volete].'],
      ['Il progetto prosegue come previsto; per email [puoi|può|potete] scrivermi quando [vuoi|vuole|volete].', 'Nel mio orario resto disponibile per ogni richiesta.'],
    ),
  },

  // No thanks, no sympathy, no open door: a calm statement of what the user will not do, worded
  // so that it fits both disrespect and an unethical request (a bribe).
  'disrespect-or-ethics': {
    opening: tones(
      ['ho letto con attenzione il [tuo|Suo|vostro] ultimo messaggio.', 'rispondo al [tuo|Suo|vostro] ultimo messaggio dopo averlo riletto con calma.'],
      ['rispondo al [tuo|Suo|vostro] ultimo messaggio dopo averlo letto con attenzione.', 'ho letto con attenzione il [tuo|Suo|vostro] ultimo messaggio.'],
      ['ho letto con attenzione il [tuo|Suo|vostro] ultimo messaggio.', 'ho ricevuto il [tuo|Suo|vostro] ultimo messaggio.'],
    ),
    decision: tones(
      ['Non posso proseguire su queste basi.', 'Non posso andare avanti in questi termini.'],
      ['Non posso proseguire su queste basi.', 'Non posso andare avanti in questi termini.'],
      ['Non proseguirò su queste basi.', 'Non accetto di proseguire in questi termini.'],
    ),
    explained: tones(
      ['Non posso proseguire su queste basi: collaboro solo in un clima di correttezza e rispetto reciproco, e questo vale con ogni cliente, senza eccezioni.',
        'Non posso andare avanti in questi termini, perché correttezza e rispetto reciproco sono condizioni da cui non prescindo in nessuna collaborazione, con nessun cliente.'],
      ['Non posso proseguire su queste basi, perché ogni mia collaborazione si fonda sulla correttezza e sul rispetto reciproco, con tutti i clienti e senza eccezioni.',
        'Non posso andare avanti in questi termini, che sono contrari al modo in cui lavoro con ogni cliente: correttezza e rispetto reciproco non sono negoziabili.'],
      ['Non proseguirò su queste basi. Lavoro solo in un clima di correttezza e rispetto reciproco, e chiedo lo stesso a ogni cliente, senza eccezioni.',
        'Non accetto di proseguire in questi termini, che sono contrari al modo in cui lavoro. Con ogni cliente mi attengo a correttezza e rispetto reciproco, e mi aspetto lo stesso.'],
    ),
    alternatives: {},
    signOff: ['[Saluti,|Cordiali saluti,|Cordiali saluti,]'],
  },

  'not-a-fit': {
    opening: tones(
      ['grazie per la fiducia che [mi hai|mi ha|mi avete] dimostrato.', '[ti|La|Vi] ringrazio per il tempo che [mi hai|mi ha|mi avete] dedicato.'],
      ['grazie per la fiducia e per il tempo che [mi hai|mi ha|mi avete] dedicato.', '[ti|La|Vi] ringrazio per la disponibilità che [mi hai|mi ha|mi avete] dimostrato in questo periodo.'],
      ['[ti|Le|Vi] scrivo dopo aver valutato con attenzione la situazione.', 'grazie per la fiducia.'],
    ),
    empathy: ['Ci ho riflettuto con attenzione prima di scriver[ti|Le|vi].', 'Apprezzo il modo in cui ci siamo confrontati finora.'],
    decision: tones(
      ['Ho deciso di non portare avanti la collaborazione.', 'Non sono la persona giusta per seguire il [tuo|Suo|vostro] progetto.'],
      ['Ho deciso di non portare avanti la collaborazione.', 'Non sono la persona giusta per questo progetto.'],
      ['Ho deciso di non proseguire la collaborazione.', 'Non sono la persona adatta a questo progetto.'],
    ),
    explained: tones(
      ['Ho deciso di non portare avanti la collaborazione: le [tue|Sue|vostre] esigenze e il mio modo di lavorare sono troppo diversi perché io possa offrir[ti|Le|vi] il lavoro che il progetto richiede.',
        'Non sono la persona giusta per seguire il [tuo|Suo|vostro] progetto, perché il mio approccio non corrisponde a ciò di cui [hai|ha|avete] bisogno, e preferisco dirlo apertamente.'],
      ['Ho deciso di non portare avanti la collaborazione, perché le [tue|Sue|vostre] esigenze e il mio modo di lavorare non sono compatibili, ed è meglio chiarirlo subito.',
        'Non sono la persona giusta per questo progetto: il mio approccio non corrisponde a quello che [cerchi|cerca|cercate], ed è meglio dirlo con chiarezza fin da ora.'],
      ['Ho deciso di non proseguire la collaborazione. Le [tue|Sue|vostre] esigenze e il mio metodo di lavoro non sono compatibili.',
        'Non sono la persona adatta a questo progetto: il mio metodo non risponde alle [tue|Sue|vostre] esigenze.'],
    ),
    alternatives: {
      referral: tones(
        ['Per andare avanti, [ti|Le|vi] consiglio di sentire {{referralName}} ({{referralContact}}), che potrebbe essere più in sintonia con ciò che [cerchi|cerca|cercate].',
          'Se [ti|Le|vi] può essere utile, [puoi|può|potete] rivolger[ti|si|vi] a {{referralName}} ({{referralContact}}), di cui stimo il lavoro.',
          'Per andare avanti, [ti|Le|vi] consiglio di sentire {{referralName}}, che potrebbe essere più in sintonia con ciò che [cerchi|cerca|cercate].',
          'Per andare avanti, [ti|Le|vi] passo il contatto di una persona più in sintonia con ciò che [cerchi|cerca|cercate]: {{referralContact}}.',
          'Se [ti|Le|vi] è utile, posso suggerir[ti|Le|vi] qualcuno più in sintonia con ciò che [cerchi|cerca|cercate].'],
        ['[Ti|Le|Vi] suggerisco di rivolger[ti|si|vi] a {{referralName}} ({{referralContact}}), che lavora con un approccio più vicino a quello che [cerchi|cerca|cercate].',
          'Per proseguire il progetto [ti|Le|vi] indico {{referralName}} ({{referralContact}}).',
          '[Ti|Le|Vi] suggerisco di rivolger[ti|si|vi] a {{referralName}}, che lavora con un approccio più vicino a quello che [cerchi|cerca|cercate].',
          'Per proseguire il progetto [ti|Le|vi] indico questo contatto: {{referralContact}}.',
          'Posso suggerir[ti|Le|vi] qualcuno con un approccio più vicino a quello che [cerchi|cerca|cercate].'],
        ['[Puoi|Può|Potete] rivolger[ti|si|vi] a {{referralName}} ({{referralContact}}).', 'Per il progetto [ti|Le|vi] indico {{referralName}} ({{referralContact}}).',
          '[Puoi|Può|Potete] rivolger[ti|si|vi] a {{referralName}}.', 'Per il progetto [puoi|può|potete] contattare {{referralContact}}.',
          'Posso indicar[ti|Le|vi] un altro professionista.'],
      ),
    },
    nextStep: tones(
      ['[Ti|Le|Vi] auguro il meglio per il progetto, e per qualsiasi domanda nel frattempo resto a [tua|Sua|vostra] disposizione.',
        '[Ti|Le|Vi] auguro ogni successo per il progetto; se nel frattempo [ti|Le|vi] serve qualche chiarimento, [scrivimi|mi scriva|scrivetemi] pure.'],
      ['[Ti|Le|Vi] auguro buona riuscita per il progetto; per qualsiasi domanda nel frattempo resto a [tua|Sua|vostra] disposizione.',
        'Buon proseguimento per il progetto; se [ti|Le|vi] serve qualche chiarimento, [puoi|può|potete] scrivermi.'],
      ['Buona riuscita per il progetto. Per eventuali chiarimenti resto disponibile.', 'Buon proseguimento; per eventuali domande [puoi|può|potete] scrivermi.'],
    ),
    door: tones(
      ['[Ti|Le|Vi] auguro ogni successo per il progetto; se nel frattempo [ti|Le|vi] serve qualche chiarimento, [scrivimi|mi scriva|scrivetemi] pure.',
        'Grazie ancora, e se [avrai|avrà|avrete] domande su questa decisione, sarò felice di risponder[ti|Le|vi].'],
      ['[Ti|Le|Vi] auguro buon lavoro per il progetto; per qualsiasi chiarimento resto a [tua|Sua|vostra] disposizione.',
        'Un augurio sincero per il progetto, e per eventuali domande [puoi|può|potete] scrivermi.'],
      ['Buon proseguimento. Per eventuali chiarimenti resto disponibile.', 'Buon lavoro per il progetto; per domande [puoi|può|potete] scrivermi.'],
    ),
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
