// Italian parts for reasons about boundaries and the relationship itself.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const boundaryReasons: Partial<Record<ReasonId, ReasonDrafts>> = {
  'already-helped': {
    thanks: ['Grazie per avermi scritto di nuovo.', "Grazie per l'aggiornamento."],
    empathy: ['Capisco quanto sia frustrante veder ricomparire lo stesso problema.', 'So quanto sia faticoso ritrovarsi con lo stesso problema.'],
    decision: tones(
      ['Purtroppo non posso continuare ad aiutar[ti|La|vi] su questo punto senza compenso.', 'Temo di non potermene occupare di nuovo senza compenso.'],
      ['Non posso continuare ad aiutar[ti|La|vi] su questo punto senza compenso.', 'Non mi è possibile occuparmene di nuovo senza compenso.'],
      ['Non posso dedicarci altro tempo senza compenso.', 'Non posso tornare su questo punto senza compenso.'],
    ),
    reason: tones(
      ['Abbiamo già affrontato questo tema in passato e le indicazioni date allora restano valide.'],
      ['Abbiamo già trattato questo tema nel lavoro precedente.'],
      ['Questo tema è stato trattato per intero nel lavoro precedente.'],
    ),
    alternatives: {
      'paid-extra': tones(
        ['Se [desideri|desidera|desiderate] altro supporto, sarò felice di fissare una sessione a pagamento, a {{rate}}.', 'Se [desideri|desidera|desiderate] altro supporto, sarò felice di fissare una nuova sessione a pagamento.'],
        ['Posso offrir[ti|Le|vi] una nuova sessione a pagamento, a {{rate}}.', 'Se [hai|ha|avete] bisogno di altro supporto, posso offrir[ti|Le|vi] una nuova sessione a pagamento.'],
        ['Un ulteriore supporto è possibile con una sessione a pagamento, a {{rate}}.', 'Un ulteriore supporto è possibile con una sessione a pagamento.'],
      ),
    },
    openDoor: tones(
      ["Se dovesse emergere un'altra questione, mi farà piacere risentir[ti|La|vi].", 'Per qualsiasi altra questione, [scrivimi|mi scriva|scrivetemi] pure quando [vuoi|vuole|volete].'],
      ['Per eventuali questioni nuove, non [esitare|esiti|esitate] a contattarmi.', 'Resto a [tua|Sua|vostra] disposizione per eventuali questioni nuove.'],
      ['Per nuove questioni resto a disposizione, alle mie condizioni abituali.', 'Resto disponibile per nuove richieste alle mie condizioni abituali.'],
    ),
  },
  'third-party-request': {
    thanks: ['Grazie per aver pensato a me per aiutare qualcuno a cui [tieni|tiene|tenete].', 'Grazie per aver consigliato il mio lavoro.'],
    empathy: ['È un bel gesto da parte [tua|Sua|vostra].', 'Si vede che [tieni|tiene|tenete] molto a chi [vuoi|vuole|volete] aiutare.'],
    decision: tones(
      ['Purtroppo non posso seguire una richiesta fatta per conto di terzi.', 'Temo di non poter accettare richieste tramite un intermediario.'],
      ['Non posso accettare richieste fatte per conto di altri.', 'Non mi è possibile lavorare tramite terzi.'],
      ['Non accetto richieste fatte per conto di terzi.', 'Non posso lavorare tramite terzi.'],
    ),
    reason: tones(
      ['Per me è importante parlare direttamente con chi ha bisogno del servizio, per capirne la situazione di prima mano.'],
      ['Collaboro direttamente con chi ha bisogno del servizio.'],
      ['Tratto esclusivamente con chi usufruisce del servizio.'],
    ),
  },
  'after-hours': {
    thanks: ['Grazie per il [tuo|Suo|vostro] messaggio.', 'Grazie per avermi scritto.'],
    empathy: ['So che gli imprevisti capitano a qualsiasi ora.', 'Capisco che per [te|Lei|voi] sia urgente.'],
    decision: tones(
      ['Purtroppo la sera e nel fine settimana non sono reperibile.', 'Temo di non poter gestire richieste fuori orario.'],
      ['Non sono disponibile fuori orario.', 'Non posso ricevere chiamate fuori orario.'],
      ['Non gestisco richieste fuori orario.', 'Non ricevo telefonate fuori orario.'],
    ),
    reason: tones(
      // The hours are the user's words and may hold a comma ("dal lunedì al venerdì, dalle 9 alle 17"):
      // they end their clause, so no comma has to close them.
      ['Seguo i clienti {{policy}}: rispettare questi limiti mi permette di dare a ciascuno tutta la mia attenzione.',
        'Tenere separati lavoro e tempo libero mi permette di dare a ogni cliente tutta la mia attenzione.'],
      ['Gestisco le richieste per iscritto, {{policy}}.',
        'Gestisco le richieste per iscritto, così che tutto resti chiaro e documentato.'],
      ['Tutte le comunicazioni avvengono via email, {{policy}}.', 'Tutte le comunicazioni avvengono via email.'],
    ),
  },
  'disrespect-or-ethics': {
    thanks: ['Grazie per il [tuo|Suo|vostro] messaggio.', 'Grazie per avermi scritto.'],
    empathy: ['Capisco che la questione sia molto importante per [te|Lei|voi].'],
    decision: tones(
      ['Temo di non poter proseguire a queste condizioni.', 'Purtroppo non posso dare seguito a questa richiesta.'],
      ['Non posso dare seguito a questa richiesta.', 'Non mi è possibile proseguire a queste condizioni.'],
      ['Non posso accettare questa richiesta.', 'Non posso proseguire a queste condizioni.'],
    ),
    reason: tones(
      ['Il mio lavoro si basa sulla correttezza e sul rispetto reciproco, principi su cui non faccio eccezioni.'],
      ['Va contro i principi a cui mi attengo nel mio lavoro.'],
      ['Va contro i principi a cui mi attengo nel mio lavoro.', 'Richieste di questo tipo non sono compatibili con il mio modo di lavorare.'],
    ),
  },
  'not-a-fit': {
    thanks: ['Grazie per la fiducia nel mio lavoro.', 'Grazie per aver pensato a me.'],
    empathy: ['So che non è la risposta che [speravi|sperava|speravate].', 'Apprezzo il tempo che [hai|ha|avete] dedicato a tutto questo.'],
    decision: tones(
      ['Dopo averci riflettuto con calma, ho deciso di non proseguire.', 'Temo di non essere la persona giusta per ciò di cui [hai|ha|avete] bisogno.'],
      ['Ho deciso di non proseguire.', 'Non potrò proseguire con questo progetto.'],
      ['Ho deciso di non proseguire.', 'Non posso continuare con questo lavoro.'],
    ),
    reason: tones(
      ['Le [tue|Sue|vostre] esigenze e il mio approccio non sono abbastanza in sintonia e [tu meriti|Lei merita|voi meritate] una collaborazione che funzioni davvero.'],
      ['Le [tue|Sue|vostre] esigenze e il mio approccio non sono in sintonia.'],
      ['Le [tue|Sue|vostre] esigenze e i miei servizi non sono compatibili.'],
    ),
    alternatives: {
      referral: tones(
        ['[Ti|Le|Vi] consiglio volentieri {{referralName}} ({{referralContact}}), che potrebbe fare al caso [tuo|Suo|vostro].',
          '[Ti|Le|Vi] consiglio volentieri {{referralName}}, che potrebbe fare al caso [tuo|Suo|vostro].',
          'Una persona che stimo potrebbe fare al caso [tuo|Suo|vostro]: [puoi|può|potete] scriverle a {{referralContact}}.',
          'Posso volentieri indicar[ti|Le|vi] qualcuno che potrebbe fare al caso [tuo|Suo|vostro].'],
        ['[Ti|Le|Vi] consiglio {{referralName}} ({{referralContact}}), che potrebbe fare al caso [tuo|Suo|vostro].',
          '[Ti|Le|Vi] consiglio {{referralName}}, che potrebbe fare al caso [tuo|Suo|vostro].',
          '[Ti|Le|Vi] suggerisco di rivolger[ti|si|vi] a {{referralContact}}: è una persona che stimo.',
          'Posso indicar[ti|Le|vi] una persona che potrebbe fare al caso [tuo|Suo|vostro].'],
        ['[Ti|Le|Vi] consiglio di contattare {{referralName}} ({{referralContact}}).', '[Ti|Le|Vi] consiglio di contattare {{referralName}}.',
          '[Ti|Le|Vi] indico questo recapito: {{referralContact}}.',
          'Posso indicar[ti|Le|vi] una persona a cui rivolger[ti|si|vi].'],
      ),
    },
    openDoor: tones(
      ['Auguro ogni successo al [tuo|Suo|vostro] progetto e, se in futuro le cose dovessero cambiare, sarà un piacere risentir[ti|La|vi].',
        'Se in futuro la situazione dovesse cambiare, non [esitare|esiti|esitate] a scrivermi.'],
      ['Se le cose dovessero cambiare, non [esitare|esiti|esitate] a scrivermi.', 'Se la situazione dovesse cambiare, sarà un piacere risentir[ti|La|vi].'],
      ['Se la situazione dovesse cambiare, resto disponibile.', '[Puoi|Può|Potete] tornare a scrivermi se la situazione dovesse cambiare.'],
    ),
  },
};
