// Italian parts for reasons about time and scope.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const workReasons: Partial<Record<ReasonId, ReasonDrafts>> = {
  'schedule-full': {
    thanks: ['Grazie per aver pensato a me per questo progetto.', 'Grazie mille per avermi parlato del [tuo|Suo|vostro] progetto.'],
    empathy: ['Sembra un progetto molto interessante, e capisco che i tempi siano importanti per [te|Lei|voi].', 'Si vede quanto [ci tieni|ci tiene|ci tenete].'],
    decision: tones(
      ['Purtroppo in questo momento non posso occuparmene.', 'Temo che al momento non potrò occuparmene.'],
      ['In questo momento non posso accettare questo progetto.', 'Al momento non posso accettare nuovi incarichi.'],
      ['Non posso accettare questo progetto.', 'Al momento non accetto nuovi progetti.'],
    ),
    reason: tones(
      ["La mia agenda è piena con i clienti attuali e non potrei dedicare al [tuo|Suo|vostro] progetto l'attenzione che merita.",
        "Ho l'agenda piena con i clienti attuali, e voglio che ogni progetto che accetto riceva tutta la mia attenzione."],
      ['La mia agenda è piena con gli impegni dei clienti attuali.', "Ho l'agenda occupata da impegni già presi."],
      ['La mia agenda è piena.', "Ho l'agenda piena."],
    ),
  },
  'deadline-too-tight': {
    thanks: ["Grazie per l'aggiornamento sulla scadenza.", "Grazie per avermi spiegato i motivi dell'urgenza."],
    empathy: ['Capisco quanto questa data sia importante per [te|Lei|voi].', 'Capisco che [vorresti|vorrebbe|vorreste] averlo prima.'],
    decision: tones(
      ['Purtroppo non posso consegnarlo entro quella data.', 'Temo di non poter rispettare quella scadenza.'],
      ['Non posso consegnarlo entro quella scadenza.', 'Non mi è possibile rispettare la nuova data.'],
      ['Non posso consegnarlo entro quella data.', 'Non posso anticipare la consegna.'],
    ),
    reason: tones(
      ['Fare un buon lavoro richiede più tempo, e con la fretta [ti|Le|vi] consegnerei qualcosa al di sotto di quello che [ti aspetti|si aspetta|vi aspettate].'],
      ['Il lavoro richiede più tempo per essere fatto bene.', 'Accorciare i tempi comprometterebbe la qualità del lavoro.'],
      ['La scadenza concordata riflette il tempo che il lavoro richiede.', 'Un buon lavoro ha bisogno del tempo che abbiamo pianificato.'],
    ),
    alternatives: {
      'later-date': tones(
        ['Potrei consegnar[ti|Le|vi] il lavoro completo entro {{date}}, se [ti|Le|vi] è utile.', 'Potrei consegnar[ti|Le|vi] il lavoro completo nei tempi previsti inizialmente, se [ti|Le|vi] è utile.'],
        ['Posso consegnar[ti|Le|vi] il lavoro completo entro {{date}}.', 'Posso consegnar[ti|Le|vi] il lavoro completo nei tempi previsti inizialmente.'],
        ['Posso consegnar[ti|Le|vi] il lavoro completo entro {{date}}.', 'Posso consegnar[ti|Le|vi] il lavoro completo nei tempi previsti inizialmente.'],
      ),
      'smaller-scope': tones(
        ['Entro quella data potrei invece consegnar[ti|Le|vi] {{offer}}.', 'Entro quella data potrei consegnar[ti|Le|vi] una prima parte più ridotta, se [ti|Le|vi] è utile.'],
        ['Entro quella data posso consegnar[ti|Le|vi] {{offer}}.', 'Entro quella data posso consegnar[ti|Le|vi] una prima parte più ridotta.'],
        ['Entro quella data posso consegnar[ti|Le|vi] {{offer}}.', 'Entro quella data posso consegnar[ti|Le|vi] una prima parte più ridotta.'],
      ),
    },
  },
  'out-of-scope': {
    thanks: ['Grazie per avermi inviato la richiesta aggiuntiva.', 'Grazie per i dettagli sul lavoro extra.'],
    empathy: ['Capisco che sarebbe comodo gestire tutto insieme.', 'Capisco che sarebbe più semplice avere tutto in un unico incarico.'],
    decision: tones(
      ['Purtroppo non posso includerlo nel progetto attuale.', 'Temo di non poterlo aggiungere a quanto concordato.'],
      ['Non posso includerlo nel progetto attuale.', 'Non mi è possibile aggiungerlo al lavoro concordato.'],
      ['Non posso includerlo nel progetto attuale.', 'Non posso aggiungerlo al progetto attuale.'],
    ),
    reason: tones(
      ['Va oltre quanto abbiamo concordato, e voglio che il [tuo|Suo|vostro] progetto resti sulla strada giusta.'],
      ['Non rientra nel lavoro che abbiamo concordato.'],
      ['Non rientra negli accordi.', 'Il lavoro concordato non lo prevede.'],
    ),
  },
  'not-my-specialty': {
    thanks: ['Grazie per aver pensato a me per questo lavoro.', 'Grazie per avermi coinvolto.'],
    empathy: ['Apprezzo molto la [tua|Sua|vostra] fiducia nel mio lavoro.',
      'Capisco che [preferiresti affidarti a qualcuno che già conosci|preferirebbe affidarsi a qualcuno che già conosce|preferireste affidarvi a qualcuno che già conoscete].'],
    decision: tones(
      ['Purtroppo non sono la persona giusta per questo incarico.', 'Temo di non potermene occupare.'],
      ['Non posso occuparmene.', 'Non sono la persona giusta per questo incarico.'],
      ['Non posso accettare questo lavoro.', 'Non accetto incarichi di questo tipo.'],
    ),
    reason: tones(
      ['Esula dalla mia specializzazione, e il [tuo|Suo|vostro] progetto merita qualcuno che conosca a fondo la materia.'],
      ['Esula dal mio ambito di specializzazione.'],
      ['È fuori dal mio campo.'],
    ),
  },
  'extra-revisions': {
    thanks: ['Grazie per il nuovo giro di commenti.', 'Grazie per avermi inviato i [tuoi|Suoi|vostri] ultimi commenti.'],
    empathy: ['Voglio che il risultato [ti|La|vi] soddisfi pienamente.', 'Si vede che [ci tieni|ci tiene|ci tenete] a un risultato perfetto.'],
    decision: tones(
      ['Purtroppo non posso includere un altro giro di revisioni nel prezzo attuale.', 'Temo di non poter includere un altro giro nel prezzo concordato.'],
      ['Non posso includere altre revisioni nel prezzo attuale.', 'Non mi è possibile aggiungere un altro giro di revisioni senza costi.'],
      ['Non posso includere altre revisioni nel prezzo concordato.', 'Non posso effettuare altre revisioni senza costi aggiuntivi.'],
    ),
    reason: tones(
      ['Il mio prezzo include {{policy}}, che abbiamo già completato.', 'Il mio prezzo include un numero definito di giri di revisione, che abbiamo già completato.'],
      ['Il mio prezzo include {{policy}}, che abbiamo già completato.', 'I giri di revisione inclusi nel prezzo sono già stati completati.'],
      ['Come indicato nelle mie condizioni, il mio prezzo include {{policy}}.', 'I giri di revisione inclusi nel prezzo sono esauriti.'],
    ),
    alternatives: {
      'paid-extra': tones(
        ['Mi occupo volentieri di altri giri come lavoro extra, a {{rate}}.', 'Mi occupo volentieri di altri giri come lavoro extra a pagamento.'],
        ['I giri aggiuntivi sono fatturati a {{rate}}.', 'I giri aggiuntivi possono essere fatturati come lavoro extra.'],
        ['I giri aggiuntivi sono fatturati a {{rate}}.', 'I giri aggiuntivi sono fatturati a parte.'],
      ),
    },
  },
  'unrealistic-expectations': {
    thanks: ['Grazie per aver condiviso i [tuoi|Suoi|vostri] obiettivi con tanta chiarezza.', 'Grazie per avermi raccontato cosa [speri|spera|sperate] di ottenere.'],
    empathy: ['Vedo quanto [desideri|desidera|desiderate] che vada bene.', "Capisco l'ambizione che c'è dietro."],
    decision: tones(
      ['Purtroppo non posso promettere quel risultato.', 'Temo di non potermi impegnare su quel risultato.'],
      ['Non posso impegnarmi su quel risultato.', 'Non mi è possibile promettere quel risultato.'],
      ['Non posso promettere quel risultato.', 'Non mi impegno su un risultato che non posso garantire.'],
    ),
    reason: tones(
      ['Non sarebbe onesto promettere qualcosa che nessuno potrebbe ottenere in quei tempi.'],
      ['Non è raggiungibile con i tempi e il budget disponibili.'],
      ['Non è raggiungibile con i tempi e le risorse disponibili.'],
    ),
    alternatives: {
      'smaller-scope': tones(
        ['Realisticamente, posso invece offrir[ti|Le|vi] {{offer}}.', 'Posso propor[ti|Le|vi] volentieri un primo passo più limitato, con obiettivi raggiungibili.'],
        ['Realisticamente, posso invece offrir[ti|Le|vi] {{offer}}.', 'Posso propor[ti|Le|vi] un primo passo più limitato, con obiettivi raggiungibili.'],
        ['Realisticamente, posso invece offrir[ti|Le|vi] {{offer}}.', 'Posso propor[ti|Le|vi] un primo passo più limitato, con obiettivi raggiungibili.'],
      ),
      'what-i-can-do': tones(
        ['Quello che posso fare, in modo realistico, è offrir[ti|Le|vi] {{offer}}.', 'Posso propor[ti|Le|vi] volentieri un piano realistico con obiettivi raggiungibili.'],
        ['Quello che posso fare, in modo realistico, è offrir[ti|Le|vi] {{offer}}.', 'Posso propor[ti|Le|vi] un piano realistico con obiettivi raggiungibili.'],
        ['Quello che posso fare, in modo realistico, è offrir[ti|Le|vi] {{offer}}.', 'Posso propor[ti|Le|vi] un piano realistico con obiettivi raggiungibili.'],
      ),
    },
  },
  'partial-yes': {
    thanks: ['Grazie per avermi inviato la richiesta completa.', 'Grazie per avermi spiegato tutto ciò di cui [hai|ha|avete] bisogno.'],
    empathy: ["Vedo che c'è molto da fare.", "Capisco che [preferiresti|preferirebbe|preferireste] affidare tutto a un'unica persona."],
    decision: tones(
      ['Purtroppo non posso occuparmi di tutto.', 'Temo di non poter seguire ogni parte del lavoro.'],
      ['Non posso occuparmi di tutto.', "Non mi è possibile accettare l'intera richiesta."],
      ['Non posso occuparmi di tutto.', "Non posso accettare l'intera richiesta."],
    ),
    reason: tones(
      ['Una parte esula da ciò che posso fare con la qualità che [meriti|merita|meritate].'],
      ['Una parte esula da ciò che posso seguire.'],
      ['Una parte esula dai servizi che offro.'],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ['Mi occupo volentieri di {{offer}}.', 'Mi occupo volentieri delle parti in linea con il mio lavoro.'],
        ['Posso occuparmi di {{offer}}.', 'Posso occuparmi delle parti in linea con il mio lavoro.'],
        ['Posso occuparmi di {{offer}}.', 'Posso occuparmi delle parti che rientrano nei miei servizi.'],
      ),
    },
  },
  'buy-time': {
    thanks: ['Grazie per la proposta.', 'Grazie per avermi spiegato di cosa [hai|ha|avete] bisogno.'],
    empathy: ['Capisco che [vorresti|vorrebbe|vorreste] una risposta a breve.', 'So che [hai|ha|avete] voglia di andare avanti.'],
    decision: tones(
      ['Prima di dar[ti|Le|vi] una risposta, vorrei prendermi del tempo per pensarci bene.', 'Vorrei prendermi del tempo per valutarlo prima di impegnarmi.'],
      ['Vorrei esaminarlo con calma prima di dar[ti|Le|vi] una risposta.', 'Ho bisogno di tempo per valutarlo prima di decidere.'],
      ['Non prendo decisioni di questo tipo su due piedi.', 'Ho bisogno di tempo per esaminarlo prima di decidere.'],
    ),
    reason: tones(
      ['Così potrò dar[ti|Le|vi] una risposta ponderata, non affrettata.'],
      ['Preferisco confermare decisioni di questo tipo per iscritto.'],
      ['Confermo le decisioni di questo tipo per iscritto.'],
    ),
    openDoor: tones(
      ['Nel frattempo, non [esitare|esiti|esitate] a inviarmi per iscritto qualsiasi dettaglio.'],
      ['Nel frattempo, non [esitare|esiti|esitate] a inviarmi per iscritto qualsiasi dettaglio.'],
      ['[Puoi|Può|Potete] inviarmi eventuali dettagli via email.'],
    ),
  },
};
