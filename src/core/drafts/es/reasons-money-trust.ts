// Spanish parts for reasons about money and trust.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';
import { forTone } from '../library';
import { openDoor } from './common';

export const moneyTrustReasons: Partial<Record<ReasonId, ReasonDrafts>> = {
  'budget-too-low': {
    thanks: ['Gracias por compartir [tu|su|su] presupuesto con tanta claridad.', 'Gracias por hablarme con claridad del presupuesto.'],
    empathy: ['Sé lo difícil que es cuadrar las cuentas.', 'Entiendo que [tienes|tiene|tienen] un margen limitado.'],
    decision: tones(
      ['Lamentablemente, no puedo asumirlo todo por ese importe.', 'Me temo que no puedo hacerlo por esa cantidad.'],
      ['No puedo asumirlo todo por ese importe.', 'No me es posible asumirlo por ese precio.'],
      ['No puedo asumirlo por ese importe.', 'No trabajo por debajo de mis tarifas.'],
    ),
    reason: tones(
      ['Mi tarifa para este tipo de trabajo, {{rate}}, refleja el tiempo y el cuidado que requiere.', 'Mis tarifas reflejan el tiempo y el cuidado que requiere este tipo de trabajo.'],
      ['Mi tarifa para este tipo de trabajo es {{rate}}.', 'Mis tarifas para este tipo de trabajo son más altas.'],
      ['Para este tipo de encargo cobro {{rate}}.', 'El precio no es negociable.'],
    ),
    alternatives: {
      'smaller-scope': tones(
        ['Con ese presupuesto, podría encargarme de {{offer}}.', 'Con ese presupuesto, podría encargarme de una parte más reducida del proyecto.'],
        ['Con ese presupuesto, podría encargarme de {{offer}}.', 'Con ese presupuesto, podría encargarme de una parte más reducida del proyecto.'],
        ['Con ese presupuesto, puedo ocuparme de {{offer}}.', 'Con ese presupuesto, puedo ocuparme de una parte más reducida del proyecto.'],
      ),
      'separate-quote': tones(
        ['Con gusto [te|le|les] presupuesto el proyecto completo a {{rate}}.', 'Con gusto [te|le|les] envío un presupuesto detallado del proyecto completo para que [puedas|pueda|puedan] valorarlo.'],
        ['Puedo presupuestar[te|le|les] el proyecto completo a {{rate}}.', 'Puedo ofrecer[te|le|les] un presupuesto del proyecto completo para que lo [valores|valore|valoren].'],
        ['El proyecto completo puede presupuestarse a {{rate}}.', 'Puedo ofrecer[te|le|les] un presupuesto del proyecto completo.'],
      ),
    },
  },
  'cannot-pay': {
    thanks: ['Gracias por explicarme [tu|su|su] situación con tanta franqueza.', 'Gracias por hablarme con sinceridad.'],
    empathy: ['Entiendo que hay épocas en las que el dinero anda justo.', 'Sé que estas situaciones no son fáciles.'],
    decision: tones(
      ['Lamentablemente, no puedo hacerlo sin cobrar.', 'Me temo que no puedo seguir adelante en esas condiciones.'],
      ['No puedo seguir adelante sin cobrar.', 'No me es posible trabajar en esas condiciones.'],
      ['No puedo trabajar sin cobrar.', 'No trabajo sin cobrar.'],
    ),
    reason: tones(
      ['Este trabajo es mi forma de ganarme la vida, y trato igual a toda mi clientela.'],
      ['Aplico la misma política a cada cliente.'],
      ['Mi política de cobro es la misma para cada cliente.'],
    ),
  },
  'discount-after-delivery': {
    thanks: ['Gracias por [tus|sus|sus] comentarios sobre el resultado.', 'Gracias por contarme [tu|su|su] opinión sobre el trabajo.'],
    empathy: ['Entiendo que [tu|su|su] situación haya podido cambiar.', 'Entiendo que no es el resultado que [tenías|tenía|tenían] en mente.'],
    decision: tones(
      ['Me temo que no puedo reducir los honorarios acordados.', 'Lamentablemente, no puedo aplicar descuentos a posteriori.'],
      ['No puedo reducir los honorarios acordados.', 'No me es posible aplicar un descuento a posteriori.'],
      ['No puedo reducir los honorarios acordados.', 'No voy a aplicar descuentos a posteriori.'],
    ),
    reason: tones(
      ['Entregué exactamente lo que se detalla en {{agreement}}, y el importe corresponde a eso.', 'Entregué exactamente lo previsto, y el importe es el que figura en el presupuesto.'],
      ['La entrega se ajusta a {{agreement}}.', 'La entrega se ajusta a lo previsto.'],
      ['La entrega se ajusta a {{agreement}}, y el importe debe abonarse íntegramente.',
        'La entrega se ajusta a lo previsto, y el importe debe abonarse íntegramente.'],
    ),
    // The work is delivered: there is no "rest of the work" to offer, only the invoice.
    openDoor: tones(
      forTone(openDoor.ongoing, 'warm'),
      [forTone(openDoor.ongoing, 'neutral')[0]!, 'Quedo a [tu|su|su] disposición para cualquier [duda|consulta|consulta] sobre la factura.'],
      ['Quedo a [tu|su|su] disposición para resolver [tus|sus|sus] dudas sobre la factura.',
        'Si [tienes|tiene|tienen] dudas sobre la factura, [puedes|puede|pueden] escribirme.'],
    ),
  },
  'as-agreed-in-writing': {
    thanks: ['Gracias por planteármelo.', 'Gracias por escribirme sobre este tema.'],
    empathy: ['Entiendo que esto se haya podido interpretar de otra manera.', 'Entiendo que es un asunto importante para [ti|usted|ustedes].'],
    decision: tones(
      ['Lamentablemente, a estas alturas no puedo cambiar las condiciones.', 'Me temo que no puedo asumir trabajo que no estaba previsto desde el principio.'],
      ['No puedo modificar lo acordado.', 'No me es posible ampliar lo que pactamos.'],
      ['No puedo cambiar lo que acordamos.', 'No voy a reabrir lo que ya acordamos.'],
    ),
    reason: tones(
      ['Todo lo que acordamos consta en {{agreement}}.', 'Todo lo que acordamos quedó recogido por escrito en los correos que intercambiamos.'],
      ['Las condiciones constan en {{agreement}}.', 'Las condiciones están documentadas.'],
      ['Las condiciones están recogidas en {{agreement}}.', 'Las condiciones quedaron fijadas en su momento.'],
    ),
  },
  'guarantee-demanded': {
    thanks: ['Gracias por explicarme lo que más [te|le|les] importa.', 'Gracias por dejar claras [tus|sus|sus] expectativas.'],
    empathy: ['Entiendo que [quieras|quiera|quieran] tener certezas antes de [comprometerte|comprometerse|comprometerse].', 'Entiendo que [quieras|quiera|quieran] limitar el riesgo.'],
    decision: tones(
      ['Lamentablemente, no puedo garantizar resultados concretos.', 'Me temo que no puedo comprometerme a un resultado garantizado.'],
      ['No puedo garantizar resultados concretos.', 'No me es posible ofrecer garantías sobre los resultados.'],
      ['No puedo garantizar resultados.', 'No puedo asumir todo el riesgo del resultado.'],
    ),
    reason: tones(
      ['Nadie puede prometer con honestidad algo que depende de factores externos.'],
      ['Depende de factores que no están bajo mi control.'],
      ['Hay factores que no dependen de mí.'],
    ),
    alternatives: {
      // {{offer}} may be a deliverable or a way of working ("un plan claro y avances periódicos"),
      // singular or plural: what is assured is that the client receives it.
      'what-i-can-do': tones(
        ['Lo que sí puedo asegurar[te|le|les] es que [recibirás|recibirá|recibirán] {{offer}}.', 'Lo que sí puedo ofrecer[te|le|les] es un plan claro, avances periódicos y mi mejor trabajo.'],
        ['Lo que sí puedo asegurar[te|le|les] es que [recibirás|recibirá|recibirán] {{offer}}.', 'Lo que sí puedo dar[te|le|les] es un plan claro y avances periódicos.'],
        ['Lo que sí puedo asegurar[te|le|les] es que [recibirás|recibirá|recibirán] {{offer}}.', 'Como alternativa, ofrezco un plan claro y avances periódicos.'],
      ),
    },
  },
  'contract-terms': {
    thanks: ['Gracias por enviarme el contrato para revisarlo.', 'Gracias por hacerme llegar el borrador del contrato.'],
    empathy: ['Entiendo que [quieras|quiera|quieran] proteger [tu|su|su] negocio.', 'Es lógico que [quieras|quiera|quieran] dejarlo todo bien atado.'],
    decision: tones(
      ['Lamentablemente, no puedo aceptar algunas de las condiciones tal como están.', 'Me temo que no puedo firmarlo tal como está.'],
      ['No puedo firmarlo tal como está redactado.', 'No me es posible firmarlo con las condiciones actuales.'],
      ['No puedo aceptarlo tal como está.', 'No voy a firmarlo en estos términos.'],
    ),
    reason: tones(
      ['Estas cláusulas limitarían mi trabajo con otros clientes, y es una libertad a la que no renuncio.'],
      ['Estas cláusulas restringirían mi trabajo con otros clientes.'],
      ['No admito restricciones sobre mi trabajo con otros clientes.'],
    ),
    alternatives: {
      // {{offer}} is another term the user accepts: a noun ("una exclusividad limitada a seis meses")
      // or an infinitive ("firmar sin la cláusula de exclusividad"); "propongo" takes either.
      'what-i-can-do': tones(
        ['Con gusto [te|le|les] propongo una alternativa: {{offer}}.', 'Con gusto lo firmaré si se retiran esos puntos.'],
        ['Como alternativa, [te|le|les] propongo {{offer}}.', 'Si se retiran esos puntos, podría firmarlo.'],
        ['Como alternativa, propongo {{offer}}.', 'Lo firmaré si se eliminan esas cláusulas.'],
      ),
    },
  },
};
