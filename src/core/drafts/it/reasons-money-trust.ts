// Italian parts for reasons about money and trust.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const moneyTrustReasons: Partial<Record<ReasonId, ReasonDrafts>> = {
  'budget-too-low': {
    thanks: ['Grazie per avermi indicato con chiarezza il [tuo|Suo|vostro] budget.', 'Grazie per la trasparenza sul budget.'],
    empathy: ['So bene che le risorse vanno calibrate con attenzione.', 'Capisco che le risorse siano limitate, e apprezzo la [tua|Sua|vostra] franchezza.'],
    decision: tones(
      ["Purtroppo non posso realizzare l'intero progetto con quella cifra.", "Temo di non poter accettare l'incarico a queste condizioni economiche."],
      ["Non posso realizzare l'intero progetto con quella cifra.", "Non mi è possibile accettare l'incarico a quel prezzo."],
      ["Non posso accettare l'incarico a quel prezzo.", 'Non applico sconti sui miei prezzi.'],
    ),
    reason: tones(
      ['La mia tariffa per questo tipo di lavoro è {{rate}}, e riflette il tempo e la cura che richiede.', 'Le mie tariffe riflettono il tempo e la cura che questo tipo di lavoro richiede.'],
      ['La mia tariffa per questo tipo di lavoro è {{rate}}.', 'Per questo tipo di lavoro le mie tariffe partono da una cifra più alta.'],
      ['Per questo lavoro la mia tariffa è {{rate}}.', 'La tariffa per questo lavoro non è negoziabile.'],
    ),
    alternatives: {
      'smaller-scope': tones(
        ["Per quell'importo potrei occuparmi di {{offer}}.", "Per quell'importo potrei occuparmi di una parte del lavoro."],
        ["Per quell'importo potrei occuparmi di {{offer}}.", "Per quell'importo potrei occuparmi di una parte del lavoro."],
        ["Per quell'importo posso occuparmi di {{offer}}.", "Per quell'importo posso occuparmi di una parte del lavoro."],
      ),
      'separate-quote': tones(
        ["Sarò felice di preparar[ti|Le|vi] un preventivo per l'intero progetto, a {{rate}}.", 'Sarò felice di preparar[ti|Le|vi] un preventivo completo, da valutare con calma.'],
        ["Posso preventivare l'intero progetto a {{rate}}.", 'Posso inviar[ti|Le|vi] un preventivo completo da valutare.'],
        ["L'intero progetto può essere preventivato a {{rate}}.", 'Posso inviar[ti|Le|vi] un preventivo completo.'],
      ),
    },
  },
  'cannot-pay': {
    thanks: ['Grazie per avermi spiegato la [tua|Sua|vostra] situazione con tanta franchezza.', 'Grazie per la sincerità.'],
    empathy: ['So che ci sono periodi economicamente difficili.', 'So che queste situazioni non sono facili.'],
    decision: tones(
      ['Purtroppo non posso lavorare senza compenso.', 'Temo di non poter andare avanti a queste condizioni.'],
      ['Non posso lavorare senza compenso.', 'Non mi è possibile lavorare a queste condizioni.'],
      ['Non posso lavorare senza compenso.', 'Non accetto incarichi non retribuiti.'],
    ),
    reason: tones(
      ['È la mia professione, e tratto tutti i clienti allo stesso modo.'],
      ['Applico gli stessi termini a tutti i clienti.'],
      ['I miei termini di pagamento valgono per tutti i clienti.'],
    ),
  },
  'discount-after-delivery': {
    thanks: ['Grazie per il [tuo|Suo|vostro] riscontro.', 'Grazie per avermi fatto sapere cosa [ne pensi|ne pensa|ne pensate].'],
    empathy: ['Capisco che nel frattempo la [tua|Sua|vostra] situazione possa essere cambiata.', 'Capisco che non sia il risultato che [avevi|aveva|avevate] in mente.'],
    decision: tones(
      ['Temo di non poter ridurre il compenso concordato.', 'Purtroppo non posso applicare uno sconto a posteriori.'],
      ['Non posso ridurre il compenso concordato.', 'Non mi è possibile applicare uno sconto a posteriori.'],
      ['Non posso ridurre il compenso concordato.', 'Non applico sconti a posteriori.'],
    ),
    reason: tones(
      ["Il lavoro è stato consegnato come previsto da {{agreement}}, e l'importo corrisponde a quanto svolto.", "Il lavoro è stato consegnato come previsto, e l'importo corrisponde a quanto svolto."],
      ['Il lavoro è stato consegnato come previsto da {{agreement}}.', 'Il lavoro è stato consegnato come previsto.'],
      ["Il lavoro è stato completato come previsto da {{agreement}}, e l'importo è dovuto per intero.",
        "Il lavoro è stato completato come previsto, e l'importo è dovuto per intero."],
    ),
  },
  'as-agreed-in-writing': {
    thanks: ['Grazie per avermelo segnalato.', 'Grazie per avermi scritto su questo punto.'],
    empathy: ['Capisco che ci possano essere interpretazioni diverse.', 'Capisco che la questione sia importante per [te|Lei|voi].'],
    decision: tones(
      ['Purtroppo a questo punto non posso modificare gli accordi presi.', 'Temo di non poter andare oltre gli accordi iniziali.'],
      ['Non posso modificare le condizioni concordate.', 'Non mi è possibile andare oltre quanto stabilito.'],
      ['Non posso cambiare le condizioni concordate.', 'Non posso rivedere gli accordi presi.'],
    ),
    reason: tones(
      ['Per riferimento, i termini sono riportati in {{agreement}}.', 'Per riferimento, i termini sono quelli fissati nelle nostre email precedenti.'],
      ['I termini sono riportati in {{agreement}}.', 'I termini sono stati definiti per email.'],
      ['I termini sono quelli indicati in {{agreement}}.', 'I termini sono stati definiti nella nostra corrispondenza.'],
    ),
  },
  'guarantee-demanded': {
    thanks: ['Grazie per avermi spiegato cosa conta di più per [te|Lei|voi].', 'Grazie per aver chiarito le [tue|Sue|vostre] aspettative.'],
    empathy: ['Capisco che [vorresti|vorrebbe|vorreste] delle certezze prima di [impegnarti|impegnarsi|impegnarvi].', 'Capisco che [vorresti|vorrebbe|vorreste] limitare il rischio.'],
    decision: tones(
      ['Purtroppo non posso garantire risultati specifici.', 'Temo di non poter promettere un risultato garantito.'],
      ['Non posso garantire risultati specifici.', 'Non mi è possibile offrire garanzie sui risultati.'],
      ['Non posso garantire risultati.', "Non posso assumermi l'intero rischio del risultato."],
    ),
    reason: tones(
      ['Il risultato dipende anche da fattori che nessun professionista può controllare.'],
      ['Il risultato dipende da fattori fuori dal mio controllo.'],
      ['I risultati dipendono da fattori che non controllo.'],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ['Posso invece assicurar[ti|Le|vi] {{offer}}.', 'Quello che posso garantire è un piano chiaro, aggiornamenti regolari e il massimo impegno.'],
        ['Posso invece assicurar[ti|Le|vi] {{offer}}.', 'Quello che posso garantire è un piano chiaro e aggiornamenti regolari.'],
        ['Posso invece assicurar[ti|Le|vi] {{offer}}.', 'Quello che posso garantire è un piano chiaro e aggiornamenti regolari.'],
      ),
    },
  },
  'contract-terms': {
    thanks: ['Grazie per avermi inviato il contratto.', 'Grazie per avermi fatto avere la bozza di contratto.'],
    empathy: ['Capisco che [tu voglia|voglia|vogliate] tutelare la [tua|Sua|vostra] attività.', 'Capisco perché queste clausole siano importanti per [te|Lei|voi].'],
    decision: tones(
      ['Purtroppo non posso accettare alcune condizioni così come sono.', 'Temo di non poterlo firmare nella forma attuale.'],
      ['Non posso accettarlo nella forma attuale.', 'Non mi è possibile firmarlo con le condizioni attuali.'],
      ['Non posso accettare queste condizioni.', 'Non posso firmarlo in questa forma.'],
    ),
    reason: tones(
      ['Vincoli di questo tipo limiterebbero il mio lavoro con altri clienti, e per me questa libertà è irrinunciabile.'],
      ['Vincoli di questo tipo limiterebbero il mio lavoro con altri clienti.'],
      ['Escludo per principio clausole che limitino il mio lavoro con altri clienti.'],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ['Posso invece offrir[ti|Le|vi] {{offer}}.', 'Sarò felice di procedere se quelle clausole verranno eliminate.'],
        ['Posso invece offrir[ti|Le|vi] {{offer}}.', 'Posso procedere se quelle clausole verranno eliminate.'],
        ['Posso invece offrir[ti|Le|vi] {{offer}}.', 'Posso procedere se quelle clausole verranno eliminate.'],
      ),
    },
  },
};
