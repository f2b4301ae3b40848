// Italian parts for reasons about time and scope. [tu|Lei|Voi|voi]; the body's first word is
// lowercase after the greeting's comma, except a courtesy pronoun (La ringrazio, Vi ringrazio).
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const workReasons = {
  'schedule-full': {
    opening: tones(
      ['grazie per aver pensato a me.', '[ti|La|Vi|vi] ringrazio per il messaggio e per la fiducia.'],
      ['grazie per la [tua|Sua|Vostra|vostra] richiesta.', '[ti|La|Vi|vi] ringrazio per avermi scritto.'],
      ['rispondo alla [tua|Sua|Vostra|vostra] richiesta di collaborazione.', 'ho valutato la collaborazione che [mi hai|mi ha|mi avete] proposto.'],
    ),
    empathy: ['Preferisco risponder[ti|Le|Vi|vi] con chiarezza, così [puoi|può|potete] organizzar[ti|si|Vi|vi] di conseguenza.',
      'Capisco che [tu stia|stia|stiate|stiate] cercando qualcuno disponibile.'],
    decision: tones(
      ['Purtroppo al momento non posso accettare nuovi incarichi.', 'Purtroppo in questo periodo non riesco a prendere in carico il progetto.'],
      ['Al momento non posso accettare nuovi incarichi.', 'In questo periodo non posso prendere in carico il progetto.'],
      ["Per ora non posso accettare l'incarico.", 'Al momento non posso seguire questo progetto.'],
    ),
    explained: tones(
      ['Purtroppo al momento non posso accettare nuovi incarichi, perché i clienti che seguo già occupano tutta la mia agenda e non riuscirei a dedicar[ti|Le|Vi|vi] il tempo necessario.',
        'Purtroppo in questo periodo non riesco a prendere in carico il progetto: gli impegni già presi con altri clienti occupano tutte le mie giornate.'],
      ['Al momento non posso accettare nuovi incarichi, perché la mia agenda è già piena con i clienti che seguo.',
        'In questo periodo non posso prendere in carico il progetto, dato che gli impegni con i clienti attuali assorbono tutto il mio tempo.'],
      ["Per ora non posso accettare l'incarico, perché i progetti in corso non mi lasciano spazio.",
        'Al momento non posso seguire questo progetto. Gli impegni già presi occupano tutto il mio tempo.'],
    ),
    alternatives: {
      'later-date': tones(
        ['Se i [tuoi|Suoi|Vostri|vostri] tempi lo permettono, potrei cominciare a partire da {{date}}.',
          'Se la partenza può slittare, possiamo fissare insieme un avvio più avanti.'],
        ['Sarei disponibile a partire da {{date}}, se per [te|Lei|Voi|voi] non è troppo tardi.',
          'Se la partenza può slittare, posso indicar[ti|Le|Vi|vi] la mia prima data utile.'],
        ['Posso cominciare a partire da {{date}}.', 'Posso indicar[ti|Le|Vi|vi] la mia prima data disponibile.'],
      ),
      referral: tones(
        ['[Ti|Le|Vi|Vi] consiglio di rivolger[ti|si|Vi|vi] a {{referralName}} ({{referralContact}}), di cui conosco e apprezzo il lavoro.',
          '[Ti|Le|Vi|Vi] consiglio di rivolger[ti|si|Vi|vi] a {{referralName}}, di cui conosco e apprezzo il lavoro.',
          '[Ti|Le|Vi|Vi] passo volentieri il contatto di una persona di cui mi fido: {{referralContact}}.',
          'Se [ti|Le|Vi|vi] è utile, posso indicar[ti|Le|Vi|vi] una persona di fiducia che fa il mio stesso mestiere.'],
        ['[Puoi|Può|Potete] rivolger[ti|si|Vi|vi] a {{referralName}} ({{referralContact}}), che fa il mio stesso mestiere.',
          '[Ti|Le|Vi|Vi] suggerisco di contattare {{referralName}}, che fa il mio stesso mestiere.',
          '[Ti|Le|Vi|Vi] segnalo un contatto che fa il mio stesso mestiere: {{referralContact}}.',
          'Posso indicar[ti|Le|Vi|vi] un professionista che fa il mio stesso mestiere.'],
        ['[Ti|Le|Vi|Vi] indico {{referralName}} ({{referralContact}}), che svolge la mia stessa attività.',
          '[Ti|Le|Vi|Vi] indico {{referralName}}, che svolge la mia stessa attività.',
          '[Ti|Le|Vi|Vi] indico un professionista che svolge la mia stessa attività: {{referralContact}}.',
          'Posso indicar[ti|Le|Vi|vi] un professionista che svolge la mia stessa attività.'],
      ),
    },
    nextStep: {
      'later-date': tones(
        ['Se può andar[ti|Le|Vi|vi] bene, [fammelo|me lo faccia|fatemelo] sapere e ci accordiamo sui dettagli.',
          '[Dimmi|Mi dica|Ditemi] pure se questa soluzione fa al caso [tuo|Suo|Vostro|vostro].'],
        ['[Fammi|Mi faccia|Fatemi] sapere se la proposta può interessar[ti|Le|Vi|vi].',
          'Con una [tua|Sua|Vostra|vostra] conferma, blocco subito le date in calendario.'],
        ["Attendo una [tua|Sua|Vostra|vostra] conferma per fissare l'avvio.",
          'Se [ti|Le|Vi|vi] interessa, [scrivimi|mi scriva|scrivetemi] e fissiamo la data.'],
      ),
      referral: tones(
        ['[Ti|Le|Vi|Vi] auguro ogni successo con il progetto, e alla prossima occasione mi farà piacere risentir[ti|La|Vi|vi].',
          'In bocca al lupo per la partenza; se in futuro [avrai|avrà|avrete] bisogno, mi farà piacere risentir[ti|La|Vi|vi].'],
        ['Spero che il suggerimento [ti|Le|Vi|vi] sia utile; per una prossima occasione [resto a disposizione|resto a Sua disposizione|resto a Vostra disposizione|resto a disposizione].',
          '[Ti|Le|Vi|Vi] auguro buona riuscita; in futuro sarò felice di risentir[ti|La|Vi|vi].'],
        ['Più avanti [puoi|può|potete] scrivermi di nuovo.',
          'Se [avrai|avrà|avrete] altri progetti in futuro, [scrivimi|mi scriva|scrivetemi] pure.'],
      ),
    },
    door: tones(
      ['Se in futuro [avrai|avrà|avrete] altre idee da sviluppare, mi farà piacere risentir[ti|La|Vi|vi].',
        'Mi farà piacere ricevere [tue|Sue|Vostre|vostre] notizie alla prossima occasione.'],
      ['Per una prossima occasione resto volentieri a [tua|Sua|Vostra|vostra] disposizione.',
        'Se più avanti [avrai|avrà|avrete] altre necessità, sarò felice di valutarle.'],
      ['Più avanti [puoi|può|potete] scrivermi di nuovo.', 'Se [avrai|avrà|avrete] altri progetti in futuro, [scrivimi|mi scriva|scrivetemi] pure.'],
    ),
  },

  'deadline-too-tight': {
    opening: tones(
      ['grazie per avermi fatto sapere per quando [ti|Le|Vi|vi] servirebbe tutto.', '[ti|La|Vi|vi] ringrazio per avermi spiegato le [tue|Sue|Vostre|vostre] esigenze sui tempi.'],
      ['grazie per avermi spiegato i tempi che [ti|Le|Vi|vi] servirebbero.', '[ti|La|Vi|vi] ringrazio per avermi scritto a proposito dei tempi.'],
      ['ho preso in esame la [tua|Sua|Vostra|vostra] richiesta sui tempi.', 'rispondo alla [tua|Sua|Vostra|vostra] richiesta di ricevere tutto prima.'],
    ),
    empathy: ['Capisco che [ti|Le|Vi|vi] farebbe comodo poter contare su tempi più brevi.',
      'Mi rendo conto che avere tutto prima [ti|Le|Vi|vi] sarebbe utile.'],
    decision: tones(
      ['Purtroppo non riesco a chiudere il lavoro prima della data concordata.', 'Mi dispiace, ma non posso anticipare la consegna.'],
      ['Non mi è possibile chiudere il lavoro prima della data concordata.', 'Non posso anticipare la consegna.'],
      ['Non posso anticipare la consegna.', 'Prima della data concordata non posso consegnare.'],
    ),
    explained: tones(
      ['Purtroppo non riesco a chiudere il lavoro prima della data concordata, perché quei giorni mi servono per rivedere e verificare tutto con cura.',
        'Mi dispiace, ma non posso anticipare la consegna: con meno tempo dovrei sacrificare le verifiche finali, e il risultato ne risentirebbe.'],
      ['Non mi è possibile chiudere il lavoro prima della data concordata, dato che gli ultimi giorni servono alle verifiche finali.',
        'Non posso anticipare la consegna senza ridurre i controlli finali, e la qualità del risultato ne risentirebbe.'],
      ['Non posso anticipare la consegna, perché gli ultimi giorni sono dedicati alle verifiche finali.',
        'Prima della data concordata non posso consegnare: con meno tempo salterebbero i controlli finali.'],
    ),
    alternatives: {
      'later-date': tones(
        ['Posso invece far[ti|Le|Vi|vi] avere tutto, completo e rivisto, per {{date}}.',
          'Posso invece mandar[ti|Le|Vi|vi] le singole parti man mano che sono pronte.'],
        ['Per {{date}} posso far[ti|Le|Vi|vi] avere tutto, completo e rivisto.',
          'Posso invece indicar[ti|Le|Vi|vi] quando sarà pronta ciascuna parte.'],
        ['Sarà tutto pronto e rivisto per {{date}}.', 'Posso mandar[ti|Le|Vi|vi] le singole parti man mano che sono pronte.'],
      ),
      'smaller-scope': tones(
        ['Per la data che [mi chiedi|mi chiede|mi chiedete] posso far[ti|Le|Vi|vi] avere {{offer}}, e il resto alla scadenza originaria.',
          'Per la data che [mi chiedi|mi chiede|mi chiedete] posso però far[ti|Le|Vi|vi] avere una prima parte, e il resto alla scadenza originaria.'],
        ['Per la data che [hai|ha|avete] indicato posso preparar[ti|Le|Vi|vi] {{offer}}; il resto seguirà alla scadenza originaria.',
          'Per la data che [hai|ha|avete] indicato posso preparar[ti|Le|Vi|vi] una prima parte; il resto seguirà alla scadenza originaria.'],
        ['Entro la data da [te|Lei|Voi|voi] indicata posso far[ti|Le|Vi|vi] avere {{offer}}; il resto arriverà alla scadenza originaria.',
          'Entro la data da [te|Lei|Voi|voi] indicata posso far[ti|Le|Vi|vi] avere una prima parte; il resto arriverà alla scadenza originaria.'],
      ),
    },
    nextStep: tones(
      ['[Dimmi|Mi dica|Ditemi] pure se questa soluzione fa al caso [tuo|Suo|Vostro|vostro].',
        'Se [ti|Le|Vi|vi] va bene, [fammelo|me lo faccia|fatemelo] sapere e mi organizzo così.'],
      ['[Fammi|Mi faccia|Fatemi] sapere se questa soluzione [ti|Le|Vi|vi] va bene, così pianifico le prossime fasi.',
        'Con una [tua|Sua|Vostra|vostra] conferma, organizzo il calendario in questo modo.'],
      ['Attendo una [tua|Sua|Vostra|vostra] conferma per procedere così.', 'Con la [tua|Sua|Vostra|vostra] conferma, aggiorno il calendario.'],
    ),
    door: tones(
      ['Intanto proseguo secondo i tempi stabiliti; se [hai|ha|avete] domande sulle prossime fasi, [scrivimi|mi scriva|scrivetemi] pure.',
        'Se [vuoi|vuole|volete], possiamo sentirci per fare il punto sulle fasi che mancano.'],
      ['Proseguo secondo i tempi stabiliti e [resto a disposizione|resto a Sua disposizione|resto a Vostra disposizione|resto a disposizione] per qualsiasi domanda sul calendario.',
        'Se [vuoi|vuole|volete], possiamo fare il punto sulle fasi che mancano.'],
      ['Proseguo secondo i tempi stabiliti. Per domande sulle prossime fasi [puoi|può|potete] scrivermi.',
        'Per domande sulle fasi che mancano [puoi|può|potete] scrivermi.'],
    ),
  },

  'out-of-scope': {
    opening: tones(
      ['grazie per avermi scritto di questa nuova esigenza.', '[ti|La|Vi|vi] ringrazio per avermi spiegato cosa [ti|Le|Vi|vi] servirebbe in più.'],
      ['grazie per avermi segnalato questa nuova esigenza.', '[ti|La|Vi|vi] ringrazio per avermi informato di questa necessità.'],
      ['ho letto la [tua|Sua|Vostra|vostra] nuova richiesta.', 'rispondo alla [tua|Sua|Vostra|vostra] richiesta aggiuntiva.'],
    ),
    empathy: ['Capisco che sarebbe pratico affidare anche questo a chi conosce già il progetto.',
      'Mi fa piacere che [tu abbia|abbia|abbiate] pensato a me anche per questo.'],
    decision: tones(
      ["Purtroppo non posso includere questa attività nell'incarico attuale.", 'Purtroppo non posso occuparmi di questa attività in più senza rivedere le condizioni del nostro accordo.'],
      ["Non posso includere questa attività nell'incarico in corso.", 'Non posso aggiungere questa attività all\'incarico in corso.'],
      ['Non posso includere questa attività nel progetto in corso.', "Non posso svolgere questa attività nell'ambito del lavoro concordato."],
    ),
    explained: tones(
      ["Purtroppo non posso includere questa attività nell'incarico attuale, perché non rientra in quanto abbiamo concordato e richiederebbe tempi e compenso diversi.",
        'Purtroppo non posso occuparmi di questa attività in più senza rivedere le condizioni, perché va oltre quanto abbiamo concordato.'],
      ["Non posso includere questa attività nell'incarico in corso, perché non fa parte di quanto abbiamo concordato.",
        'Non posso aggiungere questa attività all\'incarico in corso, perché non era prevista nel nostro accordo.'],
      ['Non posso includere questa attività nel progetto in corso: non fa parte del nostro accordo.',
        'Questa attività esula dal nostro accordo e non posso svolgerla alle condizioni attuali.'],
    ),
    alternatives: {
      'separate-quote': tones(
        ['Se [ti|Le|Vi|vi] interessa, posso occuparmene volentieri a parte, alla mia tariffa di {{rate}}.',
          'Se [ti|Le|Vi|vi] interessa, posso preparar[ti|Le|Vi|vi] volentieri un preventivo a parte.'],
        ['Posso invece gestirla come lavoro separato, alla tariffa di {{rate}}.',
          'Posso invece preparar[ti|Le|Vi|vi] un preventivo separato.'],
        ['Posso preparar[ti|Le|Vi|vi] un preventivo separato, calcolato sulla mia tariffa di {{rate}}.', 'Posso preventivarla come lavoro separato.'],
      ),
    },
    nextStep: tones(
      ['[Dimmi|Mi dica|Ditemi] se [vuoi|vuole|volete] procedere; nel frattempo porto avanti il resto come previsto.',
        'Se [ti|Le|Vi|vi] va bene, [fammelo|me lo faccia|fatemelo] sapere e [ti|Le|Vi|vi] mando i dettagli.'],
      ['[Fammi|Mi faccia|Fatemi] sapere se [ti|Le|Vi|vi] interessa; intanto proseguo con le fasi già previste.',
        'Se [ti|Le|Vi|vi] va bene, [fammelo|me lo faccia|fatemelo] sapere e mi organizzo di conseguenza.'],
      ['Se [ti|Le|Vi|vi] interessa, [fammelo|me lo faccia|fatemelo] sapere.', '[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] procedere in questo modo.'],
    ),
    door: tones(
      ['Intanto porto avanti il resto come previsto; per qualsiasi dubbio [scrivimi|mi scriva|scrivetemi] pure.',
        'Se più avanti [vorrai|vorrà|vorrete] valutarla separatamente, ne parleremo volentieri.'],
      ['Intanto porto avanti le fasi già previste; per qualsiasi domanda [resto a disposizione|resto a Sua disposizione|resto a Vostra disposizione|resto a disposizione].',
        'Se [vuoi|vuole|volete], possiamo valutarla separatamente.'],
      ['Proseguo con le fasi già previste. Per domande [puoi|può|potete] scrivermi.', 'Intanto completo le fasi già concordate; per chiarimenti [scrivimi|mi scriva|scrivetemi] pure.'],
    ),
  },

  'not-my-specialty': {
    opening: tones(
      ['grazie per aver pensato a me e per avermi spiegato la [tua|Sua|Vostra|vostra] esigenza.', '[ti|La|Vi|vi] ringrazio per il messaggio e per la descrizione chiara della [tua|Sua|Vostra|vostra] esigenza.'],
      ['grazie per avermi descritto la [tua|Sua|Vostra|vostra] esigenza.', '[ti|La|Vi|vi] ringrazio per aver pensato a me.'],
      ['ho letto la [tua|Sua|Vostra|vostra] richiesta.', 'ho valutato il lavoro che [mi hai|mi ha|mi avete] descritto.'],
    ),
    empathy: ['Preferisco risponder[ti|Le|Vi|vi] con franchezza.',
      'Preferisco dir[ti|Le|Vi|vi] subito come stanno le cose.'],
    decision: tones(
      ['Purtroppo non sono la persona giusta per questo incarico.', 'Purtroppo non posso accettare questo incarico.'],
      ['Non posso accettare questo incarico.', 'Non sono la persona giusta per questo incarico.'],
      ['Non posso occuparmi di questo incarico.', 'Questo incarico non posso accettarlo.'],
    ),
    explained: tones(
      ["Purtroppo non sono la persona giusta per questo incarico, perché è fuori dalla mia specializzazione e non potrei garantir[ti|Le|Vi|vi] un risultato all'altezza.",
        'Purtroppo non posso accettare questo incarico, perché richiede competenze che esulano dal mio settore.'],
      ["Non posso accettare questo incarico, dato che esula dalla mia specializzazione e non potrei garantire un risultato all'altezza.",
        'Non sono la persona giusta per questo incarico, perché richiede competenze diverse dalle mie e [ti|Le|Vi|vi] serve qualcuno con esperienza specifica.'],
      ['Non posso occuparmi di questo incarico, perché è fuori dalla mia specializzazione.',
        'Questo incarico non posso accettarlo: richiede competenze che esulano dal mio settore.'],
    ),
    alternatives: {
      referral: tones(
        ['[Ti|Le|Vi|Vi] consiglio di sentire {{referralName}} ({{referralContact}}), di cui mi fido: è proprio il suo campo.',
          '[Ti|Le|Vi|Vi] consiglio di sentire {{referralName}}, di cui mi fido: è proprio il suo campo.',
          '[Ti|Le|Vi|Vi] passo il contatto di una persona di cui mi fido e che conosce bene questo campo: {{referralContact}}.',
          'Se [ti|Le|Vi|vi] è utile, posso indicar[ti|Le|Vi|vi] qualcuno che conosce bene questo campo.'],
        ['[Ti|Le|Vi|Vi] suggerisco di rivolger[ti|si|Vi|vi] a {{referralName}} ({{referralContact}}), che lavora proprio in questo campo.',
          '[Ti|Le|Vi|Vi] suggerisco di rivolger[ti|si|Vi|vi] a {{referralName}}, che lavora proprio in questo campo.',
          '[Ti|Le|Vi|Vi] segnalo un contatto che lavora proprio in questo campo: {{referralContact}}.',
          'Posso indicar[ti|Le|Vi|vi] qualcuno che lavora proprio in questo campo.'],
        ['[Puoi|Può|Potete] rivolger[ti|si|Vi|vi] a {{referralName}} ({{referralContact}}), che lavora in questo campo.',
          '[Ti|Le|Vi|Vi] indico {{referralName}}, che lavora in questo campo.',
          '[Ti|Le|Vi|Vi] indico un contatto di chi lavora in questo campo: {{referralContact}}.',
          'Posso indicar[ti|Le|Vi|vi] chi lavora in questo campo.'],
      ),
      'free-resources': tones(
        ['Se [vuoi|vuole|volete] orientar[ti|si|Vi|vi] in autonomia, [ti|Le|Vi|vi] suggerisco di partire da {{resources}}.',
          'Se [ti|Le|Vi|vi] è utile, posso indicar[ti|Le|Vi|vi] qualche risorsa gratuita per muovere i primi passi in autonomia.'],
        ['Come primo riferimento [ti|Le|Vi|vi] segnalo {{resources}}.',
          'Per un primo orientamento posso segnalar[ti|Le|Vi|vi] qualche materiale gratuito.'],
        ['[Puoi|Può|Potete] partire da {{resources}}.', "Posso indicar[ti|Le|Vi|vi] qualche risorsa gratuita sull'argomento."],
      ),
    },
    nextStep: {
      referral: tones(
        ['[Ti|Le|Vi|Vi] auguro buon lavoro con il progetto; se in futuro [avrai|avrà|avrete] bisogno di qualcosa nel mio settore, sarò felice di risentir[ti|La|Vi|vi].',
          "Spero che l'indicazione [ti|Le|Vi|vi] sia utile; per progetti nel mio settore [resto a disposizione|resto a Sua disposizione|resto a Vostra disposizione|resto a disposizione]."],
        ['[Ti|Le|Vi|Vi] auguro buon lavoro; per progetti nel mio settore [resto a disposizione|resto a Sua disposizione|resto a Vostra disposizione|resto a disposizione].',
          'Per progetti nel mio settore sarà un piacere risentir[ti|La|Vi|vi].'],
        ['[Ti|Le|Vi|Vi] auguro buon lavoro. Per progetti nel mio settore resto disponibile.',
          'Per progetti nel mio settore [scrivimi|mi scriva|scrivetemi] pure.'],
      ),
      'free-resources': tones(
        ['Se in futuro [avrai|avrà|avrete] bisogno di qualcosa nel mio settore, [scrivimi|mi scriva|scrivetemi] pure.',
          'Per progetti nel mio settore, invece, sarò felice di risentir[ti|La|Vi|vi].'],
        ["Spero che l'indicazione [ti|Le|Vi|vi] sia utile; per progetti nel mio settore [resto a disposizione|resto a Sua disposizione|resto a Vostra disposizione|resto a disposizione].",
          'Per progetti nel mio settore, invece, sarà un piacere risentir[ti|La|Vi|vi].'],
        ['Per progetti nel mio settore resto disponibile.', 'Per progetti nel mio settore, invece, [scrivimi|mi scriva|scrivetemi] pure.'],
      ),
    },
    door: tones(
      ['Se in futuro [avrai|avrà|avrete] bisogno di qualcosa nel mio settore, sarò felice di parlarne.',
        'Per progetti nel mio settore mi farà piacere risentir[ti|La|Vi|vi].'],
      ['Per progetti nel mio settore [resto a disposizione|resto a Sua disposizione|resto a Vostra disposizione|resto a disposizione].', 'Per progetti nel mio settore sarà un piacere risentir[ti|La|Vi|vi].'],
      ['Per progetti nel mio settore [puoi|può|potete] scrivermi.', 'Resto disponibile per progetti nel mio settore.'],
    ),
  },

  'extra-revisions': {
    opening: tones(
      ['grazie per i commenti.', '[ti|La|Vi|vi] ringrazio per le osservazioni.'],
      ['grazie per il riscontro.', '[ti|La|Vi|vi] ringrazio per le nuove indicazioni che [mi hai|mi ha|mi avete] inviato.'],
      ['ho letto i [tuoi|Suoi|Vostri|vostri] commenti.', '[ti|Le|Vi|vi] rispondo sui commenti che [mi hai|mi ha|mi avete] inviato.'],
    ),
    empathy: ['Capisco che [tu voglia|voglia|vogliate] un risultato che [ti|La|Vi|vi] convinca fino in fondo.',
      'Capisco che [vorresti|vorrebbe|vorreste] rivedere altri punti.'],
    decision: tones(
      ['Purtroppo non posso includere queste richieste nel compenso concordato.', 'Purtroppo non posso fare altre modifiche oltre a quelle previste.'],
      ['Non posso includere queste richieste nel compenso concordato.', 'Non posso apportare ulteriori modifiche.'],
      ['Queste richieste non posso includerle nel compenso concordato.', 'Altre modifiche non posso farle.'],
    ),
    // The policy is the user's own words ("un giro di revisioni", "tre giri di modifiche"): nothing agrees
    // with it, and no frame repeats its words (revisioni, modifiche, giri).
    explained: tones(
      ["Purtroppo non posso includere queste richieste nel compenso concordato, perché il nostro accordo prevede {{policy}} e con l'ultimo invio siamo arrivati a quel limite.",
        "Purtroppo non posso fare altre modifiche oltre a quelle previste, perché il compenso comprende {{policy}} e con l'ultimo invio siamo arrivati a quel limite.",
        "Purtroppo non posso includere queste richieste nel compenso concordato, perché con l'ultimo invio abbiamo completato quanto previsto dal nostro accordo.",
        'Purtroppo non posso fare altre modifiche oltre a quelle previste, perché ho già svolto tutte le revisioni comprese nel compenso.'],
      ["Non posso includere queste richieste nel compenso concordato, dato che il nostro accordo prevede {{policy}} e con l'ultimo invio siamo arrivati a quel limite.",
        "Non posso apportare ulteriori modifiche, perché il compenso comprende {{policy}} e con l'ultimo invio siamo arrivati a quel limite.",
        "Non posso includere queste richieste nel compenso concordato, perché con l'ultimo invio abbiamo completato quanto previsto.",
        'Non posso apportare ulteriori modifiche, perché ho già svolto tutte le revisioni incluse nel compenso.'],
      ["Queste richieste non posso includerle nel compenso concordato. L'accordo prevede {{policy}}, e con l'ultimo invio siamo arrivati a quel limite.",
        "Altre modifiche non posso farle. Il nostro accordo prevede {{policy}}, e con l'ultimo invio siamo arrivati a quel limite.",
        "Queste richieste non posso includerle nel compenso concordato. Con l'ultimo invio abbiamo completato quanto previsto dall'accordo.",
        "Altre modifiche non posso farle: le revisioni previste dall'accordo si sono concluse con l'ultimo invio."],
    ),
    alternatives: {
      'paid-extra': tones(
        ['Posso occuparmene volentieri a parte, alla tariffa di {{rate}}.',
          'Posso occuparmene volentieri a parte, con un preventivo dedicato.'],
        ['Posso però occuparmi delle correzioni come lavoro extra, fatturato a parte a {{rate}}.',
          'Posso però occuparmi delle correzioni come lavoro extra, con un preventivo dedicato.'],
        ['Posso occuparmene a pagamento, a {{rate}}.', 'Posso occuparmene a pagamento, con un preventivo a parte.'],
      ),
    },
    nextStep: tones(
      ['[Fammi|Mi faccia|Fatemi] sapere se [preferisci|preferisce|preferite] procedere così o tenere la versione che [hai|ha|avete] già.',
        "[Dimmi|Mi dica|Ditemi] se [vuoi|vuole|volete] che proceda in questo modo: in quel caso mi metto subito all'opera."],
      ['[Dimmi|Mi dica|Ditemi] se [vuoi|vuole|volete] procedere o tenere la versione che [hai|ha|avete] già.',
        'Se [vuoi|vuole|volete] che proceda su questa base, mi basta una [tua|Sua|Vostra|vostra] conferma.'],
      ['Attendo una [tua|Sua|Vostra|vostra] conferma scritta per procedere.',
        'Se [preferisci|preferisce|preferite] tenere la versione consegnata, la considero definitiva.'],
    ),
    door: tones(
      ['Se [preferisci|preferisce|preferite], possiamo considerare definitiva la versione consegnata e chiudere qui questa fase.',
        "La versione consegnata è pronta per essere usata così com'è; per qualsiasi domanda [resto a disposizione|resto a Sua disposizione|resto a Vostra disposizione|resto a disposizione]."],
      ['La versione consegnata resta quella di riferimento; per qualsiasi domanda [resto a disposizione|resto a Sua disposizione|resto a Vostra disposizione|resto a disposizione].',
        'Se [ti|Le|Vi|vi] va bene, possiamo considerare definitiva la versione consegnata e passare alla fase successiva.'],
      ['Considero definitiva la versione consegnata. Per qualsiasi domanda resto disponibile.',
        'Per domande sulla versione consegnata [puoi|può|potete] scrivermi.'],
    ),
  },

  'unrealistic-expectations': {
    opening: tones(
      ['grazie per avermi spiegato cosa [ti aspetti|si aspetta|Vi aspettate|vi aspettate] da questo progetto.',
        'grazie per avermi raccontato i [tuoi|Suoi|Vostri|vostri] obiettivi.'],
      ['grazie per avermi illustrato i [tuoi|Suoi|Vostri|vostri] obiettivi.', '[ti|La|Vi|vi] ringrazio per avermi spiegato cosa [ti aspetti|si aspetta|Vi aspettate|vi aspettate] da questo progetto.'],
      ['ho letto gli obiettivi che [mi hai|mi ha|mi avete] indicato.', 'ho valutato cosa [ti aspetti|si aspetta|Vi aspettate|vi aspettate] da questo progetto.'],
    ),
    empathy: ['È giusto puntare in alto, e capisco che [tu voglia|voglia|vogliate] il massimo.',
      'Capisco che [tu abbia|abbia|abbiate|abbiate] grandi ambizioni, ed è giusto così.'],
    decision: tones(
      ['Purtroppo non posso promettere risultati come quelli che [mi descrivi|mi descrive|mi descrivete].', 'Purtroppo non posso garantir[ti|Le|Vi|vi] risultati di questo livello.'],
      ['Non posso promettere risultati come quelli che [mi descrivi|mi descrive|mi descrivete].', 'Non posso garantire risultati di questo livello.'],
      ['Risultati come quelli che [mi descrivi|mi descrive|mi descrivete] non posso prometterli.', 'Non sono in grado di garantire risultati di questo livello.'],
    ),
    explained: tones(
      ['Purtroppo non posso promettere risultati come quelli che [mi descrivi|mi descrive|mi descrivete]: con i mezzi e le scadenze previsti non sono realistici, e preferisco dirlo subito piuttosto che deluder[ti|La|Vi|vi] dopo.',
        'Purtroppo non posso garantir[ti|Le|Vi|vi] risultati di questo livello, perché dipendono anche da fattori esterni che nessuno può controllare.'],
      ['Non posso promettere risultati come quelli che [mi descrivi|mi descrive|mi descrivete], perché con i mezzi e i tempi previsti non sono raggiungibili.',
        'Non posso garantire risultati di questo livello, dato che dipendono anche da elementi esterni al mio lavoro.'],
      ['Risultati come quelli che [mi descrivi|mi descrive|mi descrivete] non posso prometterli. Con i mezzi e i tempi previsti non sono raggiungibili.',
        'Non sono in grado di garantire risultati di questo livello, perché dipendono da fattori che nessuno controlla.'],
    ),
    alternatives: {
      'smaller-scope': tones(
        ['Come punto di partenza posso propor[ti|Le|Vi|vi] {{offer}}, per poi valutare insieme come proseguire.',
          'Posso propor[ti|Le|Vi|vi] un primo intervento più circoscritto, per poi valutare insieme come proseguire.'],
        ['Possiamo invece partire da {{offer}}, su cui posso prendere impegni precisi.',
          'Possiamo invece partire da una fase più contenuta, su cui posso prendere impegni precisi.'],
        ['Come punto di partenza posso propor[ti|Le|Vi|vi] {{offer}}.', 'Posso propor[ti|Le|Vi|vi] un intervento più circoscritto.'],
      ),
      'what-i-can-do': tones(
        ['Posso invece impegnarmi su {{offer}}, mettendo per iscritto cosa consegnerò.',
          'Posso invece propor[ti|Le|Vi|vi] traguardi concreti, che so di poter raggiungere.'],
        ['Su {{offer}}, invece, posso prendere impegni precisi.',
          'Posso invece mettere per iscritto ciò che posso ottenere davvero.'],
        ['Posso impegnarmi su {{offer}}.', 'Posso impegnarmi su traguardi concreti e misurabili.'],
      ),
    },
    nextStep: tones(
      ['Se [ti|Le|Vi|vi] sembra una buona base, [fammelo|me lo faccia|fatemelo] sapere e [ti|Le|Vi|vi] mando tempi e costi.',
        '[Dimmi|Mi dica|Ditemi] cosa [ne pensi|ne pensa|ne pensate]: se [ti|Le|Vi|vi] convince, fissiamo subito i dettagli.'],
      ['[Fammi|Mi faccia|Fatemi] sapere se [ti|Le|Vi|vi] interessa: in quel caso [ti|Le|Vi|vi] invio tempi e costi.',
        'Se [vuoi|vuole|volete] procedere, [ti|Le|Vi|vi] mando un piano con tempi e costi.'],
      ['Se [ti|Le|Vi|vi] interessa, [ti|Le|Vi|vi] invio tempi e costi.', 'Con una [tua|Sua|Vostra|vostra] conferma, definiamo tempi e costi.'],
    ),
    door: tones(
      ['Se [vorrai|vorrà|vorrete] ridefinire insieme i traguardi, sarò felice di aiutar[ti|La|Vi|vi].',
        'Se [vorrai|vorrà|vorrete] partire da traguardi più contenuti, mi farà piacere parlarne.'],
      ['Se [vorrai|vorrà|vorrete] ridefinire i traguardi, [resto a disposizione|resto a Sua disposizione|resto a Vostra disposizione|resto a disposizione].', 'Se [vorrai|vorrà|vorrete] fissare obiettivi diversi, sarò felice di riparlarne.'],
      ['Se [vorrai|vorrà|vorrete] ridefinire i traguardi, [puoi|può|potete] riscrivermi.', 'Su obiettivi più contenuti resto disponibile a un confronto.'],
    ),
  },

  'partial-yes': {
    opening: tones(
      ['grazie per aver pensato a me.', '[ti|La|Vi|vi] ringrazio per avermi spiegato nel dettaglio cosa [ti serve|Le serve|Vi serve|vi serve].'],
      ['grazie per la richiesta e per le informazioni che [mi hai|mi ha|mi avete] mandato.', '[ti|La|Vi|vi] ringrazio per la descrizione dettagliata di ciò che [ti serve|Le serve|Vi serve|vi serve].'],
      ['ho esaminato la [tua|Sua|Vostra|vostra] richiesta nel dettaglio.', 'ho valutato punto per punto la [tua|Sua|Vostra|vostra] richiesta.'],
    ),
    empathy: ['La [tua|Sua|Vostra|vostra] richiesta è chiara, e l\'ho valutata con cura.',
      'Ho valutato con cura ogni punto della descrizione, per capire quali attività posso seguire io.'],
    // The part declined is the user's words ("la gestione dei social", "i report settimanali"): no verb or
    // pronoun agrees with it ("si tratta di", "la parte relativa a").
    decision: tones(
      ['Purtroppo non posso occuparmi di {{declined}}.', 'Purtroppo non posso prendere in carico {{declined}}.',
        'Purtroppo non posso occuparmi di tutte le attività richieste.', 'Purtroppo non posso seguire il progetto per intero.'],
      ['Non posso prendere in carico {{declined}}.', 'Per {{declined}} non sono disponibile.',
        'Non posso prendere in carico tutte le attività richieste.', 'Non posso seguire il progetto nella sua interezza.'],
      ['Non posso occuparmi di {{declined}}.', 'Non posso seguire la parte relativa a {{declined}}.',
        'Non posso occuparmi dell\'intero progetto.', 'Non posso seguire tutte le attività richieste.'],
    ),
    explained: tones(
      ['Purtroppo non posso occuparmi di {{declined}}, perché si tratta di un ambito che non rientra nei servizi che offro.',
        'Purtroppo non posso prendere in carico {{declined}}: i servizi che offro coprono altri ambiti.',
        'Purtroppo non posso occuparmi di tutte le attività richieste, perché alcune non rientrano nei servizi che offro.',
        'Purtroppo non posso seguire il progetto per intero, perché alcune attività esulano dai servizi che offro.'],
      ['Non posso prendere in carico {{declined}}, perché si tratta di un ambito esterno ai servizi che offro.',
        'Per {{declined}} non sono disponibile, dato che i servizi che offro coprono altri ambiti.',
        'Non posso prendere in carico tutte le attività richieste, perché alcune non rientrano nei servizi che offro.',
        'Non posso seguire il progetto nella sua interezza, dato che alcune attività esulano dai miei servizi.'],
      ['Non posso occuparmi di {{declined}}. I servizi che offro coprono altri ambiti.',
        'Non posso seguire la parte relativa a {{declined}}, perché esula dai servizi che offro.',
        'Non posso occuparmi dell\'intero progetto: alcune attività esulano dai servizi che offro.',
        'Non posso seguire tutte le attività richieste, perché alcune non rientrano nei miei servizi.'],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ['Per {{offer}}, invece, [puoi|può|potete] contare su di me.', 'Posso invece curare volentieri {{offer}}.',
          'Per il resto del lavoro, invece, [puoi|può|potete] contare su di me.', 'Posso invece occuparmi volentieri del resto del lavoro.'],
        ['Posso invece curare {{offer}}.', 'Posso invece realizzare {{offer}}.',
          'Posso invece occuparmi del resto del lavoro.', 'Le altre attività, invece, posso seguirle io.'],
        ['Posso curare {{offer}}.', 'Posso invece fornire {{offer}}.',
          'Posso seguire le altre attività richieste.', 'Il resto del lavoro posso svolgerlo io.'],
      ),
    },
    nextStep: tones(
      ['Se [ti|Le|Vi|vi] va bene procedere così, [ti|Le|Vi|vi] preparo un preventivo con tempi e costi.',
        '[Fammi|Mi faccia|Fatemi] sapere se [ti|Le|Vi|vi] interessa, così ne definiamo insieme tempi e costi.'],
      ['Se [ti|Le|Vi|vi] interessa, [ti|Le|Vi|vi] invio un preventivo con tempi e costi.',
        '[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] procedere su questa base: in quel caso [ti|Le|Vi|vi] preparo un preventivo.'],
      ['Se [ti|Le|Vi|vi] interessa, [ti|Le|Vi|vi] mando il preventivo.',
        'Con una [tua|Sua|Vostra|vostra] conferma, preparo il preventivo.'],
    ),
  },

  'buy-time': {
    opening: tones(
      ['grazie per avermi scritto e per le informazioni che [mi hai|mi ha|mi avete] inviato sul progetto.', '[ti|La|Vi|vi] ringrazio per la proposta e per la fiducia.'],
      ['grazie per il messaggio e per le informazioni sul progetto.', '[ti|La|Vi|vi] ringrazio per la proposta e per le spiegazioni.'],
      ['ho letto il [tuo|Suo|Vostro|vostro] messaggio con le informazioni sul progetto.', 'rispondo alla [tua|Sua|Vostra|vostra] proposta.'],
    ),
    empathy: ['Capisco che [ti|Le|Vi|vi] serva sapere presto come procedere, e non voglio tener[ti|La|Vi|vi] in sospeso più del necessario.', 'So che [vorresti|vorrebbe|vorreste] chiudere presto la questione: [ti|Le|Vi|Vi] chiedo qualche giorno di pazienza.'],
    decision: tones(
      ['Prima di impegnarmi preferisco valutare con calma tutti gli aspetti.',
        'Non voglio decidere su due piedi: preferisco prendermi il tempo di valutare bene ogni aspetto.'],
      ['Prima di decidere ho bisogno di qualche giorno.', 'Preferisco non decidere su due piedi.'],
      ['Non posso decidere subito.', 'Non posso decidere su due piedi.'],
    ),
    explained: tones(
      ['Prima di impegnarmi preferisco valutare tutto con calma, così da prendere una decisione su cui [tu possa|possa|possiate] contare davvero.',
        'Non voglio decidere su due piedi: è una scelta importante e preferisco prendermi il tempo di valutare bene ogni aspetto.'],
      ['Prima di decidere ho bisogno di qualche giorno, perché voglio esaminare con attenzione tutti gli aspetti.',
        'Preferisco non decidere su due piedi, dato che una scelta di questo tipo merita una valutazione a mente fredda.'],
      ['Non posso decidere subito. Prima di impegnarmi devo valutare ogni aspetto.',
        'Non posso decidere su due piedi: una scelta di questo tipo richiede una valutazione a mente fredda.'],
    ),
    alternatives: {
      'reply-by': tones(
        ['[Ti|Le|Vi|Vi] darò una risposta definitiva per {{date}}.',
          '[Ti|Le|Vi|Vi] darò una risposta definitiva nei prossimi giorni.'],
        ['[Ti|Le|Vi|Vi] manderò una risposta scritta per {{date}}.', '[Ti|Le|Vi|Vi] risponderò per iscritto nei prossimi giorni.'],
        ['[Avrai|Avrà|Avrete] la mia risposta via email per {{date}}.', '[Avrai|Avrà|Avrete] la mia risposta via email nei prossimi giorni.'],
      ),
    },
    nextStep: tones(
      ['Se nel frattempo [vuoi|vuole|volete] aggiungere qualche dettaglio, [mandamelo|me lo mandi|mandatemelo] pure.',
        'Intanto, ogni elemento in più che [vorrai|vorrà|vorrete] mandarmi mi sarà utile.'],
      ['Nel frattempo, se ci sono altri dettagli da considerare, [puoi|può|potete] inviarmeli per email.',
        'Se ci sono altri elementi da tenere presenti, [mandameli|me li mandi|mandatemeli] pure.'],
      ['Eventuali altri dettagli [puoi|può|potete] mandarmeli nel frattempo.', 'Se nel frattempo [hai|ha|avete] altri dettagli, [puoi|può|potete] inviarmeli.'],
    ),
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
