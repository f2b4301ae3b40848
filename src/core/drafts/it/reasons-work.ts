// Italian parts for reasons about time and scope. [tu|Lei|voi|voi]; the body's first word is
// lowercase after the greeting's comma, except a courtesy pronoun (La ringrazio, vi ringrazio).
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const workReasons = {
  'schedule-full': {
    opening: tones(
      ['[ti ringrazio|La ringrazio|vi ringrazio|grazie mille] per la proposta.', 'grazie per il messaggio e per avermi <m:coinvolto|coinvolta>.'],
      ['grazie per la [tua|Sua|vostra|vostra] proposta di collaborazione.', '[ti ringrazio|La ringrazio|vi ringrazio|grazie] per avermi scritto.'],
      ['grazie per la proposta di collaborazione.', '[ti ringrazio|La ringrazio|vi ringrazio|grazie] per avermi scritto.'],
    ),
    empathy: ['[Ti|Le|Vi|Vi] rispondo subito, così [puoi|può|potete] organizzar[ti|si|vi|vi] per tempo.'],
    decision: tones(
      ['Purtroppo al momento non posso accettare nuovi incarichi.', 'Purtroppo per ora non riesco a prendere in carico il progetto.'],
      ['Al momento non posso accettare nuovi incarichi.', 'Per ora non posso prendere in carico il progetto.'],
      ["<a:later-date>Per ora non posso accettare l'incarico.", "Non posso accettare l'incarico.", 'Al momento non posso seguire questo incarico.'],
    ),
    explained: tones(
      ['Purtroppo al momento non posso accettare nuovi incarichi: i clienti che seguo occupano già tutta la mia agenda, e non riuscirei a dedicar[ti|Le|vi|vi] il tempo necessario.',
        'Purtroppo per ora non riesco a prendere in carico il progetto, perché gli impegni già presi con altri clienti occupano tutte le mie giornate.'],
      ['Per ora non posso prendere in carico il progetto, perché gli impegni con i clienti attuali assorbono tutto il mio tempo.'],
      ["Per ora non posso accettare l'incarico. Gli impegni in corso occupano tutta la mia agenda.",
        'Al momento non posso seguire questo incarico: gli impegni già presi occupano tutto il mio tempo.'],
    ),
    alternatives: {
      'later-date': tones(
        ['Se i [tuoi|Suoi|vostri|vostri] tempi lo permettono, sarei felice di mettermi al lavoro da {{date}}.',
          'Se la partenza può slittare, possiamo fissare insieme una data di avvio successiva.'],
        ['Se i [tuoi|Suoi|vostri|vostri] tempi lo consentono, potrei mettermi al lavoro da {{date}}.',
          'Se la partenza può slittare, posso indicar[ti|Le|vi|vi] la mia prima data utile.'],
        ['Sono disponibile a partire da {{date}}.', 'Potrei iniziare più avanti, quando si libererà spazio nel calendario.'],
      ),
      referral: tones(
        ['[Ti|Le|Vi|Vi] segnalo volentieri {{referralName}} ({{referralContact}}), di cui conosco e apprezzo il lavoro.',
          '<n:referralContact>[Ti|Le|Vi|Vi] segnalo volentieri {{referralName}}, di cui conosco e apprezzo il lavoro: se [vuoi|vuole|volete], [ti|Le|vi|vi] giro il suo contatto.',
          '[Ti|Le|Vi|Vi] passo volentieri il contatto di una persona di cui mi fido: {{referralContact}}.',
          'Se [ti|Le|vi|vi] è utile, posso indicar[ti|Le|vi|vi] una persona di fiducia che fa il mio stesso mestiere.'],
        ['[Ti|Le|Vi|Vi] segnalo {{referralName}} ({{referralContact}}), che fa il mio stesso mestiere.',
          '[Ti|Le|Vi|Vi] segnalo {{referralName}}, che fa il mio stesso mestiere e di cui mi fido.',
          '[Ti|Le|Vi|Vi] passo il recapito di una persona di fiducia che fa il mio stesso mestiere: {{referralContact}}.',
          'Posso indicar[ti|Le|vi|vi] un professionista che fa il mio stesso mestiere.'],
        ['[Ti|Le|Vi|Vi] segnalo {{referralName}} ({{referralContact}}), che lavora nel mio stesso settore.',
          '[Ti|Le|Vi|Vi] segnalo {{referralName}}, che lavora nel mio stesso settore.',
          '[Puoi|Può|Potete] scrivere a un contatto di fiducia nel mio stesso settore: {{referralContact}}.',
          'Posso indicar[ti|Le|vi|vi] un professionista che svolge la mia stessa attività.'],
      ),
    },
    nextStep: {
      'later-date': tones(
        ['[Dimmi|Mi dica|Ditemi] pure se questa soluzione può andar[ti|Le|vi|vi] bene.'],
        ['[Fammi|Mi faccia|Fatemi] sapere se questa possibilità può interessar[ti|Le|vi|vi].'],
        ["Attendo una [tua|Sua|vostra|vostra] conferma per fissare l'avvio.",
          '<n:date>Se [ti|Le|vi|vi] interessa, [fammelo|me lo faccia|fatemelo|fatemelo] sapere e [ti|Le|vi|vi] scrivo non appena avrò una data.'],
      ),
      referral: tones(
        ['[Ti|Le|Vi|Vi] auguro una buona partenza con il progetto, e mi farà piacere risentir[ti|La|vi|vi] in futuro.',
          'In bocca al lupo per il progetto; se in futuro [avrai|avrà|avrete] bisogno, mi farà piacere risentir[ti|La|vi|vi].'],
        ['Spero che il suggerimento [ti|Le|vi|vi] sia utile; per una prossima occasione resto a disposizione.',
          'In futuro sarò felice di risentir[ti|La|vi|vi]; intanto [ti|Le|vi|vi] auguro buon lavoro.',
          '<n:referralContact>Se [ti|Le|vi|vi] interessa, [ti|La|vi|vi] metto volentieri in contatto; per una prossima occasione resto a disposizione.'],
        ["Spero che l'indicazione [ti|Le|vi|vi] sia utile; per nuove richieste, in futuro, [scrivimi|mi scriva|scrivetemi|scrivetemi] pure.",
          '<n:referralContact>Se [ti|Le|vi|vi] interessa, [ti|La|vi|vi] metto in contatto. Per nuove richieste, in futuro, [scrivimi|mi scriva|scrivetemi|scrivetemi] pure.'],
      ),
    },
    door: tones(
      ['Se in futuro [avrai|avrà|avrete] altre idee da sviluppare, mi farà piacere risentir[ti|La|vi|vi].',
        'Se in futuro [avrai|avrà|avrete|avrete] altri progetti, [scrivimi|mi scriva|scrivetemi|scrivetemi] pure: mi farà piacere.'],
      ['Per una prossima occasione resto volentieri a [tua disposizione|Sua disposizione|vostra disposizione|disposizione].',
        'Se più avanti [vorrai|vorrà|vorrete] riparlarne, o [avrai|avrà|avrete] altre necessità, [scrivimi|mi scriva|scrivetemi|scrivetemi] pure.'],
      ['Se in futuro [avrai|avrà|avrete] un nuovo progetto, [scrivimi|mi scriva|scrivetemi] pure: sarò disponibile a valutarlo.', 'Per un progetto futuro [puoi|può|potete] ricontattarmi quando [vuoi|vuole|volete].'],
    ),
  },

  'deadline-too-tight': {
    opening: tones(
      ['grazie per avermi indicato con chiarezza i [tuoi|Suoi|vostri|vostri] tempi.'],
      ['[ti ringrazio|La ringrazio|vi ringrazio|grazie] per il messaggio.', '[ti ringrazio|La ringrazio|vi ringrazio|grazie] per avermi scritto a proposito dei tempi.'],
      ['grazie per avermi segnalato le [tue|Sue|vostre|vostre] esigenze sui tempi.', 'grazie per il [tuo|Suo|vostro|vostro] messaggio.'],
    ),
    empathy: ['Mi rendo conto che ricevere tutto prima [ti|Le|vi|vi] semplificherebbe le cose.'],
    decision: tones(
      ['Purtroppo non riesco a chiudere il lavoro in tempi più brevi.', 'Mi dispiace, ma non posso anticipare la consegna.'],
      ['Non mi è possibile chiudere il lavoro in tempi più brevi.', 'Non posso anticipare la consegna.'],
      ['Non posso anticipare la consegna.', 'Non posso consegnare il lavoro in tempi più brevi.'],
    ),
    explained: tones(
      ['Purtroppo non riesco a chiudere il lavoro in tempi più brevi: ogni parte va verificata con cura, e non voglio saltare questo passaggio.',
        'Mi dispiace, ma non posso anticipare la consegna: con meno tempo dovrei sacrificare le verifiche finali, e il risultato ne risentirebbe.'],
      ['Non mi è possibile chiudere il lavoro in tempi più brevi, perché gli ultimi giorni servono alle verifiche finali.',
        'Non posso anticipare la consegna senza ridurre i controlli finali, e la qualità del risultato ne risentirebbe.'],
      ['Non posso anticipare la consegna: i giorni previsti servono a fare un lavoro accurato, verifiche finali comprese.',
        'Non posso consegnare il lavoro in tempi più brevi: non resterebbe il tempo per i controlli finali.'],
    ),
    alternatives: {
      'later-date': tones(
        ['Posso invece far[ti|Le|vi|vi] avere tutto, già rivisto, entro {{date}}.',
          'Possiamo invece fissare insieme una nuova data di consegna che mi permetta di lavorare bene.'],
        ['Posso far[ti|Le|vi|vi] avere tutto, già rivisto, entro {{date}}.',
          'Possiamo invece fissare insieme una nuova data di consegna che mi permetta di lavorare bene.'],
        ['Posso invece far[ti|Le|vi|vi] avere tutto, già rivisto, entro {{date}}.', 'Possiamo invece fissare insieme una nuova data di consegna che mi permetta di lavorare bene.'],
      ),
      'smaller-scope': tones(
        ['Per la data che [mi chiedi|mi chiede|mi chiedete] posso far[ti|Le|vi|vi] avere {{offer}}, per poi completare tutto entro la scadenza originaria.',
          'Per la data che [mi chiedi|mi chiede|mi chiedete] posso però far[ti|Le|vi|vi] avere una prima parte, e il resto alla scadenza originaria.'],
        ['Per la data che [hai|ha|avete] indicato posso far[ti|Le|vi|vi] avere {{offer}}; alla scadenza originaria [riceverai|riceverà|riceverete] il progetto completo e rivisto.',
          'Per la data che [hai|ha|avete] indicato posso far[ti|Le|vi|vi] avere una prima parte; il resto seguirà alla scadenza originaria.'],
        ['Entro la data da [te|Lei|voi|voi] indicata posso invece far[ti|Le|vi|vi] avere {{offer}}; alla scadenza originaria [riceverai|riceverà|riceverete] il progetto completo e rivisto.',
          'Entro la data da [te|Lei|voi|voi] indicata posso invece far[ti|Le|vi|vi] avere una prima parte; il resto arriverà alla scadenza originaria.'],
      ),
    },
    nextStep: tones(
      ["Se [sei|è|siete] d'accordo, [fammelo|me lo faccia|fatemelo] sapere e mi organizzo di conseguenza.",
        '[Dimmi|Mi dica|Ditemi] pure se questa soluzione fa al caso [tuo|Suo|vostro|vostro].'],
      ['[Fammi|Mi faccia|Fatemi] sapere se questa soluzione [ti|Le|vi|vi] va bene, così pianifico le prossime fasi.'],
      ['Attendo una [tua|Sua|vostra|vostra] risposta per organizzarmi.'],
    ),
    door: tones(
      ['Proseguo quindi secondo il calendario previsto; per qualsiasi domanda sulle prossime fasi [resto a disposizione|resto a Sua disposizione|resto a vostra disposizione|resto a disposizione].',
        'Se [vuoi|vuole|volete], possiamo sentirci per fare il punto sulle fasi che mancano.'],
      ['Proseguo quindi secondo il calendario concordato e resto a disposizione per qualsiasi domanda sulle prossime fasi.',
        'Se [vuoi|vuole|volete], possiamo fare il punto sulle fasi che mancano.'],
      ['Proseguo quindi secondo il calendario concordato; per eventuali domande sulle prossime fasi [resto disponibile|resto a Sua disposizione|resto a vostra disposizione|resto disponibile].',
        'Per eventuali domande sul calendario resto a disposizione.'],
    ),
  },

  'out-of-scope': {
    opening: tones(
      ['grazie per avermi segnalato questa nuova esigenza.', '[ti ringrazio|La ringrazio|vi ringrazio|grazie] per la nuova richiesta.'],
      ['grazie per avermi segnalato questa nuova esigenza.', '[ti ringrazio|La ringrazio|vi ringrazio|grazie] per avermi segnalato questa esigenza.'],
      ['grazie per la richiesta aggiuntiva.', 'prendo nota della [tua|Sua|vostra|vostra] nuova richiesta.'],
    ),
    empathy: ['Capisco che anche questa parte sia importante per [te|Lei|voi|voi] e per il progetto.'],
    decision: tones(
      ["Purtroppo non posso includere questa attività nell'incarico attuale."],
      ["Non posso includere questa attività nell'incarico in corso.", "Non posso aggiungere questa attività all'incarico in corso."],
      ['Non posso includere questa attività nel progetto in corso.', "Non posso svolgere questa attività nell'ambito del lavoro concordato."],
    ),
    explained: tones(
      ["Purtroppo non posso includere questa attività nell'incarico attuale: non rientra in ciò che abbiamo concordato e richiederebbe tempi e compenso diversi."],
      ["Non posso includere questa attività nell'incarico in corso, perché non rientra in quello che abbiamo concordato.",
        "Non posso aggiungere questa attività all'incarico in corso, perché non era prevista nel nostro accordo."],
      ['Non posso includere questa attività nel progetto in corso: non fa parte del nostro accordo.'],
    ),
    alternatives: {
      'separate-quote': tones(
        ['Posso però occuparmene volentieri come lavoro a parte, alla mia tariffa di {{rate}}.',
          '[Ti|Le|Vi|Vi] preparo però volentieri un preventivo a parte.'],
        ['Posso invece gestirla come lavoro separato, alla tariffa di {{rate}}, con tempi da definire insieme.',
          'Posso invece preparar[ti|Le|vi|vi] un preventivo separato, con tempi e costi dedicati.'],
        ['Posso preparar[ti|Le|vi|vi] un preventivo separato, calcolato sulla mia tariffa di {{rate}}.', 'Posso invece preventivarla come lavoro separato.'],
      ),
    },
    nextStep: tones(
      ['[Fammi|Mi faccia|Fatemi] sapere se [ti|Le|vi|vi] interessa; nel frattempo proseguo come previsto.'],
      ['[Fammi|Mi faccia|Fatemi] sapere se [ti|Le|vi|vi] interessa; intanto proseguo con le fasi già previste.',
        'Se [mi confermi|mi conferma|mi confermate|mi confermate] che [ti|Le|vi|vi] interessa, [ti|Le|vi|vi] mando il dettaglio dei costi.',
        '<n:rate>[Fammi|Mi faccia|Fatemi] sapere se [ti|Le|vi|vi] interessa; intanto proseguo con le fasi già previste.',
        '<n:rate>Se [ti|Le|vi|vi] interessa, [fammelo|me lo faccia|fatemelo] sapere e [te lo|Glielo|ve lo|ve lo] mando.'],
      ['Se [ti|Le|vi|vi] interessa, [fammelo|me lo faccia|fatemelo] sapere.', '[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] procedere in questo modo.'],
    ),
    door: tones(
      ['Se [vuoi|vuole|volete] valutarla a parte, ne parliamo volentieri.'],
      ['Proseguo quindi con le fasi in programma e [resto a disposizione|resto a Sua disposizione|resto a vostra disposizione|resto a disposizione] per qualsiasi domanda.',
        'Se [vuoi|vuole|volete], possiamo valutarla più avanti come lavoro a parte.'],
      ['Se [vuoi|vuole|volete], possiamo valutarla a parte. Intanto proseguo con le fasi già stabilite.',
        'Se [vuoi|vuole|volete], possiamo valutarla a parte. Intanto le fasi già previste proseguono regolarmente.'],
    ),
  },

  'not-my-specialty': {
    opening: tones(
      ['grazie per aver pensato a me e per avermi spiegato la [tua|Sua|vostra|vostra] esigenza.'],
      ['grazie per il messaggio e per avermi spiegato la [tua|Sua|vostra|vostra] esigenza.', '[ti|La|vi|vi] ringrazio per aver pensato a me.'],
      ['grazie per avermi spiegato la [tua|Sua|vostra|vostra] richiesta.', '[ti ringrazio|La ringrazio|vi ringrazio|grazie] per la richiesta.'],
    ),
    decision: tones(
      ['Purtroppo non sono la persona giusta per questo incarico.', 'Purtroppo non posso accettare questo incarico.'],
      ['Non posso accettare questo incarico.', 'Non sono la persona giusta per questo incarico.'],
      ['Non posso occuparmi di questo incarico.', 'Non posso accettare questo incarico.'],
    ),
    explained: tones(
      ["Purtroppo non sono la persona giusta per questo incarico: non rientra nella mia specializzazione, e non potrei garantir[ti|Le|vi|vi] un risultato all'altezza."],
      ["Non posso accettare questo incarico, perché non rientra nella mia specializzazione e non potrei garantire un risultato all'altezza.",
        'Non sono la persona giusta per questo incarico, perché richiede competenze specifiche che non ho.'],
      ['Non posso occuparmi di questo incarico, perché non rientra nella mia specializzazione.',
        'Non posso accettare questo incarico. Servono competenze diverse dalle mie.'],
    ),
    alternatives: {
      referral: tones(
        ['[Ti|Le|Vi|Vi] consiglio di contattare {{referralName}} ({{referralContact}}), che conosce bene questo campo.',
          '[Ti|Le|Vi|Vi] consiglio di contattare {{referralName}}, che conosce bene questo campo: se [vuoi|vuole|volete], [ti|Le|vi|vi] passo volentieri il recapito.',
          '[Ti|Le|Vi|Vi] passo un contatto che conosce bene questo campo: {{referralContact}}.',
          'Se [ti|Le|vi|vi] è utile, posso indicar[ti|Le|vi|vi] qualcuno che conosce bene questo campo.'],
        ['[Ti|Le|Vi|Vi] suggerisco di rivolger[ti|si|vi|vi] a {{referralName}} ({{referralContact}}), che lavora proprio in questo campo.',
          '[Ti|Le|Vi|Vi] suggerisco di rivolger[ti|si|vi|vi] a {{referralName}}, che lavora proprio in questo campo: se [vuoi|vuole|volete], [ti|Le|vi|vi] passo il recapito.',
          '[Ti|Le|Vi|Vi] segnalo il recapito di una persona che lavora proprio in questo campo: {{referralContact}}.',
          'Se [ti|Le|vi|vi] può essere utile, posso indicar[ti|Le|vi|vi] una persona che lavora proprio in questo campo.'],
        ['[Puoi|Può|Potete] contattare {{referralName}} ({{referralContact}}), che lavora proprio in questo campo.',
          '[Ti|Le|Vi|Vi] indico {{referralName}}, che lavora in questo campo: se [vuoi|vuole|volete], [ti|Le|vi|vi] passo il recapito.',
          'Per questo tipo di lavoro [ti|Le|vi|vi] consiglio di scrivere a {{referralContact}}.',
          'Posso indicar[ti|Le|vi|vi] una persona che lavora in questo campo.'],
      ),
      'free-resources': tones(
        ['Se [vuoi|vuole|volete] orientar[ti|si|vi|vi] in autonomia, [ti|Le|vi|vi] suggerisco di partire da {{resources}}.',
          'Se [ti|Le|vi|vi] è utile, posso indicar[ti|Le|vi|vi] qualche risorsa gratuita per muovere i primi passi in autonomia.'],
        ['Per orientar[ti|si|vi|vi] sul tema, [ti|Le|vi|vi] segnalo {{resources}}.',
          'Se [ti|Le|vi|vi] può essere utile per un primo orientamento, posso segnalar[ti|Le|vi|vi] qualche materiale gratuito.'],
        ['Come punto di partenza [ti|Le|vi|vi] indico {{resources}}.', "Se [ti|Le|vi|vi] è utile, posso indicar[ti|Le|vi|vi] qualche risorsa gratuita sull'argomento."],
      ),
    },
    nextStep: {
      referral: tones(
        ['Se in futuro [avrai|avrà|avrete] bisogno di qualcosa nel mio settore, sarò felice di risentir[ti|La|vi|vi]. Intanto [ti|Le|vi|vi] auguro buon lavoro con il progetto.',
          'Se in futuro [ti|Le|vi|vi] servirà qualcosa nel mio settore, resto a [tua disposizione|Sua disposizione|vostra disposizione|disposizione]. Intanto [ti|Le|vi|vi] auguro che il progetto vada per il meglio.'],
        ['Per progetti nel mio settore [resto a disposizione|resto a Sua disposizione|resto a vostra disposizione|resto a disposizione].',
          'Per progetti nel mio settore sarà un piacere risentir[ti|La|vi|vi].'],
        ['Per progetti nel mio settore [resto disponibile|resto a Sua disposizione|resto a vostra disposizione|resto disponibile].',
          'Se in futuro [ti|Le|vi|vi] servirà qualcosa nel mio settore, [scrivimi|mi scriva|scrivetemi|scrivetemi] pure.'],
      ),
      'free-resources': tones(
        // The hope agrees with what was typed ("il centro assistenza" is one, "le guide" several).
        ['Spero che [ti|Le|vi|vi] <#resources:sia utile|siano utili>; per progetti nel mio settore sarò felice di risentir[ti|La|vi|vi].',
          'Per progetti nel mio settore sarò felice di risentir[ti|La|vi|vi].',
          '<n:resources>Per progetti nel mio settore, invece, mi farà piacere risentir[ti|La|vi|vi].'],
        ['Spero che [ti|Le|vi|vi] <#resources:sia utile|siano utili>; per progetti nel mio settore resto a disposizione.',
          'Per progetti nel mio settore [resto a disposizione|resto a Sua disposizione|resto a vostra disposizione|resto a disposizione].',
          '<n:resources>Per progetti nel mio settore, invece, sarà un piacere risentir[ti|La|vi|vi].'],
        ['Per progetti nel mio settore [resto disponibile|resto a Sua disposizione|resto a vostra disposizione|resto disponibile].', 'Per progetti nel mio settore, invece, resto a disposizione.'],
      ),
    },
    door: tones(
      ['<r:Se in futuro [avrai|avrà|avrete] bisogno di qualcosa nel mio settore, sarò felice di parlarne.>',
        '<r:Per progetti nel mio settore mi farà piacere risentir[ti|La|vi|vi].>',
        'Se in futuro [avrai|avrà|avrete] bisogno di me per un altro progetto, sarò felice di risentir[ti|La|vi|vi].'],
      ['<r:Per progetti nel mio settore resto a disposizione.>', '<r:Per progetti nel mio settore sarà un piacere risentir[ti|La|vi|vi].>',
        'Per altri progetti resto a disposizione.'],
      ['Per progetti nel mio settore [resto disponibile|resto a Sua disposizione|resto a vostra disposizione|resto disponibile].', 'In futuro, per progetti nel mio settore, [puoi|può|potete] ricontattarmi.'],
    ),
  },

  'extra-revisions': {
    opening: tones(
      ['grazie per i [tuoi|Suoi|vostri|vostri] commenti.', '[ti ringrazio|La ringrazio|vi ringrazio|grazie] per le osservazioni.'],
      ['grazie per il riscontro.', '[ti ringrazio|La ringrazio|vi ringrazio|grazie] per le nuove indicazioni che [mi hai|mi ha|mi avete] inviato.'],
      ['grazie per i commenti.', 'ho letto le [tue|Sue|vostre|vostre] nuove indicazioni.'],
    ),
    empathy: ['Capisco quanto [ti|Le|vi|vi] stia a cuore il risultato.'],
    // The policy is the user's own words ("un giro di revisioni", "tre giri di modifiche"): nothing agrees
    // with it, and no frame around it says revisioni, modifiche or giri. It follows "solo", so that
    // "un giro" reads as one and no more (a blind reviewer read the bare "un" as an article).
    decision: tones(
      ['Purtroppo non posso includere questi nuovi interventi nel compenso concordato.', 'Mi dispiace, ma non posso fare altri interventi a titolo gratuito.'],
      ['Non posso includere questi nuovi interventi nel compenso concordato.', 'Non posso fare altri interventi a titolo gratuito.'],
      ['Non posso includere questi nuovi interventi nel compenso concordato.', 'Non posso fare altri interventi a titolo gratuito.'],
    ),
    explained: tones(
      ["Purtroppo non posso includere altri interventi nel compenso concordato, perché l'accordo prevede solo {{policy}}, che abbiamo completato con l'ultimo invio.",
        "Purtroppo non posso includere questi nuovi interventi nel compenso concordato, perché con l'ultimo invio si sono concluse le revisioni previste dal nostro accordo.",
        'Mi dispiace, ma non posso fare altri interventi a titolo gratuito: le revisioni incluse nel prezzo sono già state svolte.'],
      ["Non posso includere altri interventi nel compenso concordato: l'accordo prevede solo {{policy}}, che abbiamo completato con l'ultimo invio.",
        "Non posso includere questi nuovi interventi nel compenso concordato, perché con l'ultimo invio si sono concluse le revisioni previste.",
        'Non posso fare altri interventi a titolo gratuito, perché le revisioni incluse nel prezzo sono già state svolte.'],
      ["Non posso includere altri interventi nel compenso concordato. Il nostro accordo prevede solo {{policy}}, che abbiamo completato con l'ultimo invio.",
        "Non posso includere questi nuovi interventi nel compenso concordato. Le revisioni previste dall'accordo si sono concluse con l'ultimo invio.",
        'Non posso fare altri interventi a titolo gratuito: le revisioni incluse nel prezzo sono già state svolte.'],
    ),
    alternatives: {
      'paid-extra': tones(
        ['Posso però occuparmene volentieri come lavoro extra, alla tariffa di {{rate}}.',
          'Posso però occuparmene volentieri come lavoro extra, da fatturare a parte.'],
        ['Posso però occuparmene come lavoro extra, fatturato a parte alla mia tariffa di {{rate}}.',
          'Posso però occuparmene come lavoro extra, con un preventivo a parte.'],
        ['Posso occuparmene come lavoro extra, alla mia tariffa di {{rate}}.', 'Posso occuparmene come lavoro extra, con un preventivo a parte.'],
      ),
    },
    nextStep: tones(
      ['[Fammi|Mi faccia|Fatemi] sapere se [preferisci|preferisce|preferite] procedere così o tenere la versione che [hai|ha|avete] già.',
        "[Dimmi|Mi dica|Ditemi] se [vuoi|vuole|volete] che proceda in questo modo: in quel caso mi metto subito all'opera.", "<n:rate>[Dimmi|Mi dica|Ditemi] se [vuoi|vuole|volete] che proceda in questo modo: in quel caso [ti|Le|vi|vi] preparo subito un preventivo."],
      ['[Dimmi|Mi dica|Ditemi] se [vuoi|vuole|volete] procedere o tenere la versione che [hai|ha|avete] già.',
        'Se [vuoi|vuole|volete] che proceda su questa base, mi basta una [tua|Sua|vostra|vostra] conferma.'],
      ['Attendo una [tua|Sua|vostra|vostra] conferma scritta per procedere.',
        'Se [preferisci|preferisce|preferite] tenere la versione consegnata, la considero definitiva.'],
    ),
    door: tones(
      ['Se [vuoi|vuole|volete], possiamo valutare a parte queste richieste; per qualsiasi domanda sulla versione consegnata sono a [tua disposizione|Sua disposizione|vostra disposizione|disposizione].'],
      ['Se [vuoi|vuole|volete], possiamo valutare a parte queste richieste.'],
      ['Se [vuoi|vuole|volete] procedere con queste modifiche, posso mandar[ti|Le|vi|vi] un preventivo a parte.'],
    ),
  },

  'unrealistic-expectations': {
    opening: tones(
      ['grazie per avermi spiegato cosa [ti aspetti|si aspetta|vi aspettate|vi aspettate] da questo progetto.',
        '[ti ringrazio|La ringrazio|vi ringrazio|grazie] per la fiducia e per avermi raccontato [i tuoi|i Suoi|i vostri|i vostri] obiettivi.'],
      ['grazie per avermi illustrato i [tuoi|Suoi|vostri|vostri] obiettivi.', '[ti ringrazio|La ringrazio|vi ringrazio|grazie] per avermi spiegato cosa [ti aspetti|si aspetta|vi aspettate|vi aspettate] da questo progetto.'],
      ['grazie per avermi indicato i [tuoi|Suoi|vostri|vostri] obiettivi.', 'ho valutato gli obiettivi che [mi hai|mi ha|mi avete] indicato.'],
    ),
    empathy: ['Capisco che [tu ci tenga|ci tenga|ci teniate] molto e [voglia|voglia|vogliate] puntare in alto.'],
    decision: tones(
      ['Purtroppo non posso promettere risultati come quelli che [mi hai descritto|mi ha descritto|mi avete descritto].', 'Temo di non poter[ti|Le|vi|vi] garantire risultati di questo livello.'],
      ['Non posso promettere risultati come quelli che [mi hai descritto|mi ha descritto|mi avete descritto].', 'Non posso garantire risultati di questo livello.'],
      ['Non posso promettere risultati come quelli che [mi hai descritto|mi ha descritto|mi avete descritto].', 'Non sono in grado di garantire risultati di questo livello.'],
    ),
    explained: tones(
      ['Purtroppo non posso promettere risultati come quelli che [mi hai descritto|mi ha descritto|mi avete descritto]: con i mezzi e i tempi previsti non sono realistici, e preferisco dirlo subito piuttosto che deluder[ti|La|vi|vi] dopo.',
        'Temo di non poter[ti|Le|vi|vi] garantire risultati di questo livello, perché dipendono anche da fattori esterni che nessuno può controllare.'],
      ['Non posso promettere risultati come quelli che [mi hai descritto|mi ha descritto|mi avete descritto], perché con i mezzi e i tempi previsti non sono raggiungibili.',
        'Non posso garantire risultati di questo livello, perché dipendono anche da elementi esterni al mio lavoro.'],
      ['Non posso promettere risultati come quelli che [mi hai descritto|mi ha descritto|mi avete descritto]: con i mezzi e i tempi previsti non sono raggiungibili.'],
    ),
    alternatives: {
      'smaller-scope': tones(
        ['Posso però propor[ti|Le|vi|vi] di partire da {{offer}}, per poi valutare insieme il seguito.',
          'Posso invece propor[ti|Le|vi|vi] un primo intervento più circoscritto, per poi valutare insieme il seguito.'],
        ['Posso invece propor[ti|Le|vi|vi] di partire da {{offer}}, per poi decidere insieme il seguito.',
          'Possiamo invece partire da una fase più contenuta, con obiettivi realistici.'],
        ['Posso invece propor[ti|Le|vi|vi] di partire da {{offer}}.', 'Posso invece propor[ti|Le|vi|vi] un intervento più circoscritto.'],
      ),
      'what-i-can-do': tones(
        ['Posso però propor[ti|Le|vi|vi] {{offer}}, come punto di partenza.',
          'Posso invece aiutar[ti|La|vi|vi] a fissare obiettivi più concreti e raggiungibili.'],
        ['Posso invece propor[ti|Le|vi|vi] {{offer}}.',
          'Posso invece indicar[ti|Le|vi|vi] per iscritto che cosa sono in grado di ottenere.'],
        ['Posso invece propor[ti|Le|vi|vi] {{offer}}.', 'Posso invece impegnarmi su traguardi concreti e misurabili, da concordare insieme per iscritto prima di iniziare.'],
      ),
    },
    nextStep: tones(
      ['Se [ti|Le|vi|vi] sembra una buona base, [fammelo|me lo faccia|fatemelo] sapere e ci accordiamo sui dettagli.',
        '[Dimmi|Mi dica|Ditemi] cosa [ne pensi|ne pensa|ne pensate]: se [ti|La|vi|vi] convince, fissiamo subito i dettagli.',
        "<n:offer>Se [sei|è|siete] d'accordo, possiamo sentirci per parlarne."],
      ['[Fammi|Mi faccia|Fatemi] sapere se [ti|Le|vi|vi] interessa: in quel caso ci accordiamo sui dettagli.',
        'Se [vuoi|vuole|volete] procedere così, mi basta una [tua|Sua|vostra|vostra] conferma.', '<n:offer>Se [ti|Le|vi|vi] interessa, [ti|Le|vi|vi] preparo una proposta su questa base.'],
      ['Se [ti|Le|vi|vi] interessa, [fammelo|me lo faccia|fatemelo|fatemelo] sapere e definiamo i dettagli.', 'Se [mi confermi|mi conferma|mi confermate|mi confermate], ci accordiamo sui dettagli.'],
    ),
    door: tones(
      ['Se [vorrai|vorrà|vorrete] ridefinire insieme i traguardi, sarò felice di aiutar[ti|La|vi|vi].',
        'Se [vorrai|vorrà|vorrete] partire da traguardi più contenuti, mi farà piacere parlarne.'],
      ['Se [vorrai|vorrà|vorrete] ridefinire i traguardi, resto a disposizione.', 'Se [vorrai|vorrà|vorrete] fissare obiettivi diversi, sarò felice di riparlarne.'],
      ['Se [vorrai|vorrà|vorrete] ridefinire i traguardi, [puoi|può|potete] riscrivermi.', 'Se [vuoi|vuole|volete] puntare a traguardi più contenuti, sono disponibile a parlarne.'],
    ),
  },

  'partial-yes': {
    opening: tones(
      ['grazie per aver pensato a me.', '[ti ringrazio|La ringrazio|vi ringrazio|grazie] per avermi spiegato cosa [ti serve|Le serve|vi serve|vi serve].'],
      ['grazie per le informazioni che [mi hai|mi ha|mi avete] mandato.', '[ti ringrazio|La ringrazio|vi ringrazio|grazie] per avermi spiegato di cosa [hai|ha|avete] bisogno.'],
      ['grazie per la richiesta.', 'ho letto punto per punto la [tua|Sua|vostra|vostra] richiesta.'],
    ),
    empathy: ['Alcune delle attività che [mi hai|mi ha|mi avete] descritto sono proprio nelle mie corde.'],
    // The part declined is the user's words ("la gestione dei social", "i report settimanali"): no verb or
    // pronoun agrees with it ("si tratta di", "la parte relativa a").
    decision: tones(
      ['Purtroppo non posso occuparmi di {{declined}}.', 'Mi dispiace, ma non posso prendere in carico {{declined}}.',
        'Purtroppo non posso occuparmi di tutto quello che [mi chiedi|mi chiede|mi chiedete].', 'Purtroppo non posso seguire il progetto per intero.'],
      ['Non posso prendere in carico {{declined}}.', 'Per {{declined}} non sono disponibile.',
        'Non posso prendere in carico tutte le attività richieste.', 'Non posso seguire il progetto nella sua interezza.'],
      ['Non posso occuparmi di {{declined}}.', 'Non posso seguire la parte relativa a {{declined}}.',
        "Non posso occuparmi dell'intero progetto.", 'Non posso seguire tutte le attività richieste.'],
    ),
    explained: tones(
      ['Purtroppo non posso occuparmi di {{declined}}, perché si tratta di un ambito che non rientra nei servizi che offro.',
        'Mi dispiace, ma non posso prendere in carico {{declined}}: è un tipo di lavoro che non rientra tra i miei servizi.',
        'Purtroppo non posso occuparmi di tutto, perché una parte del lavoro non rientra nei servizi che offro.'],
      ['Non posso prendere in carico {{declined}}, perché si tratta di un\'attività che non rientra tra i servizi che offro.',
        'Non posso prendere in carico tutte le attività richieste, perché alcune non rientrano nei servizi che offro.',
        'Non posso seguire il progetto nella sua interezza, perché alcune attività non rientrano nei miei servizi.'],
      ['Non posso occuparmi di {{declined}}: non è un lavoro che rientra tra i miei servizi.',
        'Non posso seguire la parte relativa a {{declined}}, perché non è tra i servizi che offro.',
        "Non posso occuparmi dell'intero progetto: alcune attività non sono tra i servizi che offro.",
        'Non posso seguire tutte le attività richieste, perché alcune non rientrano nei miei servizi.'],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ['Per {{offer}}, invece, [puoi|può|potete] contare su di me.', 'Posso invece realizzare volentieri {{offer}}.',
          'Per tutto il resto, invece, [puoi|può|potete] contare su di me.', 'Mi occupo invece volentieri di tutto il resto.',
          '<n:declined><n:offer>Possiamo rivedere insieme le [tue|Sue|vostre|vostre] richieste: [ti|Le|vi|vi] indico volentieri di quali parti posso occuparmi.'],
        ['Posso invece realizzare {{offer}}.',
          'Posso invece occuparmi di tutto il resto.',
          '<n:declined><n:offer>A breve [ti|Le|vi|vi] indico quali parti del lavoro posso seguire, con il relativo preventivo.'],
        ['Posso invece curare {{offer}}.',
          'Posso invece curare tutto il resto.', '<n:declined><n:offer>Possiamo rivedere insieme le [tue|Sue|vostre|vostre] richieste e definire le parti di cui posso occuparmi.'],
      ),
    },
    nextStep: tones(
      ['Se [ti|Le|vi|vi] va bene procedere così, [ti|Le|vi|vi] preparo un preventivo con tempi e costi.',
        '[Fammi|Mi faccia|Fatemi] sapere se [ti|Le|vi|vi] va bene così: in quel caso ne definiamo insieme tempi e costi.',
        '<n:declined><n:offer>[Fammi|Mi faccia|Fatemi] sapere quando [ti|Le|vi|vi] è comodo sentirci.'],
      ['Se [ti va bene, ti|è d\'accordo, Le|vi va bene, vi|vi va bene, vi] invio un preventivo per questa parte.',
        '<n:offer>Se [ti va bene, ti|è d\'accordo, Le|vi va bene, vi|vi va bene, vi] invio un preventivo senza quella parte.',
        '[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] procedere su questa base: in quel caso [ti|Le|vi|vi] preparo un preventivo.',
        '<n:declined><n:offer>Così [potrai|potrà|potrete] valutare come procedere.'],
      ['Se [ti va bene, ti mando|è d\'accordo, Le invio|vi va bene, vi mando|vi va bene, vi mando] il preventivo per questa parte.',
        '<n:offer>Se [ti va bene, ti mando|è d\'accordo, Le invio|vi va bene, vi mando|vi va bene, vi mando] il preventivo senza quella parte.',
        'Appena [mi confermi|mi conferma|mi confermate|mi confermate], preparo il preventivo.',
        '<n:declined><n:offer>[Fammi|Mi faccia|Fatemi] sapere quando [ti|Le|vi|vi] è comodo sentirci.'],
    ),
  },

  'buy-time': {
    opening: tones(
      ['grazie per avermi presentato il progetto e per la fiducia.', "[ti ringrazio|La ringrazio|vi ringrazio|grazie] per l'offerta di collaborazione: mi fa piacere che [tu abbia|abbia|abbiate] pensato a me."],
      ['grazie per le informazioni sul progetto.', '[ti ringrazio|La ringrazio|vi ringrazio|grazie] per la proposta e per le spiegazioni.'],
      ['grazie per la proposta e per le informazioni sul progetto.', '[ti ringrazio|La ringrazio|vi ringrazio|grazie] per la proposta.'],
    ),
    empathy: ['So che per [te|Lei|voi|voi] i tempi contano e non voglio far[ti|La|vi|vi] attendere più del necessario.'],
    decision: tones(
      ["Prima di impegnarmi preferisco prendermi un po' di tempo per riflettere.",
        'Preferisco però non decidere su due piedi.'],
      ["Prima di decidere ho bisogno di un po' di tempo.", 'Preferisco non decidere su due piedi.'],
      ['Non posso decidere subito.', 'Non posso decidere su due piedi.'],
    ),
    explained: tones(
      ['Preferisco però non decidere su due piedi: è una scelta importante e ci tengo a valutarne bene ogni aspetto.'],
      ["Prima di decidere ho bisogno di un po' di tempo, perché voglio valutare con attenzione tempi, impegno e condizioni della proposta.",
        'Preferisco non decidere su due piedi, perché una scelta di questo tipo merita una valutazione a mente fredda.'],
      ['Non posso decidere subito. Prima di impegnarmi devo valutare ogni aspetto.',
        'Non posso decidere su due piedi: una scelta di questo tipo richiede una valutazione a mente fredda.'],
    ),
    alternatives: {
      'reply-by': tones(
        ['[Ti|Le|Vi|Vi] darò una risposta entro {{date}}.',
          '[Ti|Le|Vi|Vi] risponderò per iscritto il prima possibile.'],
        ['[Ti|Le|Vi|Vi] invierò una risposta scritta entro {{date}}.', '[Ti|Le|Vi|Vi] risponderò per iscritto il prima possibile.'],
        ['[Avrai|Avrà|Avrete] la mia risposta via email entro {{date}}.', '[Avrai|Avrà|Avrete] la mia risposta via email il prima possibile.'],
      ),
    },
    nextStep: tones(
      ['Se nel frattempo [vuoi|vuole|volete] aggiungere altri dettagli, [mandameli|me li invii|inviatemeli|mandatemeli] pure.',
        'Intanto, ogni elemento in più che [vorrai|vorrà|vorrete] mandarmi mi sarà utile.'],
      ['Nel frattempo, se ci sono altri dettagli da considerare, [puoi|può|potete] mandarmeli per email.',
        'Se nel frattempo ci sono altri elementi da considerare, [fammeli|me li faccia|fatemeli] avere.'],
      ['Nel frattempo, se [vuoi|vuole|volete], [puoi|può|potete] inviarmi eventuali altri dettagli.', 'Se nel frattempo [hai|ha|avete] altri dettagli, [puoi|può|potete] inviarmeli.'],
    ),
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
