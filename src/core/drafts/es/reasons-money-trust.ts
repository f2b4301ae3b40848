// Spanish parts for reasons about money and trust.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const moneyTrustReasons: Partial<Record<ReasonId, ReasonDrafts>> = {
  'budget-too-low': {
    thanks: ['Gracias por compartir [tu|su|su] presupuesto con tanta claridad.', 'Gracias por la transparencia con el presupuesto.'],
    empathy: ['Sé lo mucho que hay que ajustar los presupuestos.', 'Entiendo que el presupuesto es limitado, y valoro [tu|su|su] sinceridad.'],
    decision: tones(
      ['Lamentablemente, no puedo hacer el proyecto completo con ese presupuesto.', 'Me temo que no puedo asumirlo por esa cantidad.'],
      ['No puedo hacer el proyecto completo con ese presupuesto.', 'No me es posible asumirlo por ese precio.'],
      ['No puedo asumirlo con ese presupuesto.', 'No trabajo por debajo de mis tarifas.'],
    ),
    reason: tones(
      ['Mi tarifa para este tipo de trabajo es {{rate}}, que refleja el tiempo y el cuidado que requiere.', 'Mis tarifas reflejan el tiempo y el cuidado que requiere este tipo de trabajo.'],
      ['Mi tarifa para este tipo de trabajo es {{rate}}.', 'Mis tarifas para este tipo de trabajo son más altas.'],
      ['Mi tarifa para este trabajo es {{rate}}.', 'Mis tarifas para este trabajo son fijas.'],
    ),
    alternatives: {
      'smaller-scope': tones(
        ['Con ese presupuesto, podría encargarme de {{offer}}.', 'Con ese presupuesto, podría encargarme de una parte más reducida del proyecto.'],
        ['Con ese presupuesto, podría encargarme de {{offer}}.', 'Con ese presupuesto, podría encargarme de una parte más reducida del proyecto.'],
        ['Con ese presupuesto, puedo encargarme de {{offer}}.', 'Con ese presupuesto, puedo encargarme de una parte más reducida del proyecto.'],
      ),
      'separate-quote': tones(
        ['Con gusto [te|le|les] presupuesto el proyecto completo a {{rate}}.', 'Con gusto [te|le|les] envío un presupuesto completo para que [puedas|pueda|puedan] planificarlo.'],
        ['Puedo presupuestar[te|le|les] el proyecto completo a {{rate}}.', 'Puedo enviar[te|le|les] un presupuesto completo para que [puedas|pueda|puedan] planificarlo.'],
        ['El proyecto completo puede presupuestarse a {{rate}}.', 'Puedo enviar[te|le|les] un presupuesto completo.'],
      ),
    },
  },
  'cannot-pay': {
    thanks: ['Gracias por explicarme [tu|su|su] situación con tanta franqueza.', 'Gracias por hablarme con sinceridad.'],
    empathy: ['Entiendo que a veces el dinero está justo.', 'Sé que estas situaciones no son fáciles.'],
    decision: tones(
      ['Lamentablemente, no puedo trabajar sin cobrar.', 'Me temo que no puedo seguir adelante en esas condiciones.'],
      ['No puedo seguir adelante sin el pago.', 'No me es posible trabajar en esas condiciones.'],
      ['No puedo trabajar sin cobrar.', 'No acepto encargos en esas condiciones.'],
    ),
    reason: tones(
      ['Es mi forma de ganarme la vida, y aplico las mismas condiciones a todos mis clientes.'],
      ['Aplico las mismas condiciones de pago a todos mis clientes.'],
      ['Mis condiciones de pago son las mismas para todos los clientes.'],
    ),
  },
  'discount-after-delivery': {
    thanks: ['Gracias por [tus|sus|sus] comentarios sobre el trabajo entregado.', 'Gracias por contarme [tu|su|su] opinión sobre el trabajo.'],
    empathy: ['Entiendo que las cosas han podido cambiar por [tu|su|su] parte.', 'Entiendo que no es el resultado que [tenías|tenía|tenían] en mente.'],
    decision: tones(
      ['Me temo que no puedo reducir los honorarios acordados.', 'Lamentablemente, no puedo aplicar un descuento una vez entregado el trabajo.'],
      ['No puedo reducir los honorarios acordados.', 'No me es posible aplicar un descuento sobre un trabajo ya entregado.'],
      ['No puedo reducir los honorarios acordados.', 'No voy a aplicar descuentos sobre un trabajo ya entregado.'],
    ),
    reason: tones(
      ['El trabajo se entregó tal como recoge {{agreement}}, y los honorarios corresponden a ese trabajo.', 'El trabajo se entregó tal como lo acordamos, y los honorarios corresponden al trabajo realizado.'],
      ['El trabajo se entregó tal como recoge {{agreement}}.', 'El trabajo se entregó según lo acordado.'],
      ['El trabajo se completó tal como recoge {{agreement}}, y los honorarios acordados deben abonarse íntegramente.',
        'El trabajo se completó según lo acordado, y los honorarios acordados deben abonarse íntegramente.'],
    ),
  },
  'as-agreed-in-writing': {
    thanks: ['Gracias por planteármelo.', 'Gracias por escribirme sobre este tema.'],
    empathy: ['Entiendo que esto se haya podido interpretar de otra manera.', 'Entiendo que este tema es importante para [ti|usted|ustedes].'],
    decision: tones(
      ['Lamentablemente, a estas alturas no puedo cambiar lo que acordamos.', 'Me temo que no puedo asumir trabajo más allá de lo acordado.'],
      ['No puedo cambiar las condiciones acordadas.', 'No me es posible ir más allá de lo acordado.'],
      ['No puedo cambiar las condiciones acordadas.', 'No voy a modificar lo que acordamos por escrito.'],
    ),
    reason: tones(
      ['Como referencia, lo que acordamos consta en {{agreement}}.', 'Como referencia, lo que acordamos consta por escrito en nuestros correos anteriores.'],
      ['Lo acordado consta en {{agreement}}.', 'Lo acordado consta por escrito.'],
      ['Las condiciones constan en {{agreement}}.', 'Las condiciones constan por escrito.'],
    ),
  },
  'guarantee-demanded': {
    thanks: ['Gracias por explicarme lo que más [te|le|les] importa.', 'Gracias por dejar claras [tus|sus|sus] expectativas.'],
    empathy: ['Entiendo que [quieras|quiera|quieran] tener certezas antes de [comprometerte|comprometerse|comprometerse].', 'Entiendo que [quieras|quiera|quieran] limitar el riesgo.'],
    decision: tones(
      ['Lamentablemente, no puedo garantizar resultados concretos.', 'Me temo que no puedo prometer un resultado garantizado.'],
      ['No puedo garantizar resultados concretos.', 'No me es posible ofrecer garantías sobre los resultados.'],
      ['No puedo garantizar resultados.', 'No puedo asumir todo el riesgo del resultado.'],
    ),
    reason: tones(
      ['Ningún profesional honesto puede prometer un resultado que depende de factores que no controla.'],
      ['El resultado depende de factores que no están bajo mi control.'],
      ['Los resultados dependen de factores que no controlo.'],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ['Sí puedo asegurar[te|le|les] {{offer}}.', 'Lo que sí puedo asegurar es un plan claro, avances periódicos y mi mejor trabajo.'],
        ['Sí puedo asegurar[te|le|les] {{offer}}.', 'Lo que sí puedo asegurar es un plan claro y avances periódicos.'],
        ['Sí puedo asegurar[te|le|les] {{offer}}.', 'Lo que sí puedo asegurar es un plan claro y avances periódicos.'],
      ),
    },
  },
  'contract-terms': {
    thanks: ['Gracias por enviarme el contrato.', 'Gracias por compartir el acuerdo.'],
    empathy: ['Entiendo que [quieras|quiera|quieran] proteger [tu|su|su] negocio.', 'Entiendo por qué estas cláusulas son importantes para [ti|usted|ustedes].'],
    decision: tones(
      ['Lamentablemente, no puedo aceptar algunas de las condiciones tal como están.', 'Me temo que no puedo firmarlo en su forma actual.'],
      ['No puedo aceptar el contrato en su forma actual.', 'No me es posible firmarlo con las condiciones actuales.'],
      ['No puedo aceptar estas condiciones.', 'No firmo contratos con estas condiciones.'],
    ),
    reason: tones(
      ['Este tipo de cláusulas limitaría mi trabajo con otros clientes, y esa libertad la mantengo en todas mis colaboraciones.'],
      ['Este tipo de cláusulas restringiría mi trabajo con otros clientes.'],
      ['No acepto cláusulas que restrinjan mi trabajo con otros clientes.'],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ['En cambio, sí puedo ofrecer[te|le|les] {{offer}}.', 'Con gusto seguiré adelante con el proyecto si se eliminan esas cláusulas.'],
        ['En cambio, sí puedo ofrecer[te|le|les] {{offer}}.', 'Puedo seguir adelante si se eliminan esas cláusulas.'],
        ['En cambio, sí puedo ofrecer[te|le|les] {{offer}}.', 'Puedo seguir adelante si se eliminan esas cláusulas.'],
      ),
    },
  },
};
