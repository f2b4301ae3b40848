// Spanish parts for reasons about time and scope.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const workReasons: Partial<Record<ReasonId, ReasonDrafts>> = {
  'schedule-full': {
    thanks: ['Gracias por pensar en mí para este proyecto.', 'Muchas gracias por hablarme de [tu|su|su] proyecto.'],
    empathy: ['Suena muy interesante, y entiendo que [quieras|quiera|quieran] ponerlo en marcha pronto.', 'Se nota el entusiasmo que [tienes|tiene|tienen] puesto en él.'],
    decision: tones(
      ['Lamentablemente, ahora mismo no puedo asumirlo.', 'Me temo que en este momento no voy a poder asumirlo.'],
      ['En este momento no puedo asumirlo.', 'Ahora mismo no puedo aceptar nuevos encargos.'],
      ['No puedo asumirlo.', 'En este momento no acepto nuevos encargos.'],
    ),
    reason: tones(
      ['Tengo la agenda completa con mis clientes actuales y no podría dedicarle la atención que merece.',
        'Tengo la agenda completa con mis clientes actuales y quiero que cada encargo que acepte reciba toda mi atención.'],
      ['Tengo la agenda completa con los compromisos de mis clientes actuales.', 'Tengo la agenda llena con compromisos ya adquiridos.'],
      ['Mi agenda está completa.', 'No tengo margen en mi agenda.'],
    ),
  },
  'deadline-too-tight': {
    thanks: ['Gracias por avisarme del nuevo plazo.', 'Gracias por explicarme el motivo de la urgencia.'],
    empathy: ['Entiendo lo importante que es esta fecha para [ti|usted|ustedes].', 'Entiendo que [te gustaría|le gustaría|les gustaría] tenerlo antes.'],
    decision: tones(
      ['Lamentablemente, no puedo tenerlo listo para entonces.', 'Me temo que no voy a poder cumplir ese plazo.'],
      ['No puedo tenerlo listo para esa fecha.', 'No me es posible cumplir la nueva fecha.'],
      ['No puedo tenerlo listo para esa fecha.', 'No puedo adelantar el plazo.'],
    ),
    reason: tones(
      ['Hacerlo bien lleva más tiempo, y con prisas el resultado quedaría por debajo de lo que [esperas|espera|esperan].'],
      ['Hacerlo bien requiere más tiempo.', 'Acortar el plazo afectaría a la calidad del trabajo.'],
      ['El calendario acordado responde al tiempo que requiere el trabajo.', 'Mantengo el calendario que acordamos: es el tiempo que hace falta para hacerlo bien.'],
    ),
    alternatives: {
      'later-date': tones(
        ['Podría entregar[te|le|les] el encargo completo para {{date}}, si [te|le|les] sirve.', 'Podría entregar[te|le|les] el encargo completo tal como estaba previsto, si [te|le|les] sirve.'],
        ['Puedo entregar[te|le|les] el encargo completo para {{date}}.', 'Puedo entregar[te|le|les] el encargo completo tal como estaba previsto.'],
        ['Puedo entregar[te|le|les] el encargo completo para {{date}}.', 'Puedo entregar[te|le|les] el encargo completo tal como estaba previsto.'],
      ),
      'smaller-scope': tones(
        ['Eso sí, podría adelantar[te|le|les] {{offer}}, si [te|le|les] sirve.', 'Eso sí, podría adelantar[te|le|les] una primera parte más reducida, si [te|le|les] sirve.'],
        ['Puedo entregar[te|le|les] antes {{offer}}.', 'Puedo entregar[te|le|les] antes una primera parte más reducida.'],
        ['Puedo entregar[te|le|les] antes {{offer}}.', 'Puedo entregar[te|le|les] antes una primera parte más reducida.'],
      ),
    },
  },
  'out-of-scope': {
    // Thanks and decision pair by position: "la nueva petición" → "incluirla", "el trabajo extra" → "añadirlo".
    thanks: ['Gracias por enviarme la nueva petición.', 'Gracias por los detalles del trabajo extra.'],
    empathy: ['Entiendo que [te|le|les] resultaría cómodo resolverlo todo a la vez.', 'Entiendo que sería más sencillo tenerlo todo junto.'],
    decision: tones(
      ['Lamentablemente, no puedo incluirla en el proyecto actual.', 'Me temo que no puedo añadirlo al encargo actual.'],
      ['No puedo incluirla en el proyecto actual.', 'No me es posible añadirlo al encargo actual.'],
      ['No puedo incluirla en el proyecto actual.', 'No voy a añadirlo al proyecto actual.'],
    ),
    reason: tones(
      ['Va más allá del alcance que acordamos, y prefiero no poner en riesgo los plazos de lo que ya está en marcha.'],
      ['Queda fuera del alcance que acordamos.'],
      ['Está fuera del alcance acordado.', 'El alcance acordado no lo incluye.'],
    ),
  },
  'not-my-specialty': {
    thanks: ['Gracias por pensar en mí para esto.', 'Gracias por [acordarte|acordarse|acordarse] de mí.'],
    empathy: ['Valoro mucho [tu|su|su] confianza en mi trabajo.', 'Entiendo que [quieras|quiera|quieran] dejarlo en buenas manos.'],
    decision: tones(
      ['Lamentablemente, no puedo asumir este encargo.', 'Me temo que no puedo encargarme de esto.'],
      ['No puedo asumir este encargo.', 'No soy la persona adecuada para este encargo.'],
      ['No voy a asumir este encargo.', 'No acepto este tipo de encargos.'],
    ),
    reason: tones(
      ['Queda fuera de mi especialidad, y [tu|su|su] proyecto merece a alguien que domine la materia.'],
      ['No es un servicio que ofrezca.'],
      ['No trabajo en este ámbito.'],
    ),
  },
  'extra-revisions': {
    thanks: ['Gracias por [tus|sus|sus] nuevos comentarios.', 'Gracias por enviarme [tus|sus|sus] últimas observaciones.'],
    empathy: ['Quiero que el resultado [te|le|les] encante.', 'Se nota que [quieres|quiere|quieren] que quede perfecto.'],
    decision: tones(
      ['Lamentablemente, no puedo hacer más cambios sin cargo adicional.', 'Me temo que no puedo asumir más cambios dentro del precio acordado.'],
      ['No puedo hacer más cambios sin cargo adicional.', 'No me es posible hacer más cambios dentro del precio acordado.'],
      ['No puedo hacer más cambios sin cargo adicional.', 'No voy a hacer más cambios sin cargo adicional.'],
    ),
    // {{policy}} is the user's own words ("una ronda de revisiones de hasta un 15 %", "dos rondas
    // de cambios"): the sentence around it agrees with any number and gender.
    reason: tones(
      ['[Tu|Su|Su] encargo incluía {{policy}}, y ya hemos llegado a ese límite.', '[Tu|Su|Su] encargo incluía un número determinado de rondas de revisión, y ya las hemos completado.'],
      ['El presupuesto incluía {{policy}}, y ya hemos llegado a ese límite.', 'Ya hemos completado las rondas de revisión incluidas en el presupuesto.'],
      ['Según mis condiciones, cada proyecto incluye {{policy}}.', 'Lo incluido en el precio ya se ha agotado.'],
    ),
    alternatives: {
      'paid-extra': tones(
        ['Con gusto me ocupo de estos ajustes por separado, a {{rate}}.', 'Con gusto me ocupo de estos ajustes con un presupuesto aparte.'],
        ['Si [quieres|quiere|quieren], puedo ocuparme de estos ajustes por separado, a {{rate}}.', 'Si [quieres|quiere|quieren], puedo ocuparme de estos ajustes por separado.'],
        ['A partir de ahora, los ajustes se facturan a {{rate}}.', 'A partir de ahora, los ajustes se facturan aparte.'],
      ),
    },
  },
  'unrealistic-expectations': {
    thanks: ['Gracias por compartir [tus|sus|sus] objetivos con tanta claridad.', 'Gracias por contarme qué [esperas|espera|esperan] conseguir.'],
    empathy: ['Veo las ganas que [tienes|tiene|tienen] de que salga bien.', 'Entiendo la ambición que hay detrás.'],
    decision: tones(
      ['Lamentablemente, no puedo prometer ese resultado.', 'Me temo que no puedo comprometerme con ese resultado.'],
      ['No puedo comprometerme con ese resultado.', 'No me es posible prometer ese resultado.'],
      ['No puedo prometer ese resultado.', 'No me comprometo con un resultado que no puedo respaldar.'],
    ),
    reason: tones(
      ['No sería honesto por mi parte asegurar[te|le|les] algo que nadie podría lograr con los medios disponibles.'],
      ['No es alcanzable con el tiempo y el presupuesto disponibles.'],
      ['No es alcanzable con el tiempo y los recursos previstos.'],
    ),
    alternatives: {
      'smaller-scope': tones(
        ['Como alternativa realista, con gusto [te|le|les] ofrezco {{offer}}.', 'Con gusto [te|le|les] propongo un primer paso más acotado, con metas alcanzables.'],
        ['Como alternativa realista, puedo ofrecer[te|le|les] {{offer}}.', 'Puedo proponer[te|le|les] un primer paso más acotado, con metas que sí podamos cumplir.'],
        ['Como alternativa realista, puedo ofrecer[te|le|les] {{offer}}.', 'Puedo proponer[te|le|les] un primer paso más acotado, con metas que sí podamos cumplir.'],
      ),
      'what-i-can-do': tones(
        ['Lo que sí puedo hacer es ofrecer[te|le|les] {{offer}}.', 'Con gusto [te|le|les] propongo un plan realista con metas alcanzables.'],
        ['Lo que sí puedo hacer es ofrecer[te|le|les] {{offer}}.', 'Puedo proponer[te|le|les] un plan realista, con metas medibles.'],
        ['Lo que sí puedo hacer es ofrecer[te|le|les] {{offer}}.', 'Puedo proponer[te|le|les] un plan realista, con metas medibles.'],
      ),
    },
  },
  'partial-yes': {
    thanks: ['Gracias por enviarme una descripción tan completa.', 'Gracias por detallarme todo lo que [necesitas|necesita|necesitan].'],
    empathy: ['Veo que hay mucho trabajo por delante.', 'Entiendo que [te resultaría|le resultaría|les resultaría] más cómodo dejarlo todo en manos de una sola persona.'],
    decision: tones(
      ['Lamentablemente, no puedo asumirlo todo.', 'Me temo que no voy a poder asumir el encargo completo.'],
      ['No puedo encargarme de todo.', 'No me es posible asumir el encargo completo.'],
      ['No puedo encargarme de todo.', 'No voy a asumir el encargo completo.'],
    ),
    reason: tones(
      ['Hay una parte que no podría hacer con la calidad que [mereces|merece|merecen].'],
      ['Algunos aspectos quedan fuera de mi especialidad.'],
      ['Una parte queda fuera de los servicios que ofrezco.'],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ['Con gusto me ocupo de {{offer}}.', 'Con gusto me ocupo del resto.'],
        ['Puedo ocuparme de {{offer}}.', 'Puedo ocuparme del resto.'],
        ['Sí puedo ocuparme de {{offer}}.', 'Sí puedo ocuparme del resto.'],
      ),
    },
  },
  'buy-time': {
    // Thanks pair with decision and reason by position: "la propuesta" → "revisarla", "lo que buscas" → "valorarlo".
    thanks: ['Gracias por la propuesta.', 'Gracias por explicarme lo que [buscas|busca|buscan].'],
    empathy: ['Entiendo que [quieras|quiera|quieran] tener una respuesta pronto.', 'Sé que [tienes|tiene|tienen] ganas de avanzar.'],
    decision: tones(
      ['Antes de comprometerme, me gustaría tomarme unos días.', 'Me gustaría tomarme un tiempo para valorarlo antes de decidir.'],
      ['Me gustaría revisarla detenidamente antes de comprometerme.', 'Necesito unos días para valorarlo con detenimiento.'],
      ['No tomo este tipo de decisiones sobre la marcha.', 'Necesito tiempo para estudiarlo antes de decidir.'],
    ),
    reason: tones(
      ['Prefiero estudiarla con calma para no precipitarme.', 'Prefiero estudiarlo con calma para no precipitarme.'],
      ['Prefiero no tomar este tipo de decisiones sobre la marcha.'],
      ['Reviso cada encargo antes de comprometerme.'],
    ),
    openDoor: tones(
      ['Si mientras tanto [quieres|quiere|quieren] añadir algún detalle, no [dudes|dude|duden] en escribirme.'],
      ['Mientras tanto, [puedes|puede|pueden] enviarme cualquier detalle que [consideres|considere|consideren] útil.'],
      ['[Puedes|Puede|Pueden] enviarme cualquier detalle adicional por correo.'],
    ),
  },
};
