// Italian parts for reasons about time and scope.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';
import { openDoorAfterOffer } from './common';

export const workReasons: Partial<Record<ReasonId, ReasonDrafts>> = {
  'schedule-full': {
    thanks: ['Grazie per aver pensato a me per questo progetto.', 'Grazie mille per avermi parlato del [tuo|Suo|vostro] progetto.'],
    empathy: ['La proposta è davvero interessante e capisco che [tu abbia|abbia|abbiate] fretta di iniziare.', 'Traspare tutto il [tuo|Suo|vostro] entusiasmo.'],
    decision: tones(
      ['Purtroppo in questo momento non posso accettarla.', 'Temo di non poter accettare nuovi incarichi in questo periodo.'],
      ["In questo momento non posso accettare l'incarico.", 'Al momento non posso accettare nuovi incarichi.'],
      ["Non posso accettare l'incarico.", 'Al momento non accetto nuovi incarichi.'],
    ),
    reason: tones(
      ["I clienti attuali riempiono già la mia agenda e non potrei dedicar[ti|Le|vi] l'attenzione che [meriti|merita|meritate].",
        "Ho l'agenda al completo e ogni cliente che seguo merita tutta la mia attenzione."],
      ['La mia agenda è già occupata dagli impegni con i clienti attuali.', "Ho già l'agenda al completo."],
      ['La mia agenda è al completo.', "Ho l'agenda piena."],
    ),
  },
  'deadline-too-tight': {
    thanks: ['Grazie per avermi comunicato le tempistiche.', "Grazie per avermi spiegato i motivi dell'urgenza."],
    empathy: ['Capisco quanto questa data sia importante per [te|Lei|voi].', 'Capisco che per [te|Lei|voi] avere tutto prima farebbe la differenza.'],
    decision: tones(
      ['Purtroppo non posso rispettare quella scadenza.', 'Temo di non poter accettare tempi così stretti.'],
      ['Non posso rispettare quella scadenza.', 'Non mi è possibile lavorare con tempi così stretti.'],
      ['Non posso rispettare quella scadenza.', 'Non posso anticipare la data.'],
    ),
    reason: tones(
      ["Un lavoro fatto bene richiede più tempo: con la fretta il risultato non sarebbe all'altezza delle [tue|Sue|vostre] aspettative."],
      ['Per essere fatto bene, il lavoro richiede più tempo.', 'Ridurli andrebbe a scapito della qualità.'],
      ['I tempi concordati sono quelli che il lavoro richiede.', 'Il lavoro richiede i tempi che abbiamo pianificato.'],
    ),
    alternatives: {
      'later-date': tones(
        ['Potrei consegnar[ti|Le|vi] tutto entro {{date}}, se per [te|Lei|voi] va bene.', 'Potrei consegnar[ti|Le|vi] tutto secondo il calendario iniziale, se per [te|Lei|voi] va bene.'],
        ['Posso consegnar[ti|Le|vi] tutto entro {{date}}.', 'Posso consegnar[ti|Le|vi] tutto secondo il calendario iniziale.'],
        ['Posso consegnar[ti|Le|vi] tutto entro {{date}}.', 'Posso consegnar[ti|Le|vi] tutto secondo il calendario iniziale.'],
      ),
      'smaller-scope': tones(
        ['Entro quella data potrei invece consegnar[ti|Le|vi] {{offer}}.', 'Entro quella data potrei consegnar[ti|Le|vi] una versione parziale, se [ti|Le|vi] può essere utile.'],
        ['Entro quella data posso consegnar[ti|Le|vi] {{offer}}.', 'Entro quella data posso consegnar[ti|Le|vi] una versione parziale.'],
        ['Entro quella data posso consegnar[ti|Le|vi] {{offer}}.', 'Entro quella data posso consegnar[ti|Le|vi] una versione parziale.'],
      ),
    },
    openDoorAfterOffer,
  },
  'out-of-scope': {
    thanks: ['Grazie per avermi inviato la richiesta aggiuntiva.', "Grazie per i dettagli sull'attività extra."],
    empathy: ['Capisco che sarebbe comodo gestire tutto insieme.', 'Capisco che sarebbe più pratico riunire tutto in un unico progetto.'],
    decision: tones(
      ['Purtroppo non posso includere questo lavoro nel progetto attuale.', "Temo di non poterla aggiungere all'incarico in corso."],
      ['Non posso includere questo lavoro nel progetto attuale.', "Non mi è possibile aggiungerla all'incarico in corso."],
      ['Non posso includere questa attività nel progetto attuale.', "Non posso aggiungerla all'incarico in corso."],
    ),
    reason: tones(
      ['Non rientra in quanto abbiamo concordato e preferisco rispettare i tempi e il budget previsti.'],
      ['Non rientra in quanto previsto dal nostro accordo.'],
      ['Non rientra negli accordi presi.', 'Esula da quanto concordato.'],
    ),
  },
  'not-my-specialty': {
    thanks: ['Grazie per aver pensato a me per questa richiesta.', 'Grazie per avermi proposto questa collaborazione.'],
    empathy: ['Apprezzo molto la [tua|Sua|vostra] fiducia.',
      'Capisco che [preferiresti affidarti a qualcuno che già conosci|preferirebbe affidarsi a qualcuno che già conosce|preferireste affidarvi a qualcuno che già conoscete].'],
    decision: tones(
      ['Purtroppo non sono la persona giusta per questo incarico.', 'Temo di non potermene occupare.'],
      ['Non posso occuparmene.', 'Non sono la persona giusta per questo tipo di lavoro.'],
      ["Non posso accettare l'incarico.", 'Non accetto questo tipo di incarico.'],
    ),
    reason: tones(
      ['È un lavoro che esula dalla mia specializzazione e il [tuo|Suo|vostro] progetto merita competenze più specifiche delle mie.'],
      ['Esula dal mio ambito di specializzazione.'],
      ['Non rientra nel mio campo.'],
    ),
  },
  'extra-revisions': {
    thanks: ['Grazie per le osservazioni.', 'Grazie per avermi inviato i [tuoi|Suoi|vostri] ultimi commenti.'],
    empathy: ['Mi sta a cuore che il risultato [ti|La|vi] soddisfi pienamente.', 'Si vede che [ci tieni|ci tiene|ci tenete] a un risultato perfetto.'],
    decision: tones(
      ['Purtroppo non posso includere altre modifiche nel prezzo attuale.', 'Temo di non poter fare altre revisioni senza un compenso aggiuntivo.'],
      ['Non posso includere altre modifiche nel prezzo attuale.', 'Non mi è possibile effettuare altre revisioni senza costi aggiuntivi.'],
      ['Non posso includere altre modifiche nel prezzo stabilito.', 'Non posso effettuare altre revisioni senza costi aggiuntivi.'],
    ),
    // The policy is the user's own words ("un giro di revisioni fino al 15%"): nothing may agree with it.
    reason: tones(
      ['Quanto previsto dal nostro accordo ({{policy}}) è già stato completato.', 'Il nostro accordo ne prevede un numero definito, già esaurito.'],
      ['Quanto previsto dal nostro accordo ({{policy}}) è già stato completato.', 'Il nostro accordo ne prevede un numero definito, già esaurito.'],
      ['Come indicato nelle mie condizioni, il compenso comprende {{policy}}.', 'Il limite fissato dal nostro accordo è già stato raggiunto.'],
    ),
    alternatives: {
      'paid-extra': tones(
        ['Sarò felice di occuparmi dei nuovi interventi come extra, a {{rate}}.', 'Sarò felice di occuparmi dei nuovi interventi come extra a pagamento.'],
        ['I nuovi interventi vengono fatturati a {{rate}}.', 'I nuovi interventi possono essere fatturati come extra.'],
        ['I nuovi interventi vengono fatturati a {{rate}}.', 'I nuovi interventi vengono fatturati a parte.'],
      ),
    },
  },
  'unrealistic-expectations': {
    thanks: ['Grazie per avermi illustrato i [tuoi|Suoi|vostri] obiettivi con tanta chiarezza.', 'Grazie per avermi raccontato cosa [speri|spera|sperate] di ottenere.'],
    empathy: ['Capisco quanto [ti|Le|vi] stia a cuore la riuscita del progetto.', "Apprezzo l'ambizione del progetto."],
    decision: tones(
      ['Purtroppo non posso promettere quel risultato.', 'Temo di non potermi impegnare su quel risultato.'],
      ['Non posso impegnarmi su quel risultato.', 'Non mi è possibile promettere quel risultato.'],
      ['Non posso promettere quel risultato.', 'Non mi impegno su un risultato che non posso garantire.'],
    ),
    reason: tones(
      ['Con i tempi previsti nessuno potrebbe raggiungerlo e non sarebbe corretto illuder[ti|La|vi].'],
      ['Non è raggiungibile con i tempi e il budget disponibili.'],
      ['Non è raggiungibile con i tempi e le risorse previsti.'],
    ),
    alternatives: {
      'smaller-scope': tones(
        ['Sarei felice di propor[ti|Le|vi] invece {{offer}}, come primo passo realistico.', 'Sarei felice di propor[ti|Le|vi] un primo passo più limitato e realistico.'],
        ['Posso invece propor[ti|Le|vi] {{offer}}, come primo passo realistico.', 'Posso propor[ti|Le|vi] un primo passo più limitato e realistico.'],
        ['Posso invece propor[ti|Le|vi] {{offer}}, come primo passo realistico.', 'Posso propor[ti|Le|vi] un primo passo più limitato e realistico.'],
      ),
      'what-i-can-do': tones(
        ['Quello che posso fare, in modo realistico, è offrir[ti|Le|vi] {{offer}}.', 'Sarei felice di propor[ti|Le|vi] un piano realistico, con traguardi concreti.'],
        ['Quello che posso fare, in modo realistico, è offrir[ti|Le|vi] {{offer}}.', 'Posso propor[ti|Le|vi] un piano realistico, con traguardi concreti.'],
        ['Quello che posso fare, in modo realistico, è offrir[ti|Le|vi] {{offer}}.', 'Posso propor[ti|Le|vi] un piano realistico, con traguardi concreti.'],
      ),
    },
    openDoorAfterOffer,
  },
  'partial-yes': {
    thanks: ['Grazie per avermi inviato la richiesta completa.', 'Grazie per avermi spiegato tutto ciò di cui [hai|ha|avete] bisogno.'],
    empathy: ["Vedo che c'è molto da fare.", 'Capisco che [preferiresti|preferirebbe|preferireste] avere un unico referente.'],
    decision: tones(
      ['Purtroppo non posso occuparmi di tutto.', "Temo di non poter seguire l'intero progetto."],
      ['Non posso occuparmi di tutto.', "Non mi è possibile accettare l'intera richiesta."],
      ['Non posso occuparmi di tutto.', "Non posso accettare l'intera richiesta."],
    ),
    reason: tones(
      ['Alcune parti esulano dalle mie competenze ed è giusto affidarle a chi può curarle al meglio.'],
      ['Alcune parti esulano dalle mie competenze.'],
      ['Alcune attività non rientrano nei servizi che offro.'],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ['Mi occupo volentieri di {{offer}}.', 'Mi occupo volentieri di ciò che rientra nel mio ambito.'],
        ['Posso invece seguire {{offer}}.', 'Posso invece seguire ciò che rientra nel mio ambito.'],
        ['Posso invece seguire {{offer}}.', 'Posso seguire le parti di mia competenza.'],
      ),
    },
    openDoorAfterOffer,
  },
  'buy-time': {
    thanks: ['Grazie per la proposta.', 'Grazie per avermi spiegato di cosa [hai|ha|avete] bisogno.'],
    empathy: ['Capisco che per [te|Lei|voi] i tempi siano stretti.', 'So che [ti|Le|vi] preme partire presto.'],
    decision: tones(
      ['Prima di decidere, vorrei pensarci con calma.', 'Vorrei prendermi del tempo per riflettere prima di impegnarmi.'],
      ['Vorrei valutare la richiesta con calma prima di decidere.', 'Mi serve del tempo per valutare la richiesta prima di decidere.'],
      ['Non prendo decisioni su due piedi.', 'Mi serve del tempo per valutare la richiesta prima di decidere.'],
    ),
    reason: tones(
      ['Preferisco dar[ti|Le|vi] una risposta ponderata piuttosto che affrettata.'],
      ['Per impegni di questo tipo preferisco mettere tutto nero su bianco.'],
      ['Confermo impegni di questo tipo esclusivamente per iscritto.'],
    ),
    openDoor: tones(
      ['Nel frattempo, se [vuoi|vuole|volete] aggiungere qualche dettaglio, [scrivimi|mi scriva|scrivetemi] pure.'],
      ['Nel frattempo resto a disposizione per eventuali altri dettagli.'],
      ['[Puoi|Può|Potete] inviarmi eventuali altri dettagli via email.'],
    ),
  },
};
