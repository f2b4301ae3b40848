// Italian parts for reasons about boundaries and the relationship itself.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const boundaryReasons: Partial<Record<ReasonId, ReasonDrafts>> = {
  'already-helped': {
    thanks: ['Grazie per avermi scritto di nuovo.', "Grazie per l'aggiornamento."],
    empathy: ['Capisco quanto sia frustrante ritrovarsi con lo stesso problema.', 'So quanto sia faticoso affrontare di nuovo lo stesso problema.'],
    decision: tones(
      ['Purtroppo non posso continuare ad aiutar[ti|La|vi] su questo gratuitamente.', 'Temo di non potermene occupare di nuovo senza costi.'],
      ['Non posso continuare ad aiutar[ti|La|vi] su questo gratuitamente.', 'Non mi è possibile occuparmene di nuovo senza costi.'],
      ['Non posso occuparmene di nuovo senza costi.', "Non posso coprire di nuovo questo tema nell'ambito del lavoro precedente."],
    ),
    reason: tones(
      ['Abbiamo già affrontato questo tema a suo tempo, e i passi che abbiamo concordato restano validi.'],
      ['Abbiamo già trattato questo tema nel lavoro precedente.'],
      ['Questo tema è stato trattato per intero nel lavoro precedente.'],
    ),
    alternatives: {
      'paid-extra': tones(
        ['Se [desideri|desidera|desiderate] altro aiuto, fissiamo volentieri una sessione a pagamento, a {{rate}}.', 'Se [desideri|desidera|desiderate] altro aiuto, fissiamo volentieri una nuova sessione a pagamento.'],
        ['Posso offrire una nuova sessione a pagamento, a {{rate}}.', 'Se [hai|ha|avete] bisogno di altro aiuto, posso offrir[ti|Le|vi] una nuova sessione a pagamento.'],
        ['Un ulteriore aiuto è disponibile come sessione a pagamento, a {{rate}}.', 'Un ulteriore aiuto è disponibile come sessione a pagamento.'],
      ),
    },
  },
  'third-party-request': {
    thanks: ['Grazie per aver pensato a me per aiutare una persona vicina a [te|Lei|voi].', 'Grazie per aver consigliato il mio lavoro.'],
    empathy: ['Si vede che [vuoi|vuole|volete] aiutare questa persona.', 'Vedo quanto [ti|Le|vi] stia a cuore.'],
    decision: tones(
      ["Purtroppo non posso occuparmene tramite un'altra persona.", 'Temo di non poter aiutare attraverso un intermediario.'],
      ['Non posso accettare richieste fatte per conto di altri.', 'Non mi è possibile lavorare tramite terzi.'],
      ['Non accetto richieste fatte per conto di terzi.', 'Non posso lavorare tramite terzi.'],
    ),
    reason: tones(
      ['Lavoro direttamente con la persona che ha bisogno di aiuto, per capire la sua situazione di prima mano.'],
      ['Lavoro direttamente con la persona interessata.'],
      ['Lavoro direttamente con la persona interessata.'],
    ),
  },
  'after-hours': {
    thanks: ['Grazie per il [tuo|Suo|vostro] messaggio.', 'Grazie per avermi scritto.'],
    empathy: ['So che gli imprevisti capitano a qualsiasi ora.', 'Capisco che per [te|Lei|voi] sia urgente.'],
    decision: tones(
      ['Purtroppo non posso rispondere al telefono né lavorare la sera e nei fine settimana.', 'Temo di non essere disponibile fuori dal mio orario di lavoro.'],
      ['Non sono disponibile fuori dal mio orario di lavoro.', 'Non posso rispondere a chiamate fuori orario.'],
      ['Non lavoro fuori dal mio orario.', 'Non rispondo a chiamate né a richieste fuori orario.'],
    ),
    reason: tones(
      ['Il mio orario è {{policy}}, e rispettarlo mi permette di dare a ogni cliente tutta la mia attenzione.',
        'Tenere libere le sere e i fine settimana è ciò che mi permette di dare ai miei clienti tutta la mia attenzione durante la settimana.'],
      ['Il mio orario è {{policy}}, e gestisco le richieste dei clienti via email.',
        'Gestisco le richieste per iscritto e in orario di lavoro, così che tutto resti chiaro e documentato.'],
      ['Il mio orario è {{policy}}, e gestisco le richieste via email.', 'Gestisco le richieste via email, nel mio orario di lavoro.'],
    ),
  },
  'disrespect-or-ethics': {
    thanks: ['Grazie per il [tuo|Suo|vostro] messaggio.', 'Grazie per avermi scritto.'],
    empathy: ['Capisco che la questione sia molto importante per [te|Lei|voi].'],
    decision: tones(
      ['Temo di non poter proseguire a queste condizioni.', 'Purtroppo non posso andare avanti con questa richiesta.'],
      ['Non posso andare avanti con questa richiesta.', 'Non mi è possibile proseguire a queste condizioni.'],
      ['Non posso accettare questa richiesta.', 'Non posso proseguire a queste condizioni.'],
    ),
    reason: tones(
      ["Il mio lavoro si basa sull'etica e sul rispetto reciproco, e questa richiesta non è in linea con questi principi."],
      ['Questo va contro i principi con cui lavoro.'],
      ['Questo va contro i principi con cui lavoro.', 'Non è qualcosa che faccio.'],
    ),
  },
  'not-a-fit': {
    thanks: ['Grazie per la fiducia nel mio lavoro.', 'Grazie per aver pensato a me.'],
    empathy: ['So che non è la risposta che [speravi|sperava|speravate].', 'Apprezzo il tempo che [hai|ha|avete] dedicato a tutto questo.'],
    decision: tones(
      ['Dopo averci riflettuto con calma, ho deciso di non proseguire.', 'Temo di non essere la persona giusta per ciò di cui [hai|ha|avete] bisogno.'],
      ['Ho deciso di non proseguire.', 'Non potrò continuare con questo lavoro.'],
      ['Ho deciso di non proseguire.', 'Non posso continuare con questo lavoro.'],
    ),
    reason: tones(
      ['Le [tue|Sue|vostre] esigenze e il mio modo di lavorare non sono abbastanza in sintonia, e [meriti|merita|meritate] qualcuno davvero adatto.'],
      ['Le [tue|Sue|vostre] esigenze e il mio modo di lavorare non sono in sintonia.'],
      ['Le [tue|Sue|vostre] esigenze e i miei servizi non sono compatibili.'],
    ),
  },
};
