// Italian parts for reasons about boundaries and the relationship itself. [tu|Lei|Voi]; the
// body's first word is lowercase after the greeting's comma, except a courtesy pronoun.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const boundaryReasons = {
  'already-helped': {
    opening: tones(
      ["grazie per avermi aggiornato sull'andamento.", '[ti|La|Vi] ringrazio per avermi scritto di nuovo.'],
      ['grazie per avermi riscritto.', "[ti|La|Vi] ringrazio per l'aggiornamento e per avermi spiegato com'è la situazione adesso."],
      ['ho ricevuto il [tuo|Suo|Vostro] nuovo messaggio.', 'ho visto che il problema si è ripresentato.'],
    ),
    empathy: ['So che ritrovarsi con lo stesso problema non è piacevole.', 'Vedo che la questione si è ripresentata: capisco che sia una seccatura.'],
    decision: tones(
      ['Purtroppo non posso occuparmi di nuovo di questo problema senza compenso.', 'Non posso tornare su questo problema gratuitamente.'],
      ['Non posso occuparmi di nuovo di questo problema senza compenso.', 'Non posso riprendere gratuitamente lo stesso problema.'],
      ['Non posso riprendere questo problema senza compenso.', 'Non posso offrire di nuovo assistenza gratuita su questo punto.'],
    ),
    explained: tones(
      ["Purtroppo non posso occuparmi di nuovo di questo problema senza compenso: l'abbiamo già affrontato insieme e le indicazioni di allora restano valide.",
        "Non posso tornare su questo problema gratuitamente: l'assistenza prevista si è conclusa con il lavoro che abbiamo svolto insieme."],
      ['Non posso occuparmi di nuovo di questo problema senza compenso, perché lo abbiamo già trattato nel lavoro precedente e le indicazioni di allora restano valide.',
        'Non posso riprendere gratuitamente lo stesso problema: lo abbiamo già affrontato insieme e le soluzioni indicate allora valgono ancora.'],
      ['Non posso riprendere questo problema senza compenso. È già stato trattato nel lavoro precedente.',
        "Non posso offrire di nuovo assistenza gratuita su questo punto: l'abbiamo già trattato nel lavoro precedente."],
    ),
    alternatives: {
      'free-resources': tones(
        ['Per ripassare i passaggi in autonomia, [ti|Le|Vi] consiglio {{resources}}.',
          'Per approfondire e rivedere i passaggi in autonomia, [ti|Le|Vi] suggerisco {{resources}}.',
          'Se [ti|Le|Vi] è utile, posso segnalar[ti|Le|Vi] qualche risorsa gratuita per ripassare i passaggi in autonomia.',
          'Per approfondire esistono buone guide gratuite e [ti|Le|Vi] indico volentieri quelle che uso anch\'io.'],
        ['Per rivedere i passaggi in autonomia [ti|Le|Vi] indico {{resources}}.', '[Puoi|Può|Potete] ripassare i passaggi con {{resources}}.',
          'Posso indicar[ti|Le|Vi] alcune risorse gratuite per rivedere i passaggi in autonomia.',
          'Per rivedere i passaggi esistono buone guide gratuite, che posso segnalar[ti|Le|Vi].'],
        ['Per rivedere i passaggi [ti|La|Vi] rimando a {{resources}}.', '[Puoi|Può|Potete] consultare {{resources}}.',
          'Posso indicare alcune risorse gratuite sul tema.', 'Per rivedere i passaggi esistono guide gratuite.'],
      ),
      'paid-extra': tones(
        ['Se [preferisci|preferisce|preferite] che me ne occupi io, posso farlo come intervento a parte, alla tariffa di {{rate}}.',
          'Posso volentieri riprenderlo come nuovo intervento, a {{rate}}.',
          'Se [preferisci|preferisce|preferite] che me ne occupi io, posso farlo come intervento a parte, con un preventivo dedicato.',
          'Posso volentieri riprenderlo come nuovo intervento a pagamento.'],
        ['Posso riprenderlo come intervento a pagamento, a {{rate}}.', 'Un nuovo intervento è possibile alla tariffa di {{rate}}.',
          'Posso occuparmene come intervento a pagamento.', 'Posso preparare un preventivo per un nuovo intervento.'],
        ['Un nuovo intervento è possibile a {{rate}}.', 'Posso occuparmene come nuovo incarico, a {{rate}}.',
          'Un nuovo intervento è possibile a pagamento.', 'Posso occuparmene come nuovo incarico, a pagamento.'],
      ),
    },
    nextStep: {
      'free-resources': tones(
        ['Se invece il problema dovesse rivelarsi diverso da quello già trattato, [scrivimi|mi scriva|scrivetemi] pure.',
          'Se poi dovesse emergere una questione nuova, sarò felice di valutarla.'],
        ['Se invece si tratta di un problema nuovo, [fammelo|me lo faccia|fatemelo] sapere e lo valuto volentieri.', 'Per questioni nuove, diverse da quella già trattata, resto a [tua|Sua|Vostra] disposizione.'],
        ['Per problemi nuovi [puoi|può|potete] scrivermi.', 'Le questioni nuove le valuto volentieri.'],
      ),
      'paid-extra': tones(
        ['[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] procedere, così fissiamo un momento per lavorarci.',
          'Se [ti|Le|Vi] va, [dimmelo|me lo dica|ditemelo] e organizzo l\'intervento.'],
        ['Se [ti|Le|Vi] interessa, fissiamo insieme una data.', '[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] procedere e lo organizziamo.'],
        ['[Confermami|Mi confermi|Confermatemi] se [vuoi|vuole|volete] procedere.', 'Attendo conferma per fissare l\'intervento.'],
      ),
    },
    door: tones(
      ['Per qualsiasi questione nuova, resto a [tua|Sua|Vostra] disposizione come sempre.', 'Se dovesse emergere un problema diverso, mi farà piacere dar[ti|Le|Vi] una mano.'],
      ['Per questioni nuove resto a [tua|Sua|Vostra] disposizione.', 'Per problemi diversi [puoi|può|potete] scrivermi quando [vuoi|vuole|volete].'],
      ['Per questioni nuove [puoi|può|potete] scrivermi.', 'Resto disponibile per questioni nuove.'],
    ),
  },

  'third-party-request': {
    opening: tones(
      ['grazie per aver pensato a me e per aver consigliato il mio lavoro.', '[ti|La|Vi] ringrazio per la fiducia e per avermi segnalato questa persona.'],
      ['grazie per avermi scritto per conto di questa persona e per aver pensato al mio lavoro.', '[ti|La|Vi] ringrazio per la segnalazione e per la fiducia nel mio lavoro.'],
      ['ho ricevuto la richiesta che [mi hai|mi ha|mi avete] inviato per conto di un\'altra persona.', 'ho letto la [tua|Sua|Vostra] richiesta per conto di terzi.'],
    ),
    empathy: ['Voler aiutare un\'altra persona è un gesto attento e lo apprezzo.', 'Apprezzo molto che [tu abbia|abbia|abbiate] fatto il mio nome.'],
    decision: tones(
      ['Purtroppo non posso accettare richieste fatte per conto di altri.', 'Non posso avviare un lavoro tramite un intermediario.'],
      ['Non posso accettare richieste fatte per conto di altri.', 'Non posso avviare un incarico tramite terzi.'],
      ['Non posso accettare richieste per conto di terzi.', 'Non posso avviare un lavoro tramite intermediari.'],
    ),
    explained: tones(
      ['Purtroppo non posso accettare richieste fatte per conto di altri: per lavorare bene ho bisogno di capire le esigenze direttamente dalla persona interessata.',
        'Non posso avviare un lavoro tramite un intermediario, perché ogni decisione va presa insieme alla persona direttamente interessata.'],
      ['Non posso accettare richieste fatte per conto di altri, perché lavoro direttamente con chi ha bisogno del servizio.',
        'Non posso avviare un incarico tramite terzi: obiettivi e decisioni vanno concordati con chi ne ha bisogno.'],
      ['Non posso accettare richieste per conto di terzi. Lavoro direttamente con la persona interessata.',
        'Non posso avviare un lavoro tramite intermediari: tratto solo con chi è direttamente coinvolto.'],
    ),
    alternatives: {
      'direct-contact': tones(
        ['La persona interessata può scrivermi direttamente e ne parleremo insieme.',
          '[Puoi|Può|Potete] passare il mio indirizzo email alla persona interessata, così può contattarmi direttamente.'],
        ['La persona interessata può contattarmi direttamente via email.', '[Puoi|Può|Potete] girare il mio contatto a chi ne ha bisogno, così mi scrive direttamente.'],
        ['La persona interessata può scrivermi direttamente.', 'La richiesta deve arrivarmi dalla persona direttamente interessata.'],
      ),
    },
    nextStep: tones(
      ['Appena mi scriverà, valuterò volentieri cosa posso fare.', 'Appena mi scrive, spiego volentieri come lavoro e quali sono i passi successivi.'],
      ['A quel punto valuterò la richiesta con attenzione.', 'A quel punto vediamo insieme di che cosa si tratta.'],
      ['Valuterò la richiesta quando mi arriverà.', 'A quel punto valuto la richiesta.'],
    ),
    door: tones(
      ['Se la persona interessata vorrà scrivermi direttamente, sarò felice di parlarne.', 'Se la persona interessata mi scriverà direttamente, le risponderò volentieri.'],
      ['Se la persona interessata vorrà scrivermi direttamente, sarà un piacere parlarne.', 'Se la persona interessata mi contatterà direttamente, resto a disposizione.'],
      ['Se la persona interessata mi scriverà direttamente, resto disponibile.', 'La persona interessata può contattarmi direttamente.'],
    ),
  },

  'after-hours': {
    opening: tones(
      ["grazie per l'attenzione che [dedichi|dedica|dedicate] al progetto.", '[ti|La|Vi] ringrazio per avermi cercato e per il messaggio che [mi hai|mi ha|mi avete] lasciato.'],
      ['grazie per avermi cercato.', '[ti|La|Vi] ringrazio per il messaggio e per l\'attenzione costante che [dedichi|dedica|dedicate] al progetto.'],
      ['ho visto i [tuoi|Suoi|Vostri] tentativi di contattarmi.', '[ti|Le|Vi] scrivo in merito alle [tue|Sue|Vostre] chiamate.'],
    ),
    empathy: ["So che le urgenze non guardano l'orologio.", 'Capisco il bisogno di avere risposte rapide quando qualcosa è urgente.'],
    decision: tones(
      ['Purtroppo la sera e nei giorni festivi non sono reperibile.', 'Non posso rispondere a chiamate fuori dal mio orario di lavoro.'],
      ['Fuori dal mio orario di lavoro non sono reperibile.', 'Non gestisco richieste fuori orario.'],
      ['Fuori dal mio orario di lavoro non posso rispondere al telefono.', 'Fuori orario non sono reperibile.'],
    ),
    // The hours are the user's words and may hold a comma ("dal lunedì al venerdì, dalle 9 alle 18"): they end their clause.
    explained: tones(
      ['Purtroppo fuori dal mio orario di lavoro non sono reperibile: lavoro {{policy}} e questo confine mi permette di seguire bene ogni progetto.',
        'Non posso rispondere al telefono fuori dal mio orario di lavoro: sono raggiungibile {{policy}}.',
        'Purtroppo la sera e nei giorni festivi non sono reperibile: tenere separati lavoro e tempo libero mi permette di seguire bene ogni progetto.',
        'Non posso rispondere al telefono fuori dal mio orario di lavoro, perché la sera e nei giorni festivi mi fermo.'],
      ['Fuori dal mio orario non sono reperibile: lavoro {{policy}} e in questo modo seguo ogni cliente con la stessa attenzione.',
        'Non posso rispondere al telefono fuori dal mio orario di lavoro: sono disponibile {{policy}}.',
        'Fuori orario non sono reperibile, perché tengo separati lavoro e tempo libero per seguire bene ogni cliente.',
        'Non posso rispondere al telefono la sera e nei giorni festivi: in quei momenti non lavoro.'],
      ['Fuori dal mio orario di lavoro non posso rispondere al telefono. Lavoro {{policy}}.',
        'Fuori orario non sono reperibile: lavoro {{policy}}.',
        'Fuori dal mio orario di lavoro non posso rispondere al telefono. La sera e nei giorni festivi non lavoro.',
        'Fuori orario non sono reperibile: la sera e nei giorni festivi non lavoro.'],
    ),
    alternatives: {
      'working-hours': tones(
        ['Se [mi scrivi|mi scrive|mi scrivete] per email, [ti|Le|Vi] rispondo volentieri {{policy}}.',
          'Se serve una telefonata, possiamo fissarla volentieri {{policy}}.',
          'Se [mi scrivi|mi scrive|mi scrivete] per email, [ti|Le|Vi] rispondo volentieri il primo giorno lavorativo utile.',
          'Se serve una telefonata, possiamo fissarla volentieri in un giorno lavorativo, all\'ora che [preferisci|preferisce|preferite].'],
        ['[Ti|Le|Vi] rispondo per email {{policy}}.', 'Se serve una telefonata, possiamo fissarla {{policy}}.',
          '[Ti|Le|Vi] rispondo per email il primo giorno lavorativo utile.', 'Se serve una telefonata, possiamo fissarla in orario di lavoro.'],
        ['Rispondo per email {{policy}}.', 'Le telefonate si fissano {{policy}}.',
          'Rispondo per email nel primo giorno lavorativo utile.', 'Le telefonate si fissano in orario di lavoro.'],
      ),
    },
    nextStep: tones(
      ['[Scrivimi|Mi scriva|Scrivetemi] pure quando [ti|Le|Vi] serve: [ti|Le|Vi] risponderò appena possibile.', 'Per qualsiasi necessità [scrivimi|mi scriva|scrivetemi] pure per email: [ti|Le|Vi] rispondo appena possibile.'],
      ['[Scrivimi|Mi scriva|Scrivetemi] pure quando serve e [ti|Le|Vi] rispondo appena possibile.', 'Per qualsiasi necessità [puoi|può|potete] scrivermi per email e [ti|Le|Vi] rispondo appena possibile.'],
      ['Le richieste arrivate fuori orario le gestisco il giorno lavorativo successivo.', 'Per qualsiasi necessità [puoi|può|potete] scrivermi per email e [ti|Le|Vi] rispondo appena possibile.'],
    ),
    door: tones(
      ['Intanto proseguo con il progetto e, nel mio orario di lavoro, resto a [tua|Sua|Vostra] disposizione.',
        'Nel mio orario di lavoro [ti|Le|Vi] rispondo volentieri.'],
      ['Nel mio orario di lavoro resto volentieri a [tua|Sua|Vostra] disposizione.', 'Intanto proseguo con il progetto; per email [puoi|può|potete] scrivermi in qualsiasi momento.'],
      ['Intanto proseguo con il progetto; per email [puoi|può|potete] scrivermi in qualsiasi momento.', 'Nel mio orario di lavoro [ti|Le|Vi] rispondo volentieri.'],
    ),
  },

  // No thanks, no sympathy, no open door: a calm statement of what the user will not do, worded
  // so that it fits both disrespect and an unethical request (a bribe).
  'disrespect-or-ethics': {
    opening: tones(
      ['rispondo al [tuo|Suo|Vostro] ultimo messaggio.', 'ho ricevuto il [tuo|Suo|Vostro] ultimo messaggio.'],
      ['rispondo al [tuo|Suo|Vostro] ultimo messaggio.', 'ho ricevuto il [tuo|Suo|Vostro] ultimo messaggio.'],
      ['rispondo al [tuo|Suo|Vostro] ultimo messaggio.', 'ho ricevuto il [tuo|Suo|Vostro] ultimo messaggio.'],
    ),
    decision: tones(
      ['Non posso proseguire su queste basi.', 'Non posso andare avanti in questi termini.'],
      ['Non posso proseguire su queste basi.', 'Non posso andare avanti in questi termini.'],
      ['Non proseguirò su queste basi.', 'Non posso proseguire in questi termini.'],
    ),
    explained: tones(
      ['Non posso proseguire su queste basi, perché lavoro solo in un clima di correttezza e rispetto reciproco, e questo vale per tutti i miei clienti.',
        'Non posso andare avanti in questi termini, perché correttezza e rispetto reciproco sono condizioni da cui non prescindo, e questo vale per tutti i miei clienti.'],
      ['Non posso proseguire su queste basi, perché con tutti i miei clienti lavoro solo in un clima di correttezza e rispetto reciproco, e questa collaborazione non fa eccezione.',
        'Non posso andare avanti in questi termini: con tutti i miei clienti correttezza e rispetto reciproco non sono negoziabili, e non farò eccezioni in questo caso.'],
      ['Non proseguirò su queste basi. Con tutti i miei clienti lavoro solo in un clima di correttezza e rispetto reciproco, e questa collaborazione non fa eccezione.',
        'Non posso proseguire in questi termini, che vanno contro il modo in cui lavoro. Con tutti i miei clienti pretendo correttezza e rispetto reciproco, e li garantisco a mia volta.'],
    ),
    alternatives: {},
    signOff: ['[Saluti,|Cordiali saluti,|Cordiali saluti,]'],
  },

  'not-a-fit': {
    opening: tones(
      ['grazie per la fiducia che [mi hai|mi ha|mi avete] dimostrato.', '[ti|La|Vi] ringrazio per il tempo che [mi hai|mi ha|mi avete] dedicato.'],
      ['grazie per la fiducia e per il tempo che [mi hai|mi ha|mi avete] dedicato.', '[ti|La|Vi] ringrazio per la disponibilità che [mi hai|mi ha|mi avete] dimostrato in questo periodo.'],
      ['[ti|Le|Vi] scrivo dopo averci riflettuto.', 'grazie per la fiducia.'],
    ),
    empathy: ['Ci ho riflettuto a lungo prima di scriver[ti|Le|Vi].', 'Apprezzo il modo in cui ci siamo confrontati finora.'],
    decision: tones(
      ['Ho deciso di non portare avanti la collaborazione.', 'Non sono la persona giusta per seguire il [tuo|Suo|Vostro] progetto.'],
      ['Ho deciso di non portare avanti la collaborazione.', 'Non sono la persona giusta per questo progetto.'],
      ['Ho deciso di non proseguire la collaborazione.', 'Non sono la persona adatta a questo progetto.'],
    ),
    explained: tones(
      ['Ho deciso di non portare avanti la collaborazione: le [tue|Sue|Vostre] esigenze e il mio modo di lavorare sono troppo diversi perché io possa offrir[ti|Le|Vi] ciò che il progetto richiede.',
        'Non sono la persona giusta per seguire il [tuo|Suo|Vostro] progetto, perché il mio approccio non corrisponde a ciò di cui [hai|ha|avete] bisogno.'],
      ['Ho deciso di non portare avanti la collaborazione, perché le [tue|Sue|Vostre] esigenze e il mio modo di lavorare non sono compatibili, e preferisco dir[telo|glielo|Velo] con chiarezza.',
        'Non sono la persona giusta per questo progetto: il mio approccio non corrisponde a quello che [cerchi|cerca|cercate].'],
      ['Ho deciso di non proseguire la collaborazione. Le [tue|Sue|Vostre] esigenze e il mio metodo di lavoro non sono compatibili.',
        'Non sono la persona adatta a questo progetto: il mio metodo non risponde alle [tue|Sue|Vostre] esigenze.'],
    ),
    alternatives: {
      referral: tones(
        ['Per andare avanti, [ti|Le|Vi] consiglio di sentire {{referralName}} ({{referralContact}}), che potrebbe essere più in sintonia con ciò che [cerchi|cerca|cercate].',
          'Se [ti|Le|Vi] può essere utile, [puoi|può|potete] rivolger[ti|si|Vi] a {{referralName}} ({{referralContact}}), di cui stimo il lavoro.',
          'Per andare avanti, [ti|Le|Vi] consiglio di sentire {{referralName}}, che potrebbe essere più in sintonia con ciò che [cerchi|cerca|cercate].',
          'Per andare avanti, [ti|Le|Vi] passo il contatto di una persona più in sintonia con ciò che [cerchi|cerca|cercate]: {{referralContact}}.',
          'Se [ti|Le|Vi] è utile, posso suggerir[ti|Le|Vi] qualcuno più in sintonia con ciò che [cerchi|cerca|cercate].'],
        ['[Ti|Le|Vi] suggerisco di rivolger[ti|si|Vi] a {{referralName}} ({{referralContact}}), che lavora con un approccio più vicino a quello che [cerchi|cerca|cercate].',
          '[Ti|Le|Vi] indico {{referralName}} ({{referralContact}}), che potrebbe fare al caso [tuo|Suo|Vostro].',
          '[Ti|Le|Vi] suggerisco di rivolger[ti|si|Vi] a {{referralName}}, che lavora con un approccio più vicino a quello che [cerchi|cerca|cercate].',
          '[Ti|Le|Vi] indico un contatto che potrebbe fare al caso [tuo|Suo|Vostro]: {{referralContact}}.',
          'Posso suggerir[ti|Le|Vi] qualcuno con un approccio più vicino a quello che [cerchi|cerca|cercate].'],
        ['[Puoi|Può|Potete] rivolger[ti|si|Vi] a {{referralName}} ({{referralContact}}).', 'Per il progetto [ti|Le|Vi] indico {{referralName}} ({{referralContact}}).',
          '[Puoi|Può|Potete] rivolger[ti|si|Vi] a {{referralName}}.', 'Per il progetto [puoi|può|potete] contattare {{referralContact}}.',
          'Posso indicar[ti|Le|Vi] un altro professionista.'],
      ),
    },
    nextStep: tones(
      ['[Ti|Le|Vi] auguro il meglio per il progetto, e per qualsiasi domanda nel frattempo resto a [tua|Sua|Vostra] disposizione.',
        '[Ti|Le|Vi] auguro ogni successo per il progetto; se nel frattempo [ti|Le|Vi] serve qualche chiarimento, [scrivimi|mi scriva|scrivetemi] pure.'],
      ['[Ti|Le|Vi] auguro buona riuscita del progetto; per qualsiasi domanda nel frattempo resto a [tua|Sua|Vostra] disposizione.',
        '[Ti|Le|Vi] auguro il meglio; se [ti|Le|Vi] serve qualche chiarimento, [puoi|può|potete] scrivermi.'],
      ['Buona riuscita del progetto. Per eventuali chiarimenti resto disponibile.', 'Buon proseguimento; per eventuali domande [puoi|può|potete] scrivermi.'],
    ),
    door: tones(
      ['[Ti|Le|Vi] auguro ogni successo per il progetto; se nel frattempo [ti|Le|Vi] serve qualche chiarimento, [scrivimi|mi scriva|scrivetemi] pure.',
        'Grazie ancora; se [avrai|avrà|avrete] domande su questa decisione, sarò felice di risponder[ti|Le|Vi].'],
      ['[Ti|Le|Vi] auguro buona fortuna con il progetto; per qualsiasi chiarimento resto a [tua|Sua|Vostra] disposizione.',
        'Un augurio sincero per il progetto, e per eventuali domande [puoi|può|potete] scrivermi.'],
      ['Buon proseguimento. Per eventuali chiarimenti resto disponibile.', '[Ti|Le|Vi] auguro buona fortuna; per eventuali domande [puoi|può|potete] scrivermi.'],
    ),
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
