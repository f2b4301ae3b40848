// Italian parts for reasons about money and trust.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const moneyTrustReasons: Partial<Record<ReasonId, ReasonDrafts>> = {
  'budget-too-low': {
    thanks: ['Grazie per aver condiviso il [tuo|Suo|vostro] budget con tanta chiarezza.', 'Grazie per la trasparenza sul budget.'],
    empathy: ['So quanto i budget vadano calibrati con attenzione.', 'Capisco che il budget sia limitato, e apprezzo la [tua|Sua|vostra] sincerità.'],
    decision: tones(
      ["Purtroppo non posso realizzare l'intero progetto con quel budget.", 'Temo di non poterlo accettare per quella cifra.'],
      ["Non posso realizzare l'intero progetto con quel budget.", 'Non mi è possibile accettarlo a quel prezzo.'],
      ['Non posso accettarlo con quel budget.', 'Non lavoro al di sotto delle mie tariffe.'],
    ),
    reason: tones(
      ['La mia tariffa per questo tipo di lavoro è {{rate}}, e riflette il tempo e la cura che richiede.', 'Le mie tariffe riflettono il tempo e la cura che questo tipo di lavoro richiede.'],
      ['La mia tariffa per questo tipo di lavoro è {{rate}}.', 'Le mie tariffe per questo tipo di lavoro sono più alte.'],
      ['La mia tariffa per questo lavoro è {{rate}}.', 'Le mie tariffe per questo lavoro sono fisse.'],
    ),
    alternatives: {
      'smaller-scope': tones(
        ['Con quel budget potrei occuparmi di {{offer}}.', 'Con quel budget potrei occuparmi di una parte più ridotta del progetto.'],
        ['Con quel budget potrei occuparmi di {{offer}}.', 'Con quel budget potrei occuparmi di una parte più ridotta del progetto.'],
        ['Con quel budget posso occuparmi di {{offer}}.', 'Con quel budget posso occuparmi di una parte più ridotta del progetto.'],
      ),
      'separate-quote': tones(
        ["Preventivo volentieri l'intero progetto a {{rate}}.", 'Preparo volentieri un preventivo completo, così [puoi|può|potete] pianificarlo.'],
        ["Posso preventivare l'intero progetto a {{rate}}.", 'Posso inviar[ti|Le|vi] un preventivo completo, così [puoi|può|potete] pianificarlo.'],
        ["L'intero progetto può essere preventivato a {{rate}}.", 'Posso inviar[ti|Le|vi] un preventivo completo.'],
      ),
    },
  },
  'cannot-pay': {
    thanks: ['Grazie per avermi spiegato la [tua|Sua|vostra] situazione con tanta franchezza.', 'Grazie per la sincerità.'],
    empathy: ['Capisco che a volte i soldi scarseggino.', 'So che queste situazioni non sono facili.'],
    decision: tones(
      ['Purtroppo non posso lavorare senza compenso.', 'Temo di non poter andare avanti a queste condizioni.'],
      ['Non posso andare avanti senza il pagamento.', 'Non mi è possibile lavorare a queste condizioni.'],
      ['Non posso lavorare senza compenso.', 'Non accetto incarichi a queste condizioni.'],
    ),
    reason: tones(
      ['È il mio modo di guadagnarmi da vivere, e applico le stesse condizioni a tutti i miei clienti.'],
      ['Applico le stesse condizioni di pagamento a tutti i miei clienti.'],
      ['Le mie condizioni di pagamento valgono per tutti i clienti.'],
    ),
  },
  'discount-after-delivery': {
    thanks: ['Grazie per il [tuo|Suo|vostro] riscontro sul lavoro consegnato.', 'Grazie per avermi dato la [tua|Sua|vostra] opinione sul lavoro.'],
    empathy: ['Capisco che da parte [tua|Sua|vostra] le cose possano essere cambiate.', 'Capisco che non sia il risultato che [avevi|aveva|avevate] in mente.'],
    decision: tones(
      ['Temo di non poter ridurre il compenso concordato.', 'Purtroppo non posso applicare uno sconto a lavoro consegnato.'],
      ['Non posso ridurre il compenso concordato.', 'Non mi è possibile applicare uno sconto su un lavoro già consegnato.'],
      ['Non posso ridurre il compenso concordato.', 'Non applico sconti su un lavoro già consegnato.'],
    ),
    reason: tones(
      ['Il lavoro è stato consegnato come previsto da {{agreement}}, e il compenso corrisponde a quel lavoro.', 'Il lavoro è stato consegnato come concordato, e il compenso corrisponde al lavoro svolto.'],
      ['Il lavoro è stato consegnato come previsto da {{agreement}}.', 'Il lavoro è stato consegnato come concordato.'],
      ['Il lavoro è stato completato come previsto da {{agreement}}, e il compenso concordato è dovuto per intero.',
        'Il lavoro è stato completato come concordato, e il compenso concordato è dovuto per intero.'],
    ),
  },
  'as-agreed-in-writing': {
    thanks: ['Grazie per avermelo segnalato.', 'Grazie per avermi scritto su questo punto.'],
    empathy: ['Capisco che possa essere stato interpretato diversamente.', 'Capisco che la questione sia importante per [te|Lei|voi].'],
    decision: tones(
      ['Purtroppo a questo punto non posso modificare quanto concordato.', 'Temo di non poter andare oltre quanto concordato.'],
      ['Non posso modificare le condizioni concordate.', 'Non mi è possibile andare oltre quanto concordato.'],
      ['Non posso modificare le condizioni concordate.', 'Non posso cambiare quanto concordato per iscritto.'],
    ),
    reason: tones(
      ['Per riferimento, quanto concordato è riportato in {{agreement}}.', 'Per riferimento, quanto concordato è riportato per iscritto nelle nostre email precedenti.'],
      ['Quanto concordato è riportato in {{agreement}}.', 'Quanto concordato è riportato per iscritto.'],
      ['Le condizioni sono riportate in {{agreement}}.', 'Le condizioni sono riportate per iscritto.'],
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
      ['Nessun professionista onesto può promettere un risultato che dipende da fattori fuori dal proprio controllo.'],
      ['Il risultato dipende da fattori fuori dal mio controllo.'],
      ['I risultati dipendono da fattori che non controllo.'],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ['Posso invece garantir[ti|Le|vi] {{offer}}.', 'Quello che posso garantire è un piano chiaro, aggiornamenti regolari e il mio miglior lavoro.'],
        ['Posso invece garantir[ti|Le|vi] {{offer}}.', 'Quello che posso garantire è un piano chiaro e aggiornamenti regolari.'],
        ['Posso invece garantir[ti|Le|vi] {{offer}}.', 'Quello che posso garantire è un piano chiaro e aggiornamenti regolari.'],
      ),
    },
  },
  'contract-terms': {
    thanks: ['Grazie per avermi inviato il contratto.', "Grazie per aver condiviso l'accordo."],
    empathy: ['Capisco che [tu voglia|voglia|vogliate] tutelare la [tua|Sua|vostra] attività.', 'Capisco perché queste clausole siano importanti per [te|Lei|voi].'],
    decision: tones(
      ['Purtroppo non posso accettare alcune condizioni così come sono.', 'Temo di non poterlo firmare nella forma attuale.'],
      ['Non posso accettare il contratto nella forma attuale.', 'Non mi è possibile firmarlo con le condizioni attuali.'],
      ['Non posso accettare queste condizioni.', 'Non firmo contratti con queste condizioni.'],
    ),
    reason: tones(
      ['Clausole di questo tipo limiterebbero il mio lavoro con altri clienti, e questa libertà la mantengo in ogni collaborazione.'],
      ['Clausole di questo tipo limiterebbero il mio lavoro con altri clienti.'],
      ['Non accetto clausole che limitino il mio lavoro con altri clienti.'],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ['Posso invece offrir[ti|Le|vi] {{offer}}.', 'Procedo volentieri con il progetto se quelle clausole vengono eliminate.'],
        ['Posso invece offrir[ti|Le|vi] {{offer}}.', 'Posso procedere se quelle clausole vengono eliminate.'],
        ['Posso invece offrir[ti|Le|vi] {{offer}}.', 'Posso procedere se quelle clausole vengono eliminate.'],
      ),
    },
  },
};
