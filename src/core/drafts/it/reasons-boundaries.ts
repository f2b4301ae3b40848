// Italian parts for reasons about boundaries and the relationship itself. [tu|Lei|Voi]; the
// body's first word is lowercase after the greeting's comma, except a courtesy pronoun.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const boundaryReasons = {
  'already-helped': {
    opening: tones(
      ['grazie per avermi aggiornato sulla situazione.', '[ti|La|Vi] ringrazio per avermi scritto di nuovo.'],
      ["grazie per l'aggiornamento e per avermi descritto la situazione.", '[ti|La|Vi] ringrazio per avermi riscritto.'],
      ['ho ricevuto il [tuo|Suo|Vostro] nuovo messaggio.', 'ho letto il [tuo|Suo|Vostro] aggiornamento.'],
    ),
    empathy: ['Capisco che ritrovarsi allo stesso punto sia una seccatura.', 'So che veder ricomparire la stessa difficoltà non è piacevole.'],
    decision: tones(
      ['Purtroppo non posso occuparmi di nuovo di questo problema senza compenso.', 'Non posso riprendere senza compenso un punto già affrontato insieme.'],
      ['Non posso occuparmi di nuovo di questo problema senza compenso.', 'Non posso riprendere senza compenso un punto già affrontato insieme.'],
      ['Non posso occuparmi di nuovo di questo problema senza compenso.', 'Non posso riprendere senza compenso un punto già affrontato.'],
    ),
    explained: tones(
      ["Purtroppo non posso occuparmi di nuovo di questo problema senza compenso: l'abbiamo già affrontato insieme e le indicazioni di allora restano valide.",
        'Non posso riprendere senza compenso un punto già affrontato insieme: il lavoro di allora si è chiuso con le indicazioni che [ti|Le|Vi] ho dato.'],
      ["Non posso occuparmi di nuovo di questo problema senza compenso, perché l'abbiamo già affrontato e le indicazioni di allora restano valide.",
        'Non posso riprendere senza compenso un punto già affrontato insieme: il lavoro di allora si è chiuso con indicazioni che restano valide.'],
      ["Non posso occuparmi di nuovo di questo problema senza compenso. L'abbiamo già affrontato nel lavoro precedente.",
        'Non posso riprendere senza compenso un punto già affrontato nel lavoro precedente.'],
    ),
    alternatives: {
      // The resources are typed as "le guide gratuite di Google": the frame never says "gratuito" again.
      'free-resources': tones(
        ['Per ripassare i passaggi in autonomia, [ti|Le|Vi] consiglio {{resources}}.',
          'Per rivedere la procedura con calma, [ti|Le|Vi] suggerisco {{resources}}.',
          'Per ripassare i passaggi in autonomia, posso segnalar[ti|Le|Vi] qualche guida gratuita.',
          'Per rivedere la procedura con calma, posso mandar[ti|Le|Vi] alcune guide gratuite.'],
        ['Per rivedere i passaggi in autonomia, [ti|Le|Vi] segnalo {{resources}}.', '[Puoi|Può|Potete] ripassare la procedura con {{resources}}.',
          'Per rivedere i passaggi in autonomia, posso segnalar[ti|Le|Vi] qualche guida gratuita.',
          'Per ripassare la procedura, posso mandar[ti|Le|Vi] alcune guide gratuite.'],
        ['Per rivedere i passaggi, [ti|La|Vi] rimando a {{resources}}.', '[Puoi|Può|Potete] ripassare la procedura con {{resources}}.',
          'Posso segnalar[ti|Le|Vi] alcune guide gratuite sul tema.', 'Per rivedere i passaggi, posso mandar[ti|Le|Vi] qualche guida gratuita.'],
      ),
      'paid-extra': tones(
        ['Se [preferisci|preferisce|preferite] che intervenga io, posso farlo a parte, alla tariffa di {{rate}}.',
          'Posso seguirlo volentieri come nuovo incarico, a {{rate}}.',
          'Se [preferisci|preferisce|preferite] che intervenga io, posso farlo a parte, con un preventivo dedicato.',
          'Posso seguirlo volentieri come nuovo incarico, con un preventivo dedicato.'],
        ['Posso seguirlo come nuovo incarico, alla tariffa di {{rate}}.', 'Se [preferisci|preferisce|preferite] che intervenga io, la tariffa è di {{rate}}.',
          'Posso seguirlo come nuovo incarico, con un preventivo dedicato.',
          'Se [preferisci|preferisce|preferite] che intervenga io, posso preparar[ti|Le|Vi] un preventivo.'],
        ['Posso seguirlo come nuovo incarico, a {{rate}}.', 'Un nuovo intervento è possibile a {{rate}}.',
          'Posso seguirlo come nuovo incarico, a pagamento.', 'Un nuovo intervento è possibile, a pagamento.'],
      ),
    },
    nextStep: {
      'free-resources': tones(
        ['Se invece si tratta di una questione nuova, [scrivimi|mi scriva|scrivetemi] pure.',
          'Per qualsiasi altra necessità resto volentieri a [tua|Sua|Vostra] disposizione.'],
        ['Se invece si tratta di una questione nuova, [fammelo|me lo faccia|fatemelo] sapere e la valuto volentieri.', 'Per qualsiasi altra necessità resto a [tua|Sua|Vostra] disposizione.'],
        ['Per questioni nuove [puoi|può|potete] scrivermi.', 'Per altre necessità resto disponibile.'],
      ),
      'paid-extra': tones(
        ['[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] procedere, così fissiamo un momento per lavorarci.',
          'Se [ti|Le|Vi] va, [dimmelo|me lo dica|ditemelo] e organizziamo i tempi.'],
        ['Se [ti|Le|Vi] interessa, fissiamo insieme una data.', '[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] procedere.'],
        ['[Dimmi|Mi dica|Ditemi] se [vuoi|vuole|volete] procedere.', 'Attendo conferma per fissare una data.'],
      ),
    },
    door: tones(
      ['Per qualsiasi altra necessità resto volentieri a [tua|Sua|Vostra] disposizione.', 'Per qualsiasi altra richiesta, [scrivimi|mi scriva|scrivetemi] pure.'],
      ['Per qualsiasi altra necessità resto a [tua|Sua|Vostra] disposizione.', 'Per altre richieste [puoi|può|potete] scrivermi quando [vuoi|vuole|volete].'],
      ['Per altre richieste [puoi|può|potete] scrivermi.', 'Per altre necessità resto disponibile.'],
    ),
  },

  // "La persona interessata" is named once, in the offer or the closing; the rest says "chi ha
  // bisogno del servizio" or "lei stessa", so that no line repeats the one before.
  'third-party-request': {
    opening: tones(
      ['grazie per il [tuo|Suo|Vostro] messaggio e per la fiducia.', '[ti|La|Vi] ringrazio per la fiducia e per aver pensato a me.'],
      ['grazie per la segnalazione e per la fiducia.', '[ti|La|Vi] ringrazio per aver fatto il mio nome.'],
      ['ho letto la [tua|Sua|Vostra] segnalazione.', 'ho ricevuto la [tua|Sua|Vostra] segnalazione.'],
    ),
    empathy: ['Voler aiutare qualcuno è un bel pensiero, e lo apprezzo.', 'Capisco il desiderio di dare una mano a qualcuno a cui [tieni|tiene|tenete].'],
    decision: tones(
      ['Purtroppo non posso accettare un incarico per conto di altri.', 'Non posso avviare un lavoro tramite un intermediario.'],
      ['Non posso accettare un incarico per conto di altri.', 'Non posso avviare un lavoro tramite un intermediario.'],
      ['Non posso accettare un incarico per conto di altri.', 'Non posso avviare un lavoro tramite un intermediario.'],
    ),
    explained: tones(
      ['Purtroppo non posso accettare un incarico per conto di altri: per lavorare bene devo conoscere le esigenze direttamente da chi ha bisogno del servizio.',
        'Non posso avviare un lavoro tramite un intermediario, perché obiettivi e decisioni vanno concordati con chi ne ha bisogno.'],
      ['Non posso accettare un incarico per conto di altri, perché concordo obiettivi e decisioni con chi ha bisogno del servizio.',
        'Non posso avviare un lavoro tramite un intermediario: devo conoscere le esigenze direttamente da chi ha bisogno del servizio.'],
      ['Non posso accettare un incarico per conto di altri. Concordo tutto con chi ha bisogno del servizio.',
        'Non posso avviare un lavoro tramite un intermediario: concordo tutto con chi ha bisogno del servizio.'],
    ),
    alternatives: {
      'direct-contact': tones(
        ['La persona interessata può scrivermi lei stessa, quando preferisce.',
          '[Puoi|Può|Potete] passare il mio indirizzo email alla persona interessata, così potrà scrivermi lei stessa.'],
        ['La persona interessata può contattarmi lei stessa via email.', '[Puoi|Può|Potete] girare il mio contatto alla persona interessata, così potrà scrivermi lei stessa.'],
        ['La persona interessata può scrivermi lei stessa.', '[Puoi|Può|Potete] girare il mio contatto alla persona interessata.'],
      ),
    },
    nextStep: tones(
      ['Appena si farà sentire, valuterò volentieri cosa posso fare.', 'Quando mi contatterà, le spiegherò volentieri come funziona e quali sono i passi successivi.'],
      ['A quel punto valuterò la richiesta con attenzione.', 'A quel punto le chiederò tutti i dettagli necessari.'],
      ['Valuterò la richiesta quando mi arriverà.', 'A quel punto valuto la richiesta.'],
    ),
    door: tones(
      ['Se la persona interessata vorrà contattarmi lei stessa, sarò felice di parlarne.',
        'Se la persona interessata mi scriverà, le risponderò volentieri per capire come posso esserle utile.'],
      ['Se la persona interessata vorrà contattarmi lei stessa, sarà un piacere parlarne.', 'Se la persona interessata mi scriverà, resto a disposizione.'],
      ['Se la persona interessata mi scriverà, resto disponibile.', 'La persona interessata può contattarmi lei stessa.'],
    ),
  },

  // The hours are the user's words and may hold a comma or "giorni feriali" ("dal lunedì al
  // venerdì, dalle 9 alle 18"): they end their clause, and the frame says "la sera e nei festivi".
  'after-hours': {
    opening: tones(
      ['[ti|La|Vi] ringrazio per avermi cercato.', 'grazie per i [tuoi|Suoi|Vostri] messaggi e per l\'impegno con cui [segui|segue|seguite] ogni passaggio.'],
      ['grazie per avermi cercato e per i [tuoi|Suoi|Vostri] messaggi.', '[ti|La|Vi] ringrazio per i [tuoi|Suoi|Vostri] messaggi e per l\'impegno con cui [segui|segue|seguite] ogni passaggio.'],
      ['ho visto i [tuoi|Suoi|Vostri] tentativi di contattarmi.', 'ho visto i [tuoi|Suoi|Vostri] messaggi.'],
    ),
    empathy: ["So che le urgenze non guardano l'orologio, e capisco che [tu voglia|voglia|vogliate] risposte rapide.", 'Capisco il bisogno di risposte rapide quando qualcosa preme.'],
    decision: tones(
      ['Purtroppo la sera e nei festivi non sono reperibile.', 'Non posso prendere chiamate fuori dalle ore di lavoro.'],
      ['La sera e nei festivi non sono reperibile.', 'Non prendo chiamate fuori dalle ore di lavoro.'],
      ['La sera e nei festivi non sono reperibile.', 'Non prendo chiamate fuori dalle ore di lavoro.'],
    ),
    explained: tones(
      ['Purtroppo la sera e nei festivi non sono reperibile: lavoro {{policy}}, e tenere questo confine mi permette di seguire bene ogni cliente.',
        'Non posso prendere chiamate la sera e nei festivi: sono raggiungibile {{policy}}, e in quegli orari ogni richiesta ha tutta la mia attenzione.',
        'Purtroppo la sera e nei festivi non sono reperibile: tenere separati lavoro e tempo libero mi permette di seguire bene ogni cliente.',
        'Non posso prendere chiamate fuori dalle ore di lavoro, perché in quei momenti mi fermo.'],
      ['La sera e nei festivi non sono reperibile: lavoro {{policy}}, e in quelle ore seguo ogni cliente con la stessa attenzione.',
        'Non prendo chiamate la sera e nei festivi: sono raggiungibile {{policy}}, e in quegli orari ogni richiesta ha tutta la mia attenzione.',
        'La sera e nei festivi non sono reperibile, perché tengo separati lavoro e tempo libero.',
        'Non prendo chiamate fuori dalle ore di lavoro: in quei momenti mi fermo.'],
      ['La sera e nei festivi non sono reperibile. Lavoro {{policy}}.',
        'Non prendo chiamate la sera e nei festivi: sono raggiungibile {{policy}}.',
        'La sera e nei festivi non sono reperibile. In quei momenti non lavoro.',
        'Non prendo chiamate fuori dalle ore di lavoro.'],
    ),
    alternatives: {
      'working-hours': tones(
        ['Se [mi scrivi|mi scrive|mi scrivete] per email, [ti|Le|Vi] rispondo volentieri {{policy}}.',
          'Se serve una telefonata, possiamo fissarla {{policy}}.',
          'Se [mi scrivi|mi scrive|mi scrivete] per email, [ti|Le|Vi] rispondo entro il primo giorno lavorativo utile.',
          'Se serve una telefonata, possiamo fissarla in orario di ufficio, quando [ti|Le|Vi] è più comodo.'],
        ['Per email [ti|Le|Vi] rispondo {{policy}}.', 'Se serve una telefonata, possiamo fissarla {{policy}}.',
          'Per email [ti|Le|Vi] rispondo entro il primo giorno lavorativo utile.', 'Se serve una telefonata, possiamo fissarla in orario di ufficio.'],
        ['Le email le leggo {{policy}}.', 'Una telefonata possiamo fissarla {{policy}}.',
          'Alle email rispondo entro il primo giorno lavorativo utile.', 'Una telefonata possiamo fissarla in orario di ufficio.'],
      ),
    },
    // The offer already says how to reach me: the closing moves the work on, it does not repeat it.
    nextStep: tones(
      ['Intanto proseguo con il progetto come previsto.', 'Nel frattempo vado avanti con il progetto come concordato.'],
      ['Intanto proseguo con il progetto come previsto.', 'Nel frattempo vado avanti con il progetto come concordato.'],
      ['Intanto proseguo con il progetto come previsto.', 'Intanto vado avanti con il progetto.'],
    ),
    door: tones(
      ['Intanto proseguo con il progetto, e in orario di ufficio resto a [tua|Sua|Vostra] disposizione.',
        'Per email [puoi|può|potete] scrivermi in qualsiasi momento: [ti|Le|Vi] rispondo in orario di ufficio.'],
      ['In orario di ufficio resto a [tua|Sua|Vostra] disposizione.',
        'Per email [puoi|può|potete] scrivermi in qualsiasi momento: [ti|Le|Vi] rispondo in orario di ufficio.'],
      ['Per email [puoi|può|potete] scrivermi in qualsiasi momento.', 'In orario di ufficio resto disponibile.'],
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
      ['Non posso proseguire su queste basi, perché con ogni cliente lavoro solo in un clima di correttezza e rispetto reciproco, e questa collaborazione non fa eccezione.',
        'Non posso andare avanti in questi termini, che vanno contro il modo in cui lavoro: con ogni cliente pretendo correttezza e rispetto reciproco, e li garantisco a mia volta.'],
      ['Non posso proseguire su queste basi, perché con ogni cliente lavoro solo in un clima di correttezza e rispetto reciproco, e questa collaborazione non fa eccezione.',
        'Non posso andare avanti in questi termini, che vanno contro il modo in cui lavoro: con ogni cliente pretendo correttezza e rispetto reciproco, e li garantisco a mia volta.'],
      ['Non proseguirò su queste basi. Con tutti i clienti lavoro solo in un clima di correttezza e di rispetto reciproco, e questa collaborazione non fa eccezione.',
        'Non posso proseguire in questi termini, che vanno contro il modo in cui lavoro. Con tutti i clienti pretendo correttezza e rispetto reciproco, e li garantisco a mia volta.'],
    ),
    alternatives: {},
    signOff: ['[Saluti,|Cordiali saluti,|Cordiali saluti,]'],
  },

  'not-a-fit': {
    opening: tones(
      ['grazie per la fiducia che [mi hai|mi ha|mi avete] dimostrato.', '[ti|La|Vi] ringrazio per il tempo che [mi hai|mi ha|mi avete] dedicato.'],
      ['grazie per la fiducia e per il tempo che [mi hai|mi ha|mi avete] dedicato.', '[ti|La|Vi] ringrazio per la disponibilità di questo periodo.'],
      ['[ti|Le|Vi] scrivo dopo averci riflettuto.', 'grazie per la fiducia.'],
    ),
    empathy: ['Ci ho riflettuto a lungo prima di scriver[ti|Le|Vi].', 'Apprezzo il modo in cui ci siamo confrontati finora.'],
    decision: tones(
      ['Ho deciso di non portare avanti la collaborazione.', 'Non sono la persona giusta per seguire il [tuo|Suo|Vostro] progetto.'],
      ['Ho deciso di non portare avanti la collaborazione.', 'Non sono la persona giusta per questo progetto.'],
      ['Ho deciso di non proseguire la collaborazione.', 'Non sono la persona adatta a questo progetto.'],
    ),
    explained: tones(
      ['Ho deciso di non portare avanti la collaborazione: le [tue|Sue|Vostre] esigenze e il mio modo di lavorare sono troppo diversi perché io possa offrir[ti|Le|Vi] ciò che serve.',
        'Non sono la persona giusta per seguire il [tuo|Suo|Vostro] progetto, perché il mio approccio non corrisponde a ciò di cui [hai|ha|avete] bisogno.'],
      ['Ho deciso di non portare avanti la collaborazione, perché le [tue|Sue|Vostre] esigenze e il mio modo di lavorare non sono compatibili.',
        'Non sono la persona giusta per questo progetto: il mio approccio non corrisponde a quello che [cerchi|cerca|cercate].'],
      ['Ho deciso di non proseguire la collaborazione. Le [tue|Sue|Vostre] esigenze e il mio metodo di lavoro non sono compatibili.',
        'Non sono la persona adatta a questo progetto: il mio metodo non risponde alle [tue|Sue|Vostre] esigenze.'],
    ),
    alternatives: {
      referral: tones(
        ['[Ti|Le|Vi] consiglio di sentire {{referralName}} ({{referralContact}}), che potrebbe essere più in sintonia con ciò che [cerchi|cerca|cercate].',
          'Se [ti|Le|Vi] può essere utile, [puoi|può|potete] rivolger[ti|si|Vi] a {{referralName}} ({{referralContact}}), di cui stimo il lavoro.',
          '[Ti|Le|Vi] consiglio di sentire {{referralName}}, che potrebbe essere più in sintonia con ciò che [cerchi|cerca|cercate].',
          '[Ti|Le|Vi] passo il contatto di una persona più in sintonia con ciò che [cerchi|cerca|cercate]: {{referralContact}}.',
          'Se [ti|Le|Vi] è utile, posso suggerir[ti|Le|Vi] qualcuno più in sintonia con ciò che [cerchi|cerca|cercate].'],
        ['[Ti|Le|Vi] suggerisco di rivolger[ti|si|Vi] a {{referralName}} ({{referralContact}}), che potrebbe fare al caso [tuo|Suo|Vostro].',
          '[Ti|Le|Vi] indico {{referralName}} ({{referralContact}}), di cui stimo il lavoro.',
          '[Ti|Le|Vi] suggerisco di rivolger[ti|si|Vi] a {{referralName}}, che potrebbe fare al caso [tuo|Suo|Vostro].',
          '[Ti|Le|Vi] indico un contatto che potrebbe fare al caso [tuo|Suo|Vostro]: {{referralContact}}.',
          'Se [ti|Le|Vi] è utile, posso suggerir[ti|Le|Vi] un altro professionista.'],
        ['[Puoi|Può|Potete] rivolger[ti|si|Vi] a {{referralName}} ({{referralContact}}).', '[Ti|Le|Vi] indico {{referralName}} ({{referralContact}}).',
          '[Puoi|Può|Potete] rivolger[ti|si|Vi] a {{referralName}}.', '[Puoi|Può|Potete] contattare {{referralContact}}.',
          'Posso indicar[ti|Le|Vi] un altro professionista.'],
      ),
    },
    nextStep: tones(
      ['[Ti|Le|Vi] auguro il meglio, e per qualsiasi domanda resto a [tua|Sua|Vostra] disposizione.',
        '[Ti|Le|Vi] auguro ogni successo; se [ti|Le|Vi] serve qualche chiarimento, [contattami|mi contatti|contattatemi] pure.'],
      ['[Ti|Le|Vi] auguro che tutto vada per il meglio; per qualsiasi domanda resto a [tua|Sua|Vostra] disposizione.',
        '[Ti|Le|Vi] auguro il meglio; se [ti|Le|Vi] serve qualche chiarimento, [puoi|può|potete] scrivermi.'],
      ['[Ti|Le|Vi] auguro il meglio. Per eventuali chiarimenti resto disponibile.', '[Ti|Le|Vi] auguro buona fortuna; per eventuali domande [puoi|può|potete] scrivermi.'],
    ),
    door: tones(
      ['[Ti|Le|Vi] auguro ogni successo; se [ti|Le|Vi] serve qualche chiarimento, [scrivimi|mi scriva|scrivetemi] pure.',
        'Grazie ancora; se [avrai|avrà|avrete] domande su questa decisione, sarò felice di risponder[ti|Le|Vi].'],
      ['[Ti|Le|Vi] auguro che tutto vada per il meglio; per qualsiasi chiarimento resto a [tua|Sua|Vostra] disposizione.',
        '[Ti|Le|Vi] auguro il meglio; per eventuali domande [puoi|può|potete] scrivermi.'],
      ['[Ti|Le|Vi] auguro il meglio. Per eventuali chiarimenti resto disponibile.', '[Ti|Le|Vi] auguro buona fortuna; per eventuali domande [puoi|può|potete] scrivermi.'],
    ),
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
