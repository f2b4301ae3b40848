// Italian parts for reasons about money and trust.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';
import { openDoorAfterOffer, openDoorOnMyTerms } from './common';

export const moneyTrustReasons: Partial<Record<ReasonId, ReasonDrafts>> = {
  'budget-too-low': {
    thanks: ['Grazie per avermi indicato con chiarezza il [tuo|Suo|vostro] budget.', 'Grazie per la trasparenza sul budget.'],
    empathy: ['So bene che le risorse vanno calibrate con attenzione.', 'Capisco che le risorse siano limitate.'],
    decision: tones(
      ["Purtroppo non posso realizzare l'intero progetto con quella cifra.", "Temo di non poter accettare l'incarico a queste condizioni economiche."],
      ["Non posso realizzare l'intero progetto con quella cifra.", "Non mi è possibile accettare l'incarico a quel prezzo."],
      ["Non posso accettare l'incarico a quel prezzo.", 'Non faccio sconti.'],
    ),
    reason: tones(
      ['La mia tariffa per questo tipo di lavoro è {{rate}} e riflette il tempo e la cura che richiede.', 'Le mie tariffe riflettono il tempo e la cura che questo tipo di lavoro richiede.'],
      ['La mia tariffa per questo tipo di lavoro è {{rate}}.', 'Per questo tipo di lavoro le mie tariffe sono più alte.'],
      ['Per questo lavoro la mia tariffa è {{rate}}.', 'La tariffa per questo lavoro non è negoziabile.'],
    ),
    alternatives: {
      'smaller-scope': tones(
        ["Per quell'importo potrei occuparmi di {{offer}}.", "Per quell'importo potrei occuparmi di una parte delle attività."],
        ["Per quell'importo potrei occuparmi di {{offer}}.", "Per quell'importo potrei occuparmi di una parte delle attività."],
        ["Per quell'importo posso occuparmi di {{offer}}.", "Per quell'importo posso occuparmi di una parte delle attività."],
      ),
      'separate-quote': tones(
        ['Sarò felice di preparar[ti|Le|vi] un preventivo completo, a {{rate}}.', 'Sarò felice di preparar[ti|Le|vi] un preventivo completo, da valutare con calma.'],
        ['Posso preventivare il lavoro completo a {{rate}}.', 'Posso inviar[ti|Le|vi] un preventivo completo da valutare.'],
        ['Il lavoro completo va preventivato a {{rate}}.', 'Posso inviar[ti|Le|vi] un preventivo completo.'],
      ),
    },
    openDoor: openDoorOnMyTerms,
    openDoorAfterOffer,
  },
  'cannot-pay': {
    thanks: ['Grazie per avermi spiegato la [tua|Sua|vostra] situazione con tanta franchezza.', 'Grazie per la sincerità.'],
    empathy: ['So che ci sono periodi economicamente difficili.', 'So che sono momenti non facili.'],
    decision: tones(
      ['Purtroppo non posso lavorare senza compenso.', 'Temo di non poter andare avanti a queste condizioni.'],
      ['Non posso lavorare senza compenso.', 'Non mi è possibile accettare questa proposta.'],
      ['Non posso lavorare senza compenso.', 'Non accetto incarichi non retribuiti.'],
    ),
    reason: tones(
      ['È la mia professione e tratto tutti i clienti allo stesso modo.'],
      ['Applico le stesse condizioni a tutti i clienti.'],
      ['I miei termini di pagamento valgono per tutti i clienti.'],
    ),
    openDoor: openDoorOnMyTerms,
  },
  'discount-after-delivery': {
    thanks: ['Grazie per il [tuo|Suo|vostro] riscontro.', 'Grazie per avermi fatto sapere cosa [ne pensi|ne pensa|ne pensate].'],
    empathy: ['Capisco che nel frattempo la [tua|Sua|vostra] situazione possa essere cambiata.', 'Capisco che il budget sia un tema delicato.'],
    decision: tones(
      ['Temo di non poter ridurre il compenso concordato.', 'Purtroppo non posso applicare uno sconto a posteriori.'],
      ['Non posso ridurre il compenso concordato.', 'Non mi è possibile applicare uno sconto a posteriori.'],
      ['Non posso ridurre il compenso pattuito.', 'Non applico sconti a posteriori.'],
    ),
    reason: tones(
      ["Il lavoro è stato consegnato come previsto da {{agreement}} e l'importo corrisponde a quanto svolto.", "Il lavoro è stato consegnato come previsto e l'importo corrisponde a quanto svolto."],
      ['Il lavoro è stato consegnato come previsto da {{agreement}}.', 'Il lavoro è stato consegnato come previsto.'],
      ["Il lavoro è stato completato come previsto da {{agreement}} e l'importo è dovuto per intero.",
        "Il lavoro è stato completato come previsto e l'importo è dovuto per intero."],
    ),
    // The work is delivered: nothing is left in progress, so the door is for new work.
    openDoor: tones(
      ['Spero di poter[ti|La|vi] aiutare ancora nei prossimi progetti.', 'Per i prossimi progetti sarà un piacere risentir[ti|La|vi].'],
      ['Resto a [tua|Sua|vostra] disposizione per i prossimi progetti.', 'Sarà un piacere collaborare ancora in futuro.'],
      ['Per eventuali nuovi incarichi resto a disposizione.', 'Resto disponibile per eventuali nuovi incarichi.'],
    ),
  },
  'as-agreed-in-writing': {
    thanks: ['Grazie per avermelo segnalato.', 'Grazie per aver sollevato la questione.'],
    empathy: ['Capisco che la questione [ti|Le|vi] stia a cuore.', 'Capisco che la situazione [ti|La|vi] preoccupi.'],
    decision: tones(
      ['Purtroppo ormai non posso modificare gli accordi presi.', 'Temo di non poter andare oltre gli accordi iniziali.'],
      ['Non posso modificare le condizioni concordate.', 'Non mi è possibile andare oltre quanto stabilito.'],
      ['Non posso cambiare le condizioni pattuite.', 'Non posso rimettere in discussione quanto stabilito.'],
    ),
    reason: tones(
      ['[Ti|Le|Vi] ricordo che le condizioni sono riportate in {{agreement}}.', '[Ti|Le|Vi] ricordo che le condizioni sono quelle fissate nelle nostre email precedenti.'],
      ['I termini sono riportati in {{agreement}}.', 'I termini sono stati definiti per email.'],
      ['I termini sono quelli indicati in {{agreement}}.', 'I termini sono stati definiti nella nostra corrispondenza.'],
    ),
  },
  'guarantee-demanded': {
    thanks: ['Grazie per avermi spiegato cosa conta di più per [te|Lei|voi].', 'Grazie per aver chiarito le [tue|Sue|vostre] aspettative.'],
    empathy: ['Capisco che [vorresti|vorrebbe|vorreste] delle certezze prima di decidere.', 'Capisco che [vorresti|vorrebbe|vorreste] limitare il rischio.'],
    decision: tones(
      ['Purtroppo non posso garantire un risultato specifico.', 'Temo di non poter[ti|Le|vi] garantire un risultato preciso.'],
      ['Non posso garantire un risultato specifico.', 'Non mi è possibile offrire garanzie sul risultato.'],
      ['Non posso garantire il risultato.', "Non posso assumermi l'intero rischio del risultato."],
    ),
    // Every decision names one result, so the reason can go on without repeating it.
    reason: tones(
      ['Dipende anche da fattori che nessun professionista può controllare.'],
      ['Dipende da fattori fuori dal mio controllo.'],
      ['Dipende da fattori che non controllo.'],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ['Posso invece impegnarmi a consegnar[ti|Le|vi] {{offer}}.', 'Posso però assicurar[ti|Le|vi] un piano chiaro, aggiornamenti regolari e il massimo impegno.'],
        ['Posso invece impegnarmi a consegnar[ti|Le|vi] {{offer}}.', 'Posso però assicurar[ti|Le|vi] un piano chiaro e aggiornamenti regolari.'],
        ['Posso invece impegnarmi a consegnar[ti|Le|vi] {{offer}}.', 'Posso però assicurar[ti|Le|vi] un piano chiaro e aggiornamenti regolari.'],
      ),
    },
    openDoorAfterOffer,
  },
  'contract-terms': {
    thanks: ['Grazie per avermi inviato il contratto.', 'Grazie per avermi fatto avere il testo del contratto.'],
    empathy: ['Capisco che [tu voglia|voglia|vogliate] tutelare la [tua|Sua|vostra] attività.', 'Capisco perché queste clausole siano importanti per [te|Lei|voi].'],
    decision: tones(
      ['Purtroppo non posso accettare alcune condizioni così come sono.', 'Temo di non poterlo firmare nella forma attuale.'],
      ['Non posso accettarlo nella forma attuale.', 'Non mi è possibile firmarlo con le condizioni attuali.'],
      ['Non posso accettare queste condizioni.', 'Non posso firmarlo in questa forma.'],
    ),
    reason: tones(
      ['Vincoli di questo tipo limiterebbero il mio lavoro con altri clienti e per me questa libertà è irrinunciabile.'],
      ['Vincoli di questo tipo limiterebbero il mio lavoro con altri clienti.'],
      ['Escludo per principio clausole che limitino il mio lavoro con altri clienti.'],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ['Posso invece offrir[ti|Le|vi] {{offer}}.', 'Sarò felice di andare avanti se i punti in questione verranno eliminati.'],
        ['Posso invece offrir[ti|Le|vi] {{offer}}.', 'Possiamo andare avanti se i punti in questione verranno eliminati.'],
        ['Posso invece offrir[ti|Le|vi] {{offer}}.', 'Possiamo andare avanti se i punti in questione verranno eliminati.'],
      ),
    },
    openDoorAfterOffer,
  },
};
