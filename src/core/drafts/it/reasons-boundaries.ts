// Italian parts for reasons about boundaries and the relationship itself. [tu|Lei|voi|voi]; the
// body's first word is lowercase after the greeting's comma, except a courtesy pronoun.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';
import { distantGreeting } from './common';

export const boundaryReasons = {
  // Stage: work under way. The no refuses the problem "within the agreed work" (never "l'incarico
  // concluso", which the user did not say), so a paid offer after it does not contradict it.
  'already-helped': {
    opening: tones(
      ['[ti ringrazio|La ringrazio|vi ringrazio|grazie] per avermi riscritto.', 'grazie per avermi aggiornato sulla situazione.'],
      ['grazie per avermi riscritto.'],
      ['ho letto il [tuo|Suo|vostro|vostro] messaggio.', 'grazie per la nuova segnalazione.'],
    ),
    empathy: ['Capisco che [vorresti|vorrebbe|vorreste] venirne a capo una volta per tutte.', 'Capisco che ritrovarsi al punto di partenza non sia piacevole.'],
    decision: tones(
      ["Purtroppo non posso riprendere in mano questo problema nell'ambito del lavoro concordato.",
        "Di questo problema, purtroppo, non posso occuparmi di nuovo nell'ambito del lavoro concordato."],
      ["Non posso occuparmi di nuovo di questo problema nell'ambito del lavoro concordato.",
        "Non posso tornare su questo problema nell'ambito del lavoro concordato."],
      ["Non posso occuparmi di nuovo di questo problema nell'ambito del lavoro concordato.",
        'Non posso occuparmi di nuovo di questo problema senza costi aggiuntivi.'],
    ),
    explained: tones(
      ["Purtroppo non posso riprendere in mano questo problema nell'ambito del lavoro concordato: l'abbiamo già affrontato insieme, e le indicazioni che [ti|Le|vi|vi] ho dato allora restano valide.",
        "Questo problema l'abbiamo già affrontato insieme, e purtroppo non posso occuparmene di nuovo nell'ambito del lavoro concordato: le indicazioni che [ti|Le|vi|vi] ho dato allora restano valide."],
      ["Non posso occuparmi di nuovo di questo problema nell'ambito del lavoro concordato, perché l'abbiamo già affrontato e le indicazioni che [ti|Le|vi|vi] ho dato restano valide.",
        "Non posso tornare su questo problema nell'ambito del lavoro concordato: ce ne siamo già occupati insieme, e la soluzione indicata allora resta valida."],
      ["Non posso occuparmi di nuovo di questo problema nell'ambito del lavoro concordato. L'abbiamo già affrontato, e le indicazioni date allora restano valide."],
    ),
    alternatives: {
      // The resources are typed as "le guide gratuite di Google": the frame never says "gratuito" again.
      'free-resources': tones(
        ['Per rivedere la procedura con calma, [ti|Le|vi|vi] suggerisco {{resources}}.',
          'Se [ti|Le|vi|vi] è utile, [ti|Le|vi|vi] segnalo volentieri qualche guida gratuita per ripercorrere i passaggi.'],
        ['Per rivedere i passaggi [puoi|può|potete] consultare {{resources}}.',
          'Se [ti|Le|vi|vi] serve, [ti|Le|vi|vi] posso indicare qualche guida gratuita.'],
        ['[Puoi|Può|Potete] trovare la procedura in {{resources}}.',
          'Se [ti|Le|vi|vi] è utile, posso segnalar[ti|Le|vi|vi] qualche guida gratuita.'],
      ),
      'paid-extra': tones(
        ['Se [preferisci|preferisce|preferite] che me ne occupi io, posso farlo a parte, alla tariffa di {{rate}}.',
          'Se [preferisci|preferisce|preferite] che me ne occupi io, posso farlo come intervento a parte, con un preventivo dedicato.'],
        ['Posso seguirlo come intervento separato, alla tariffa di {{rate}}.',
          'Posso seguirlo come intervento separato, con un preventivo dedicato.'],
        ['Posso seguirlo come intervento a parte, alla mia tariffa di {{rate}}.', 'Posso seguirlo come intervento a parte, con un preventivo dedicato.'],
      ),
    },
    nextStep: {
      'free-resources': tones(
        ['Se poi [ti|Le|vi|vi] resta qualche dubbio su un punto diverso, [scrivimi|mi scriva|scrivetemi] pure.'],
        ['Se [hai|ha|avete] dubbi su altri punti, [resto a disposizione|resto a Sua disposizione|resto a vostra disposizione|resto a disposizione].'],
        ['Per eventuali dubbi su altri punti [resto disponibile|resto a Sua disposizione|resto a vostra disposizione|resto disponibile].'],
      ),
      'paid-extra': tones(
        ['[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] procedere, così ci accordiamo su tempi e modalità.',
          '[Fammelo|Me lo faccia|Fatemelo] sapere e organizziamo i tempi.'],
        ["Se [sei|è|siete] d'accordo, fissiamo una data.", '[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] procedere.'],
        ['[Fammi|Mi faccia|Fatemi] sapere se [vuoi|vuole|volete] procedere.', 'Attendo una conferma per fissare una data.'],
      ),
    },
    door: tones(
      ['Se [avrai|avrà|avrete] bisogno di aiuto su un altro fronte, [scrivimi|mi scriva|scrivetemi] pure.'],
      ['Per altre questioni sul progetto [resto a disposizione|resto a Sua disposizione|resto a vostra disposizione|resto a disposizione].'],
      ['Per altre questioni sul progetto [resto disponibile|resto a Sua disposizione|resto a vostra disposizione|resto disponibile].'],
    ),
  },

  // "La persona interessata" is named once, in the offer or the closing; the no says "chi ha
  // bisogno del servizio", and only the offer or closing says "direttamente".
  'third-party-request': {
    opening: tones(
      ['grazie per il messaggio e per aver pensato a me.', '[ti ringrazio|La ringrazio|vi ringrazio|grazie] per la fiducia.'],
      ['grazie per avermi scritto e per aver pensato a me.', 'grazie per la [tua|Sua|vostra|vostra] email.'],
      ['grazie per aver pensato a me.', 'grazie per avermi scritto.'],
    ),
    empathy: ['Apprezzo che [tu voglia|voglia|vogliate] dare una mano a chi [ti|Le|vi|vi] sta vicino.'],
    decision: tones(
      ['Purtroppo non posso accettare un incarico per conto di altri.', 'Purtroppo non posso accettare incarichi per conto di terzi.'],
      ['Non posso accettare un incarico per conto di altri.', 'Non posso accettare incarichi per conto di terzi.'],
      ['Non posso accettare questo incarico per conto di terzi.', 'Non accetto incarichi per conto di terzi.'],
    ),
    explained: tones(
      ['Purtroppo non posso accettare un incarico per conto di altri: obiettivi e decisioni li concordo sempre con chi usufruisce del servizio.'],
      ['Non posso accettare un incarico per conto di altri, perché ho bisogno di concordare obiettivi e decisioni con chi usufruirà del servizio.'],
      ['Non posso accettare questo incarico per conto di terzi. Obiettivi e decisioni vanno concordati con chi ha bisogno del servizio.',
        'Non accetto incarichi per conto di terzi: devo concordare tutto con chi ha bisogno del servizio.'],
    ),
    alternatives: {
      'direct-contact': tones(
        ['La persona interessata può scrivermi direttamente in qualsiasi momento, anche per una semplice domanda.',
          '[Puoi|Può|Potete] passare il mio indirizzo email alla persona interessata, così potrà scrivermi direttamente.'],
        ["La persona interessata può scrivermi direttamente all'indirizzo da cui [ti|Le|vi|vi] rispondo.", '[Puoi|Può|Potete] passare il mio contatto alla persona interessata, così potrà scrivermi direttamente.'],
        ['La persona interessata può scrivermi direttamente.', '[Puoi|Può|Potete] passare il mio recapito alla persona interessata.'],
      ),
    },
    nextStep: tones(
      ['Appena mi arriverà la richiesta, valuterò volentieri cosa posso fare.', 'Quando mi contatterà, le spiegherò volentieri come lavoro e quali sono i passi successivi.'],
      ['Quando riceverò la richiesta, la valuterò con attenzione.', 'Appena mi contatterà, le chiederò i dettagli che mi servono.'],
      ['Valuterò la richiesta quando mi arriverà.', 'Se mi contatterà, valuterò la richiesta.'],
    ),
    door: tones(
      ['Se la persona interessata vorrà scrivermi direttamente, sarò felice di parlarne.',
        'Se la persona interessata vorrà contattarmi direttamente, risponderò volentieri.'],
      ['Se la persona interessata vorrà scrivermi direttamente, sarò a disposizione.', 'Se la persona interessata vorrà contattarmi, valuterò volentieri la richiesta.'],
      ['La persona interessata può scrivermi direttamente.', 'Se la persona interessata vorrà contattarmi, valuterò la richiesta.'],
    ),
  },

  // The hours are the user's words and may hold a comma or "giorni feriali" ("dal lunedì al
  // venerdì, dalle 9 alle 18"): they end their clause. Next to them the no says "fuori dal mio
  // orario" (never "nel fine settimana", which "giorni feriali" contradicts, nor "festivi");
  // only the reason without them says "la sera e nel fine settimana". The no never says "telefono", which the
  // offer and closing use; with no hours typed, the offer says "durante la giornata lavorativa"; with
  // the hours already named in the no, it says "negli orari che ti ho indicato" (never the vaguer
  // "giornata lavorativa" next to hours such as "dal lunedì al giovedì, dalle 8.30 alle 16").
  'after-hours': {
    opening: tones(
      ['[ti ringrazio|La ringrazio|vi ringrazio|grazie] per i [tuoi|Suoi|vostri|vostri] messaggi e per la fiducia.', 'grazie per i [tuoi|Suoi|vostri|vostri] messaggi.'],
      ['grazie per i [tuoi|Suoi|vostri|vostri] messaggi di questi giorni.', '[ti ringrazio|La ringrazio|vi ringrazio|grazie] per avermi contattato.'],
      ['ho visto che [hai|ha|avete] provato a contattarmi anche fuori orario.', 'ho visto i [tuoi|Suoi|vostri|vostri] messaggi.'],
    ),
    empathy: ['Capisco l\'esigenza di avere un riscontro in tempi brevi.'],
    // The no alone may sit above typed hours in the offer ("nei giorni feriali"): it names none.
    decision: tones(
      ["Purtroppo fuori dall'orario di lavoro non sono reperibile.", "Fuori dal mio orario di lavoro, purtroppo, non posso ricevere chiamate."],
      ["Fuori dall'orario di lavoro non sono reperibile.", 'Fuori dal mio orario di lavoro non posso ricevere chiamate.'],
      ["Fuori dall'orario di lavoro non sono reperibile.", 'Fuori dal mio orario di lavoro non ricevo chiamate.'],
    ),
    explained: tones(
      ['Fuori dal mio orario di lavoro, purtroppo, non rispondo alle chiamate: per seguire con attenzione tutti i progetti mi organizzo in orari fissi, {{policy}}.',
        'Purtroppo la sera e nel fine settimana non sono reperibile: tenere separati lavoro e tempo libero mi permette di seguire bene ogni cliente.'],
      ['Fuori dal mio orario di lavoro non rispondo alle chiamate: per seguire bene tutti i progetti organizzo il lavoro in fasce fisse. Sono raggiungibile {{policy}}.',
        'La sera e nel fine settimana non sono reperibile, perché tengo separati lavoro e tempo libero.'],
      ['Lavoro {{policy}}, e organizzo così la settimana per dare a ogni progetto il tempo necessario: fuori da questo orario non sono reperibile.',
        'Non sono reperibile la sera né nel fine settimana, perché tengo separati lavoro e tempo libero.'],
    ),
    alternatives: {
      'working-hours': tones(
        ['Se [mi scrivi|mi scrive|mi scrivete] per email, [ti|Le|vi|vi] rispondo volentieri {{policy}}.',
          'Per email [puoi|può|potete] scrivermi quando [vuoi|vuole|volete]: ai messaggi che arrivano fuori orario rispondo il primo giorno lavorativo utile. Se invece [hai|ha|avete] bisogno di un confronto a voce, fissiamo pure una telefonata negli orari che [ti|Le|vi|vi] ho indicato.',
          '<n:policy>Se [hai|ha|avete] bisogno di un confronto a voce, fissiamo pure una telefonata durante la giornata lavorativa.'],
        ['Per email e al telefono [mi trovi|mi trova|mi trovate|mi trovate] {{policy}}.', 'Per email [puoi|può|potete] scrivermi in qualsiasi momento: ai messaggi che arrivano fuori orario rispondo il primo giorno lavorativo utile.'],
        ['Alle email rispondo {{policy}}.', 'Rispondo al telefono {{policy}}.',
          '[Puoi|Può|Potete] scrivermi in qualsiasi momento: ai messaggi che arrivano fuori orario rispondo il primo giorno lavorativo utile.', '<n:policy>Alle email rispondo durante la giornata lavorativa.'],
      ),
    },
    // The offer already says how to reach me: the closing asks whether it works, or moves the work on.
    nextStep: tones(
      ['Grazie per la comprensione.'],
      ['Se [hai|ha|avete] bisogno di sentirci a voce, fissiamo pure una telefonata in orario di lavoro.'],
      ['Se [hai|ha|avete] bisogno di sentirci a voce, fissiamo una chiamata in orario di lavoro.'],
    ),
    door: tones(
      ['Per qualsiasi domanda [puoi|può|potete] scrivermi via email quando [vuoi|vuole|volete]: [ti|Le|vi|vi] risponderò appena possibile, in orario di lavoro.',
        'Per email [puoi|può|potete] scrivermi in qualsiasi momento: [ti|Le|vi|vi] risponderò in orario di lavoro.'],
      ['Per qualsiasi domanda [puoi|può|potete] scrivermi via email: [ti|Le|vi|vi] rispondo entro il primo giorno lavorativo utile.',
        'Per email [puoi|può|potete] scrivermi quando [vuoi|vuole|volete], e [ti|Le|vi|vi] risponderò in orario di lavoro.'],
      ['Alle email ricevute fuori orario rispondo il primo giorno lavorativo utile.', 'Per qualsiasi domanda [puoi|può|potete] scrivermi per email.'],
    ),
  },

  // No thanks, no sympathy, no open door: a calm statement of what the user will not do, worded
  // so that it fits both disrespect and an unethical request (a bribe). Never "su queste basi"
  // or "in questi termini", which would hint that other terms could work. The client may be a
  // prospect: the no never says "proseguire/continuare la collaborazione"; the firm formal sign-off is "Distinti saluti" (warm and neutral keep "Cordiali saluti").
  'disrespect-or-ethics': {
    greeting: distantGreeting,
    opening: tones(
      ['ho ricevuto il [tuo|Suo|vostro|vostro] ultimo messaggio.', 'ho letto il [tuo|Suo|vostro|vostro] ultimo messaggio.'],
      ['ho ricevuto il [tuo|Suo|vostro|vostro] ultimo messaggio.', 'ho letto il [tuo|Suo|vostro|vostro] ultimo messaggio.'],
      ['ho ricevuto il [tuo|Suo|vostro|vostro] messaggio.', 'ho letto il [tuo|Suo|vostro|vostro] messaggio.'],
    ),
    decision: tones(
      ['Ho deciso di non collaborare con [te|Lei|voi|voi].', 'Non sono disponibile a collaborare con [te|Lei|voi|voi].'],
      ['Ho deciso di non collaborare con [te|Lei|voi|voi].', 'Ho deciso di non lavorare con [te|Lei|voi|voi].'],
      ['Ho deciso di non lavorare con [te|Lei|voi|voi].', 'Non sono disponibile a lavorare con [te|Lei|voi|voi].'],
    ),
    explained: tones(
      ['Ho deciso di non collaborare con [te|Lei|voi|voi], perché quanto mi [hai|ha|avete] scritto contrasta con la correttezza e il rispetto reciproco su cui si fonda ogni mio rapporto di lavoro.'],
      ['Ho deciso di non lavorare con [te|Lei|voi|voi], perché quanto mi [hai|ha|avete] scritto va contro i principi di correttezza con cui svolgo la mia attività.'],
      ['Ho deciso di non lavorare con [te|Lei|voi|voi]: quanto mi [hai|ha|avete] scritto non è compatibile con la correttezza che pretendo da ogni cliente e che garantisco a mia volta.',
        'Non sono disponibile a lavorare con [te|Lei|voi|voi], perché quanto mi [hai|ha|avete] scritto va contro i principi di correttezza e di rispetto a cui mi attengo con ogni cliente.'],
    ),
    alternatives: {},
    signOff: tones(
      ['[Un saluto,|Cordiali saluti,|Cordiali saluti,|Un saluto,]'],
      ['[Un saluto,|Cordiali saluti,|Cordiali saluti,|Un saluto,]'],
      ['[Saluti,|Distinti saluti,|Distinti saluti,|Saluti,]'],
    ),
  },

  'not-a-fit': {
    opening: tones(
      ['grazie per il tempo che [mi hai|mi ha|mi avete] dedicato.', '[ti ringrazio|La ringrazio|vi ringrazio|grazie] per la fiducia.'],
      ['grazie per il confronto avuto finora.'],
      ["[ti|Le|vi|vi] scrivo dopo un'attenta riflessione.", 'ho riflettuto su come procedere.'],
    ),
    decision: tones(
      ['Dopo averci pensato bene, ho deciso di non portare avanti la collaborazione.', 'Ho deciso di non andare avanti con la collaborazione: non sono la persona giusta per seguire il [tuo|Suo|vostro|vostro] progetto.'],
      ['Ho deciso di non portare avanti la collaborazione.', 'Ho deciso di non andare avanti con la collaborazione: per questo progetto non sono la persona giusta.'],
      ['Ho deciso di non andare avanti con la collaborazione.', 'Non sono la persona adatta a questo progetto.'],
    ),
    explained: tones(
      ['Dopo averci pensato bene, ho deciso di non portare avanti la collaborazione: il mio modo di lavorare non si adatta alle [tue|Sue|vostre|vostre] esigenze, e non potrei offrir[ti|Le|vi|vi] il risultato che [cerchi|cerca|cercate].',
        'Ho deciso di non andare avanti con la collaborazione: il mio modo di lavorare non è quello che serve al [tuo|Suo|vostro|vostro] progetto, e preferisco [dirtelo|dirglielo|dirvelo|dirvelo] con franchezza.'],
      ['Ho deciso di non portare avanti la collaborazione, perché le [tue|Sue|vostre|vostre] esigenze e il mio modo di lavorare non sono compatibili.',
        'Ho deciso di non andare avanti con la collaborazione, perché per questo progetto serve un approccio diverso dal mio.'],
      ['Ho deciso di non andare avanti con la collaborazione. Le [tue|Sue|vostre|vostre] esigenze e il mio metodo di lavoro non sono compatibili.'],
    ),
    alternatives: {
      referral: tones(
        ['[Ti|Le|Vi|Vi] consiglio di contattare {{referralName}} ({{referralContact}}), che potrebbe esser[ti|Le|vi|vi] più utile.',
          '[Ti|Le|Vi|Vi] suggerisco di contattare {{referralName}} ({{referralContact}}), che potrebbe fare al caso [tuo|Suo|vostro|vostro].',
          '<n:referralContact>[Ti|Le|Vi|Vi] consiglio di contattare {{referralName}}, che potrebbe esser[ti|Le|vi|vi] più utile: se [vuoi|vuole|volete], [ti|Le|vi|vi] passo volentieri il suo contatto.',
          '[Ti|Le|Vi|Vi] passo il contatto di una persona che potrà esser[ti|Le|vi|vi] più utile: {{referralContact}}.',
          'Se [ti|Le|vi|vi] serve, posso suggerir[ti|Le|vi|vi] qualcuno più adatto.'],
        ['[Ti|Le|Vi|Vi] suggerisco di contattare {{referralName}} ({{referralContact}}), che potrebbe seguir[ti|La|vi|vi] meglio.',
          '[Ti|Le|Vi|Vi] segnalo {{referralName}} ({{referralContact}}), che potrebbe seguir[ti|La|vi|vi] meglio.',
          '<n:referralContact>[Ti|Le|Vi|Vi] suggerisco di contattare {{referralName}}, che potrebbe seguir[ti|La|vi|vi] meglio: se [vuoi|vuole|volete], [ti|Le|vi|vi] passo il suo contatto.',
          '[Ti|Le|Vi|Vi] indico il contatto di una persona che potrà seguir[ti|La|vi|vi] meglio: {{referralContact}}.',
          'Se [ti|Le|vi|vi] è utile, posso suggerir[ti|Le|vi|vi] un altro professionista.'],
        ['[Ti|Le|Vi|Vi] segnalo {{referralName}} ({{referralContact}}), che potrebbe seguir[ti|La|vi|vi] meglio.', '[Ti|Le|Vi|Vi] suggerisco di rivolger[ti|si|vi|vi] a {{referralName}} ({{referralContact}}), che potrebbe seguir[ti|La|vi|vi] meglio.',
          '<n:referralContact>[Ti|Le|Vi|Vi] segnalo {{referralName}}, che potrebbe seguir[ti|La|vi|vi] meglio: se [vuoi|vuole|volete], [ti|Le|vi|vi] passo il suo contatto.', '[Ti|Le|Vi|Vi] indico un contatto che potrebbe esser[ti|Le|vi|vi] utile: {{referralContact}}.',
          'Se [vuoi|vuole|volete], posso indicar[ti|Le|vi|vi] un collega.'],
      ),
    },
    // Ending the work: good wishes and a line that stays open for an occasion that suits both (the
    // reason is a mismatch of needs and approach, never "il mio ambito"); never "il meglio" alone (a
    // calque), "ogni bene" (a personal farewell) nor "progetti futuri". The door follows the no, so it
    // says no "progetto" or "lavoro", and "esigenze" only to say that different ones would change the answer
    // (never "sarò felice di valutarla" after needs and method that do not fit); firm never "buon lavoro" after "metodo di lavoro".
    nextStep: tones(
      ['Se in futuro dovesse presentarsi un\'occasione più adatta, [scrivimi|mi scriva|scrivetemi] pure. [Ti|Le|Vi|Vi] auguro buon lavoro.',
        'Se un giorno ci sarà un\'occasione più adatta, sarò felice di risentir[ti|La|vi|vi]. Intanto [ti|Le|vi|vi] auguro buon lavoro.'],
      ['Se in futuro ci sarà un\'occasione più adatta, [puoi|può|potete] scrivermi. [Ti|Le|Vi|Vi] auguro buon lavoro.',
        'Se in futuro ci sarà un\'occasione più adatta, sarò felice di risentir[ti|La|vi|vi].'],
      ['Se in futuro ci sarà un\'altra occasione, [puoi|può|potete] riscrivermi.'],
    ),
    door: tones(
      ['[Ti|Le|Vi|Vi] auguro di trovare presto il professionista che fa per [te|Lei|voi|voi]; se in futuro dovesse presentarsi un\'occasione più adatta, sarò felice di risentir[ti|La|vi|vi].',
        '[Ti|Le|Vi|Vi] auguro buon lavoro e, se un giorno ci sarà un\'occasione più adatta, [scrivimi|mi scriva|scrivetemi] pure.'],
      ['[Ti|Le|Vi|Vi] auguro di trovare presto il professionista che fa per [te|Lei|voi|voi]; se in futuro ci sarà un\'occasione più adatta, [puoi|può|potete] scrivermi quando [vuoi|vuole|volete].'],
      ['[Ti|Le|Vi|Vi] auguro di trovare presto il supporto che [cerchi|cerca|cercate]. Se in futuro ci sarà un\'altra occasione, [puoi|può|potete] scrivermi.',
        '[Ti|Le|Vi|Vi] auguro di trovare presto il supporto giusto. Se in futuro [avrai|avrà|avrete] esigenze diverse, [potrai|potrà|potrete] ricontattarmi.'],
    ),
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
