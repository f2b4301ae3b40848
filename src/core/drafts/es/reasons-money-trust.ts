// Spanish parts for reasons about money and trust. Each reason words its own acknowledgement,
// alternatives and closing line for where the relationship stands (reasons.ts `stage`).
// Brackets are [tú|usted|ustedes|vosotros]. A value may be singular or plural ("el anticipo",
// "las dos facturas"), so no verb or pronoun around it agrees with it. In budget-too-low
// "presupuesto" is the client's budget; elsewhere it is a quote. Prefer "proyecto"/"trabajo" to
// the peninsular "encargo". Within a draft, a long word should not come back: the opening, the no, the offer
// and the closing each name the matter with their own word (cifra / importe / cantidad).
// Not every opening thanks: firm ones acknowledge the message; neutral ones vary the gratitude.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

// Disputes over money or terms: no "Un abrazo" even in the warm tone.
const disputeSignOff = ['[Un saludo,|Saludos cordiales,|Saludos cordiales,|Un saludo,]',
  '[Un saludo,|Cordialmente,|Cordialmente,|Un saludo,]'];

export const moneyTrustReasons = {
  // A new enquiry whose budget is below my price.
  'budget-too-low': {
    opening: tones(
      ['Gracias por contarme qué [buscas|busca|buscan|buscáis] y por indicarme cuánto [puedes|puede|pueden|podéis] invertir.',
        '[Te|Le|Les|Os] agradezco que me [hayas|haya|hayan|hayáis] dicho abiertamente cuánto [puedes|puede|pueden|podéis] invertir.'],
      ['[Te|Le|Les|Os] agradezco que me [hayas|haya|hayan|hayáis] indicado con claridad cuánto [puedes|puede|pueden|podéis] invertir.',
        'Gracias por explicarme qué [buscas|busca|buscan|buscáis] y cuánto [puedes|puede|pueden|podéis] invertir.'],
      ['Respondo a [tu|su|su|vuestra] consulta sobre el presupuesto.',
        'He recibido [tu|su|su|vuestra] consulta.'],
    ),
    empathy: ['[Te|Le|Les|Os] contesto con la misma franqueza.'],
    decision: tones(
      ['Por esa cantidad no puedo hacerme cargo del proyecto.', 'Con ese presupuesto no me es posible asumir el proyecto.'],
      ['No puedo asumir el proyecto con ese presupuesto.', 'Por esa cantidad no puedo aceptar el proyecto.'],
      ['No puedo aceptar el proyecto por ese importe.', 'Con esa cifra no puedo hacer el trabajo.'],
    ),
    explained: tones(
      ['Por esa cantidad no puedo hacerme cargo del proyecto, porque mi tarifa para un trabajo así es de {{rate}} y con menos no podría dedicarle las horas que exige.',
        'Con ese presupuesto no me es posible asumir el proyecto, ya que mi tarifa es de {{rate}} y no llegaría a cubrir las horas necesarias.',
        'Por esa cantidad no puedo hacerme cargo del proyecto, porque no cubre las horas que exige un trabajo de este alcance.',
        'Con ese presupuesto no me es posible asumir el proyecto, ya que queda por debajo de lo que cobro por un trabajo así.'],
      ['No puedo asumir el proyecto con ese presupuesto, ya que mi tarifa para este tipo de trabajo es de {{rate}}.',
        'Por esa cantidad no puedo aceptar el proyecto, porque mi tarifa es de {{rate}} y no alcanzaría para las horas necesarias.',
        'No puedo asumir el proyecto con ese presupuesto, ya que no cubre las horas que exige el trabajo.',
        'Por esa cantidad no puedo aceptar el proyecto, porque queda por debajo de mi tarifa.'],
      ['No puedo aceptar el proyecto por ese importe. Mi tarifa es de {{rate}}.',
        'Con esa cifra no puedo hacer el trabajo, ya que mi tarifa es de {{rate}}.',
        'No puedo aceptar el proyecto por ese importe. Queda por debajo de mi tarifa.',
        'Con esa cifra no puedo hacer el trabajo, porque no cubre mi tarifa.'],
    ),
    alternatives: {
      'smaller-scope': tones(
        ['Con mucho gusto puedo ocuparme de {{offer}}, que sí cabe en ese importe.',
          'Con ese presupuesto sí puedo hacer {{offer}}, y el resto podría añadirse más adelante.',
          'Con mucho gusto puedo ocuparme de una versión reducida con lo más urgente, que sí cabe en ese importe.',
          'Con ese presupuesto sí puedo hacer una primera fase, y el resto podría añadirse más adelante.'],
        ['Con ese presupuesto sí puedo ofrecer[te|le|les|os] {{offer}}.', 'Lo que [tienes|tiene|tienen|tenéis] previsto invertir sí da para {{offer}}.',
          'Con ese presupuesto sí puedo hacer una versión reducida con lo más urgente.',
          'Lo que sí puedo hacer por esa cifra es una primera fase con lo más urgente.'],
        ['Con esa cantidad puedo hacer {{offer}}.', 'Esa cantidad cubre {{offer}}.',
          'Con esa cantidad puedo hacer una versión reducida.', 'Esa cantidad cubre una primera fase.'],
      ),
      'separate-quote': tones(
        ['Con gusto [te|le|les|os] preparo el precio de cada parte, calculado con mi tarifa de {{rate}}, para que [veas|vea|vean|veáis] qué partes caben en esa cifra.',
          'Con gusto [te|le|les|os] desgloso el precio por partes, para que [puedas|pueda|puedan|podáis] decidir qué priorizar.'],
        ['Puedo enviar[te|le|les|os] el precio desglosado por partes, calculado con mi tarifa de {{rate}}.',
          'Puedo desglosar[te|le|les|os] el precio por partes, para que [elijas|elija|elijan|elijáis] qué priorizar.',
          'Si [te|le|les|os] ayuda, puedo enviar[te|le|les|os] el precio de cada parte por separado.'],
        ['Puedo enviar[te|le|les|os] el precio por partes, según mi tarifa de {{rate}}.',
          'Puedo enviar[te|le|les|os] el precio desglosado por partes.'],
      ),
    },
    nextStep: {
      'smaller-scope': tones(
        ['Si [te|le|les|os] interesa, [te|le|les|os] envío el detalle de lo que incluiría y una fecha de inicio.',
          '[Dime|Dígame|Díganme|Decidme] si [te|le|les|os] convence y [te|le|les|os] concreto lo que incluiría.'],
        ['Si [te|le|les|os] parece bien, [te|le|les|os] concreto el contenido y las fechas.',
          'Si [te|le|les|os] interesa, [te|le|les|os] detallo lo que incluiría.'],
        ['Si [te|le|les|os] sirve, [te|le|les|os] envío el detalle.',
          '[Confírmame|Confírmeme|Confírmenme|Confirmadme] si [te|le|les|os] interesa.'],
      ),
      'separate-quote': tones(
        ['Si [te|le|les|os] resulta útil, [dímelo|dígamelo|díganmelo|decídmelo] y [te lo|se lo|se lo|os lo] envío.',
          'Basta con que me lo [confirmes|confirme|confirmen|confirméis] para enviár[telo|selo|selo|oslo].'],
        ['¿[Te lo|Se lo|Se lo|Os lo] preparo?',
          'Con [tu|su|su|vuestra] confirmación, [te lo|se lo|se lo|os lo] envío.'],
        ['[Confírmame|Confírmeme|Confírmenme|Confirmadme] si [te|le|les|os] interesa.',
          'Quedo a la espera de [tu|su|su|vuestra] respuesta.'],
      ),
    },
    door: tones(
      ['Si más adelante [cuentas|cuenta|cuentan|contáis] con más margen, me encantará retomar la conversación.',
        'Si en algún momento la cifra cambia, [escríbeme|escríbame|escríbanme|escribidme] y lo vemos con calma.'],
      ['Si la cifra cambia más adelante, con gusto lo retomamos.',
        'Si en otro momento [cuentas|cuenta|cuentan|contáis] con más margen, lo estudio de nuevo con gusto.'],
      ['Si [tus|sus|sus|vuestras] posibilidades cambian, [puedes|puede|pueden|podéis] escribirme de nuevo.',
        'Si más adelante [dispones|dispone|disponen|disponéis] de más margen, volveré a estudiar el proyecto.'],
    ),
  },

  // A new enquiry from someone who haggles, offers a swap, appeals to guilt or pays late.
  'cannot-pay': {
    opening: tones(
      ['[Te|Le|Les|Os] agradezco que me [hayas|haya|hayan|hayáis] contado cómo están las cosas por [tu|su|su|vuestra] parte.',
        'Gracias por plantearme abiertamente la cuestión del pago.'],
      ['Gracias por [tu|su|su|vuestro] mensaje sobre las condiciones de pago.',
        'Gracias por explicarme con franqueza lo que [propones|propone|proponen|proponéis] sobre el pago.'],
      ['Respondo a [tu|su|su|vuestro] mensaje sobre el pago.', 'Tomo nota de lo que me [planteas|plantea|plantean|planteáis] sobre el pago.'],
    ),
    empathy: ['Prefiero contestar[te|le|les|os] con franqueza sobre el pago.'],
    decision: tones(
      ['No puedo aceptar el proyecto con esas condiciones de pago.', 'No puedo hacer el trabajo por menos de mi tarifa ni con el pago aplazado.'],
      ['No me es posible empezar el proyecto en esos términos de pago.', 'No puedo rebajar mi tarifa ni aplazar el cobro.'],
      ['No puedo empezar el proyecto en esas condiciones.', 'No puedo hacer el trabajo por menos de mi tarifa.'],
    ),
    explained: tones(
      ['No puedo aceptar el proyecto con esas condiciones de pago, porque aplico la misma tarifa y los mismos plazos a todos mis clientes.',
        'No puedo hacer el trabajo por menos de mi tarifa ni con el pago aplazado, ya que no sería justo con quienes la pagan completa.'],
      ['No me es posible empezar el proyecto en esos términos de pago, ya que mi tarifa y mis plazos son iguales para todos mis clientes.',
        'No puedo rebajar mi tarifa ni aplazar el cobro, porque no sería justo con los clientes que pagan el precio completo.'],
      ['No puedo empezar el proyecto en esas condiciones. Mi tarifa y mis plazos de cobro son los mismos para todos.',
        'No puedo hacer el trabajo por menos de mi tarifa. Es la misma para todos mis clientes.'],
    ),
    alternatives: {
      'payment-first': tones(
        ['Me pondré con el proyecto en cuanto reciba el pago de {{amount}}, con la tarifa y los plazos habituales.',
          'En cuanto reciba el pago de {{amount}}, empiezo sin demora.',
          'Me pondré con el proyecto en cuanto reciba el pago por adelantado, con la tarifa y los plazos habituales.',
          'Con el pago por adelantado, empiezo sin demora.'],
        ['Una vez recibido el pago de {{amount}}, puedo ponerme con ello de inmediato.',
          'Lo que sí puedo hacer es ponerme con ello en cuanto reciba el pago de {{amount}}.',
          'Una vez recibido el pago por adelantado, puedo ponerme con ello de inmediato.',
          'Lo que sí puedo hacer es ponerme con ello en cuanto reciba el pago por adelantado.'],
        ['Empiezo una vez recibido el pago de {{amount}}.', 'Me pongo con ello cuando reciba el pago de {{amount}}.',
          'Empiezo una vez recibido el pago por adelantado.', 'Me pongo con ello cuando reciba el pago por adelantado.'],
      ),
      'free-resources': tones(
        ['Para avanzar por [tu|su|su|vuestra] cuenta sin coste, [te|le|les|os] recomiendo con gusto {{resources}}.',
          'Para dar los primeros pasos sin gastar nada, [te|le|les|os] sugiero {{resources}}.',
          'Si [te|le|les|os] sirve, con gusto [te|le|les|os] paso algunos recursos gratuitos para avanzar por [tu|su|su|vuestra] cuenta.',
          'Si [quieres|quiere|quieren|queréis] dar los primeros pasos sin gastar nada, puedo pasar[te|le|les|os] algunos recursos gratuitos.'],
        ['Para avanzar por [tu|su|su|vuestra] cuenta, [te|le|les|os] recomiendo {{resources}}.',
          'Para empezar sin coste, [te|le|les|os] sugiero {{resources}}.',
          'Si [te|le|les|os] sirve, puedo indicar[te|le|les|os] algunos recursos gratuitos para avanzar por [tu|su|su|vuestra] cuenta.',
          'Para empezar sin coste, puedo sugerir[te|le|les|os] algunos recursos gratuitos.'],
        ['Si [quieres|quiere|quieren|queréis] avanzar por [tu|su|su|vuestra] cuenta, [te|le|les|os] recomiendo {{resources}}.', 'Para avanzar sin coste, [tienes|tiene|tienen|tenéis] a [tu|su|su|vuestra] disposición {{resources}}.',
          'Si [quieres|quiere|quieren|queréis] avanzar por [tu|su|su|vuestra] cuenta, puedo indicar[te|le|les|os] algunos recursos gratuitos.', 'Para avanzar sin coste, puedo indicar[te|le|les|os] recursos gratuitos.'],
      ),
    },
    nextStep: {
      'payment-first': tones(
        ['Si [te|le|les|os] parece bien, [te|le|les|os] envío los datos bancarios.',
          'Cuando [hayas|haya|hayan|hayáis] hecho la transferencia, [avísame|avíseme|avísenme|avisadme] y fijamos la fecha de inicio.'],
        ['Si [estás|está|están|estáis] de acuerdo, [te|le|les|os] paso los datos para la transferencia.',
          'Con el justificante de la transferencia, fijamos la fecha de inicio.'],
        ['[Te|Le|Les|Os] envío los datos bancarios si [me lo pides|me lo pide|me lo piden|me lo pedís].',
          'Con la transferencia hecha, [te|le|les|os] confirmo la fecha de inicio.'],
      ),
      'free-resources': tones(
        ['Si más adelante [puedes|puede|pueden|podéis] asumir el pago completo, me encantará retomar la conversación.',
          'Cuando el pago deje de ser un obstáculo, [escríbeme|escríbame|escríbanme|escribidme] y lo retomamos.'],
        ['Si más adelante [puedes|puede|pueden|podéis] asumir el pago completo, con gusto lo hablamos.',
          'Si [tu|su|su|vuestra] situación cambia, [puedes|puede|pueden|podéis] volver a escribirme.'],
        ['Si más adelante [puedes|puede|pueden|podéis] pagar el precio completo, lo estudiaré.',
          'Si más adelante [tu|su|su|vuestra] situación cambia, estudiaré de nuevo el proyecto.'],
      ),
    },
    door: tones(
      ['Si más adelante [puedes|puede|pueden|podéis] asumir el pago completo, me encantará retomar la conversación.',
        'Si [tu|su|su|vuestra] situación cambia, [escríbeme|escríbame|escríbanme|escribidme] cuando [quieras|quiera|quieran|queráis] y lo hablamos.'],
      ['Si más adelante [puedes|puede|pueden|podéis] asumir el pago completo, con gusto lo hablamos.',
        'Si [tu|su|su|vuestra] situación cambia, [puedes|puede|pueden|podéis] volver a escribirme.'],
      ['Si más adelante [puedes|puede|pueden|podéis] pagar el precio completo, lo estudiaré.',
        'Cuando [puedas|pueda|puedan|podáis] asumir el importe completo, [escríbeme|escríbame|escríbanme|escribidme] de nuevo.'],
    ),
    signOff: disputeSignOff,
  },

  // The work was delivered as agreed; now they want to pay less.
  'discount-after-delivery': {
    opening: tones(
      ['Gracias por [tu|su|su|vuestro] mensaje sobre la factura.',
        '[Te|Le|Les|Os] agradezco que me [hayas|haya|hayan|hayáis] planteado [tus|sus|sus|vuestras] dudas sobre la factura final.'],
      ['Gracias por [tu|su|su|vuestra] consulta sobre el importe final.',
        'Gracias por [tus|sus|sus|vuestros] comentarios sobre la factura final.'],
      ['He recibido [tu|su|su|vuestro] mensaje sobre la factura.',
        'Respondo a [tu|su|su|vuestra] petición de rebaja en la factura.'],
    ),
    empathy: ['Entiendo que [quieras|quiera|quieran|queráis] revisar cada gasto al cierre.'],
    decision: tones(
      ['No puedo aplicar un descuento sobre lo ya entregado.', 'No me es posible rebajar el importe.'],
      ['No puedo reducir el precio acordado.', 'No puedo aplicar ningún descuento una vez hecha la entrega.'],
      ['No voy a aplicar ningún descuento.', 'No voy a reducir el importe.'],
    ),
    explained: tones(
      ['No puedo aplicar un descuento, porque entregué todo lo que recogía {{agreement}} y el precio corresponde a ese trabajo.',
        'No me es posible rebajar el importe, porque el trabajo se ajusta a {{agreement}} y el precio quedó cerrado de antemano.',
        'No puedo aplicar un descuento, porque entregué todo lo que acordamos y el precio corresponde a ese trabajo.',
        'No me es posible rebajar el importe, porque el trabajo cumple lo acordado y el precio quedó cerrado de antemano.'],
      ['No puedo reducir el precio acordado, ya que el trabajo se ajusta a {{agreement}}.',
        'No puedo aplicar ningún descuento, porque lo entregado responde a lo recogido en {{agreement}}.',
        'No puedo reducir el precio pactado, ya que el trabajo cumple lo que acordamos.',
        'No puedo aplicar ningún descuento, dado que lo entregado se ajusta a lo pactado.'],
      ['No voy a aplicar ningún descuento. El trabajo se ajusta a {{agreement}}.',
        'No voy a reducir el importe, ya que lo entregado se ajusta a lo recogido en {{agreement}}.',
        'No voy a aplicar ningún descuento. El trabajo se ajusta a lo acordado.',
        'No voy a reducir el importe, ya que lo entregado cumple lo pactado.'],
    ),
    alternatives: {
      'written-agreement': tones(
        ['Si [quieres|quiere|quieren|queréis], repasamos juntos {{agreement}} punto por punto.',
          'Si [quieres|quiere|quieren|queréis], repasamos juntos punto por punto lo que quedó por escrito.',
          'Con gusto repasamos juntos lo que acordamos por escrito, punto por punto.'],
        ['Si [quieres|quiere|quieren|queréis] comprobarlo, puedo enviar[te|le|les|os] de nuevo {{agreement}}.',
          'Si [quieres|quiere|quieren|queréis] comprobarlo, puedo enviar[te|le|les|os] de nuevo el documento en el que lo acordamos.',
          'Puedo reenviar[te|le|les|os] lo que acordamos por escrito para que lo [compruebes|compruebe|comprueben|comprobéis].'],
        ['Puedo reenviar[te|le|les|os] {{agreement}}.', 'Si lo [necesitas|necesita|necesitan|necesitáis], [te|le|les|os] reenvío el documento en el que lo acordamos.',
          '[Te|Le|Les|Os] remito a lo que quedó por escrito.'],
      ),
    },
    nextStep: tones(
      ['Si algo no [te|le|les|os] cuadra, lo aclaramos. Quedo a la espera del pago en el plazo previsto.',
        'Si [te|le|les|os] surge cualquier duda sobre el documento, con gusto la aclaramos. [Te|Le|Les|Os] recuerdo, eso sí, que el pago vence en el plazo previsto.'],
      ['Si [necesitas|necesita|necesitan|necesitáis] alguna aclaración, no [dudes|dude|duden|dudéis] en decírmelo. [Te|Le|Les|Os] recuerdo, además, que el pago vence en el plazo previsto.',
        'Para cualquier duda sobre el documento, quedo a [tu|su|su|vuestra] disposición. El pago, eso sí, vence en el plazo previsto.'],
      ['Espero el pago íntegro en el plazo previsto.',
        'El pago vence en el plazo previsto. Si [tienes|tiene|tienen|tenéis] alguna duda sobre el documento, [puedes|puede|pueden|podéis] escribirme.'],
    ),
    door: tones(
      ['Si [te|le|les|os] queda alguna duda, lo hablamos cuando [quieras|quiera|quieran|queráis]. Quedo a la espera del pago en el plazo previsto.',
        'Con gusto [te|le|les|os] aclaro cualquier duda. El pago, eso sí, vence en el plazo previsto.'],
      ['Para cualquier duda sobre el cobro, quedo a [tu|su|su|vuestra] disposición. [Te|Le|Les|Os] recuerdo que el pago vence en el plazo previsto.',
        'Si algo no [te|le|les|os] queda claro, [puedes|puede|pueden|podéis] escribirme. El pago vence en el plazo previsto.'],
      ['Espero el pago íntegro en el plazo previsto. Para cualquier duda, [puedes|puede|pueden|podéis] escribirme.',
        'El pago vence en el plazo previsto. Si [tienes|tiene|tienen|tenéis] alguna duda, [puedes|puede|pueden|podéis] escribirme.'],
    ),
    signOff: disputeSignOff,
  },

  // Work under way: the client disputes what was agreed; the written record says otherwise.
  'as-agreed-in-writing': {
    opening: tones(
      ['[Te|Le|Les|Os] agradezco que me [hayas|haya|hayan|hayáis] planteado la cuestión antes de seguir.',
        'Gracias por escribirme sobre lo que incluye el proyecto.'],
      ['Gracias por [tu|su|su|vuestro] mensaje sobre lo que cubre el proyecto.',
        'Gracias por plantearme [tus|sus|sus|vuestras] dudas sobre lo que incluye el trabajo.'],
      ['Respondo a [tu|su|su|vuestra] pregunta sobre lo que cubre el proyecto.', '[Te|Le|Les|Os] aclaro qué incluye el proyecto.'],
    ),
    empathy: ['Entiendo que [quieras|quiera|quieran|queráis] saber con exactitud qué incluye el proyecto.'],
    decision: tones(
      ['No puedo ampliar lo que acordamos sin cambiar el precio.', 'No puedo dar por incluido lo que no figura en el acuerdo.'],
      ['No puedo ampliar lo acordado por el mismo precio.', 'No puedo modificar lo pactado sin revisar el precio.'],
      ['No voy a ampliar el trabajo por el mismo importe.', 'No voy a asumir sin coste lo que no figura en el acuerdo.'],
    ),
    explained: tones(
      ['No puedo ampliar lo que acordamos sin cambiar el precio, porque el alcance quedó recogido en {{agreement}} y el importe se calculó sobre él.',
        'No puedo dar por incluido lo que no figura en {{agreement}}, porque ahí quedaron fijados el alcance y el precio.',
        'No puedo ampliar lo que acordamos sin cambiar el precio, porque el alcance quedó por escrito y el importe se calculó sobre él.',
        'No puedo dar por incluido lo que no consta en lo que acordamos por escrito, porque ahí se fijaron el alcance y el precio.'],
      ['No puedo ampliar lo acordado por el mismo precio, ya que el alcance quedó fijado en {{agreement}}.',
        'No puedo modificar lo pactado sin revisar el precio, ya que el alcance y el importe se fijaron en {{agreement}}.',
        'No puedo ampliar lo acordado por el mismo precio, ya que el alcance quedó fijado por escrito al inicio.',
        'No puedo modificar lo pactado sin revisar el precio, porque el alcance y el importe se fijaron por escrito.'],
      ['No voy a ampliar el trabajo por el mismo importe. El alcance está recogido en {{agreement}}.',
        'No voy a asumir sin coste lo que no figura en {{agreement}}.',
        'No voy a ampliar el trabajo por el mismo importe. El alcance consta por escrito.',
        'No voy a asumir sin coste lo que no consta por escrito.'],
    ),
    alternatives: {
      'written-agreement': tones(
        ['Con gusto repasamos juntos {{agreement}}, punto por punto; lo que quede fuera se presupuestaría aparte.',
          'Con gusto repasamos juntos lo acordado, y lo que no esté incluido lo valoramos por separado.'],
        ['Puedo reenviar[te|le|les|os] {{agreement}} para comprobarlo juntos; lo que no figure ahí se facturaría aparte.',
          'Puedo reenviar[te|le|les|os] lo que acordamos por escrito para comprobarlo juntos; lo que no figure ahí se facturaría aparte.'],
        ['[Te|Le|Les|Os] remito a {{agreement}}; cualquier añadido se factura aparte.',
          '[Te|Le|Les|Os] remito a lo que acordamos por escrito; cualquier añadido se factura aparte.'],
      ),
    },
    nextStep: tones(
      ['Si [quieres|quiere|quieren|queréis] añadir algo, [cuéntame|cuénteme|cuéntenme|contadme] qué [necesitas|necesita|necesitan|necesitáis] y [te|le|les|os] digo cuánto costaría.',
        '[Dime|Dígame|Díganme|Decidme] qué [te|le|les|os] interesa añadir y [te|le|les|os] envío presupuesto.'],
      ['Si [quieres|quiere|quieren|queréis] ampliar el encargo, [te|le|les|os] indico cuánto costaría.',
        '[Indícame|Indíqueme|Indíquenme|Indicadme] qué [quieres|quiere|quieren|queréis] añadir y [te|le|les|os] digo cuánto costaría.'],
      ['Si [quieres|quiere|quieren|queréis] incluir algo más, [te|le|les|os] paso presupuesto.',
        'Si [necesitas|necesita|necesitan|necesitáis] algo más, [te|le|les|os] indico antes el coste.'],
    ),
    door: tones(
      ['Sigo con lo previsto; si [te|le|les|os] queda alguna pregunta, lo repasamos juntos cuando [quieras|quiera|quieran|queráis].',
        'Sigo adelante según el calendario; si [te|le|les|os] surge cualquier pregunta, lo hablamos cuando [quieras|quiera|quieran|queráis].'],
      ['Continúo con las tareas previstas, y quedo a [tu|su|su|vuestra] disposición si [te|le|les|os] surge alguna pregunta.',
        'Sigo con las entregas pendientes; para cualquier pregunta, [puedes|puede|pueden|podéis] escribirme.'],
      ['Continúo con las tareas previstas en el calendario.',
        'Sigo con el calendario previsto; para cualquier pregunta, [puedes|puede|pueden|podéis] escribirme.'],
    ),
    signOff: disputeSignOff,
  },

  // A new enquiry that insists on guaranteed results and shifts all the risk onto me.
  // Neutral Spanish for both varieties: no "ir sobre seguro", no "encajar".
  'guarantee-demanded': {
    opening: tones(
      ['Gracias por explicarme con claridad qué [esperas|espera|esperan|esperáis] conseguir.',
        '[Te|Le|Les|Os] agradezco que me [hayas|haya|hayan|hayáis] dejado claras [tus|sus|sus|vuestras] expectativas.'],
      ['Gracias por [tu|su|su|vuestra] consulta sobre el proyecto.',
        'Gracias por contarme qué [esperas|espera|esperan|esperáis] conseguir con el proyecto.'],
      ['Respondo a lo que me [pides|pide|piden|pedís] para este proyecto.', 'He recibido [tu|su|su|vuestro] mensaje sobre las condiciones del encargo.'],
    ),
    empathy: ['Entiendo que [quieras|quiera|quieran|queráis] tener seguridad antes de dar el paso.'],
    decision: tones(
      ['No puedo garantizar[te|le|les|os] un resultado concreto.', 'No me es posible asumir todo el riesgo del resultado.'],
      ['No puedo garantizar resultados concretos.', 'No puedo hacerme cargo de todo el riesgo.'],
      ['No puedo garantizar[te|le|les|os] resultados.', 'No puedo asumir todo el riesgo del proyecto.'],
    ),
    explained: tones(
      ['No puedo garantizar[te|le|les|os] un resultado concreto, porque depende también del mercado y de decisiones de terceros, y prometerlo no sería honesto.',
        'No me es posible asumir todo el riesgo del resultado, ya que en él influyen factores que no dependen de mí, como el mercado o las decisiones de terceros.'],
      ['No puedo garantizar resultados concretos, ya que dependen también de factores que no están en mi mano.',
        'No puedo hacerme cargo de todo el riesgo, porque en el resultado intervienen factores externos que nadie controla del todo.'],
      ['No puedo garantizar[te|le|les|os] resultados, porque dependen también de factores ajenos a mí.',
        'No puedo asumir todo el riesgo del proyecto, porque en el resultado influyen factores que no controlo.'],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ['A lo que sí me comprometo es a hacer bien mi trabajo, y con gusto [te|le|les|os] ofrezco {{offer}}.',
          'En cambio, con gusto [te|le|les|os] propongo {{offer}}.',
          'A lo que sí me comprometo, con mucho gusto, es a cuidar cada fase del trabajo y a informar[te|le|les|os] de cómo avanza.',
          'Lo que sí puedo prometer[te|le|les|os] es el máximo cuidado en mi trabajo y total transparencia sobre los avances.'],
        ['Sí puedo incluir {{offer}}.',
          'En cambio, me comprometo con la calidad de cada entrega y [te|le|les|os] ofrezco {{offer}}.',
          'Lo que sí puedo asegurar es la calidad de mi trabajo y un seguimiento claro de los avances.',
          'En cambio, me comprometo a hacer bien mi trabajo y a informar[te|le|les|os] de cada avance.'],
        ['Sí puedo ofrecer[te|le|les|os] {{offer}}.', 'Puedo incluir {{offer}}.',
          'Lo que sí [te|le|les|os] aseguro es la calidad de mi trabajo.',
          'Sí me comprometo con la calidad de cada entrega.'],
      ),
    },
    nextStep: tones(
      ['Si [te|le|les|os] parece un buen planteamiento, [te|le|les|os] envío una propuesta con fechas y precio.',
        '[Dime|Dígame|Díganme|Decidme] si [te|le|les|os] parece bien y [te|le|les|os] preparo una propuesta detallada.'],
      ['Si [te|le|les|os] interesa este planteamiento, [te|le|les|os] envío una propuesta con fechas y precio.',
        'Si [te|le|les|os] parece bien, [te|le|les|os] preparo una propuesta por escrito.'],
      ['Si [te|le|les|os] interesa, [te|le|les|os] envío una propuesta.',
        '[Confírmame|Confírmeme|Confírmenme|Confirmadme] si [te|le|les|os] sirve así.'],
    ),
    door: tones(
      ['Si más adelante [quieres|quiere|quieren|queréis] plantearlo de otra manera, me encantará retomar la conversación.',
        'Si [te|le|les|os] parece bien plantear un reparto del riesgo más equilibrado, con gusto lo hablamos.'],
      ['Si [decides|decide|deciden|decidís] plantearlo de otra manera, [puedes|puede|pueden|podéis] escribirme.',
        'Si más adelante [prefieres|prefiere|prefieren|preferís] repartir las responsabilidades, con gusto lo hablamos.'],
      ['Si [cambias|cambia|cambian|cambiáis] de planteamiento, [puedes|puede|pueden|podéis] escribirme.',
        'Si más adelante lo [planteas|plantea|plantean|planteáis] de otra forma, lo estudiaré.'],
    ),
  },

  // A new enquiry whose contract has a clause I don't accept: non-compete, exclusivity, payment terms.
  // {{clause}} may be "la cláusula de no competencia" or "el pago a 90 días": nothing agrees with
  // it, and later parts call it "ese punto". {{offer}} may end in "en su lugar", so its frames never
  // say "como alternativa" or "en lugar de". The reason holds for any clause: my usual terms.
  'contract-terms': {
    opening: tones(
      ['Gracias por enviarme el borrador; lo he leído con atención.',
        '[Te|Le|Les|Os] agradezco que me [hayas|haya|hayan|hayáis] hecho llegar el borrador con tiempo.'],
      ['Gracias por hacerme llegar el borrador; lo he revisado entero.',
        '[Te|Le|Les|Os] agradezco que me [hayas|haya|hayan|hayáis] enviado el borrador antes de cerrar nada.'],
      ['He revisado el borrador.', 'Respondo sobre el borrador que me [has|ha|han|habéis] enviado.'],
    ),
    empathy: ['Entiendo que [quieras|quiera|quieran|queráis] proteger [tu|su|su|vuestro] negocio.'],
    decision: tones(
      ['No puedo firmar el contrato si incluye {{clause}}.', 'Sin cambios en {{clause}}, no me es posible firmar.',
        'No puedo firmar el contrato tal como está, por uno de sus puntos.', 'Hay un punto del documento que no puedo aceptar, así que no puedo firmarlo en su forma actual.'],
      ['No puedo firmar mientras el contrato incluya {{clause}}.', 'Con {{clause}}, no me es posible firmar el contrato.',
        'No puedo firmar el contrato en su forma actual, por uno de sus puntos.', 'No me es posible firmar el documento tal como está, por uno de sus puntos.'],
      ['No puedo aceptar {{clause}}, así que no voy a firmar el contrato tal como está.', 'Con {{clause}}, no voy a firmar.',
        'No puedo aceptar uno de los puntos, así que no voy a firmar el contrato tal como está.', 'No voy a firmar el documento en su forma actual.'],
    ),
    explained: tones(
      ['No puedo firmar el contrato si incluye {{clause}}, porque no se ajusta a las condiciones con las que trabajo con todos mis clientes.',
        'Sin cambios en {{clause}}, no me es posible firmar, ya que choca con las condiciones que aplico a todos mis clientes.',
        'No puedo firmar el contrato tal como está, porque una de sus cláusulas no se ajusta a las condiciones con las que trabajo con todos mis clientes.',
        'Hay un punto del documento que choca con las condiciones que aplico a todos mis clientes, así que no puedo firmarlo en su forma actual.'],
      ['No puedo firmar mientras el contrato incluya {{clause}}, ya que no se ajusta a las condiciones que acuerdo con todos mis clientes.',
        'Con {{clause}}, no me es posible firmar el contrato, porque es un punto que no acepto con ningún cliente.',
        'No puedo firmar el contrato en su forma actual, ya que una de sus cláusulas no se ajusta a las condiciones que acuerdo con todos mis clientes.',
        'No me es posible firmar el documento tal como está, porque uno de sus puntos choca con las condiciones que aplico a todos mis clientes.'],
      ['No puedo aceptar {{clause}}, así que no voy a firmar el contrato tal como está. Se aparta de mis condiciones habituales.',
        'Con {{clause}}, no voy a firmar. Es un punto que no acepto con ningún cliente.',
        'No puedo aceptar uno de los puntos, así que no voy a firmar el contrato tal como está. Se aparta de mis condiciones habituales.',
        'No voy a firmar el documento en su forma actual, porque uno de sus puntos choca con mis condiciones habituales.'],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ['Lo que sí aceptaría con gusto es {{offer}}.',
          'Para poder seguir adelante, [te|le|les|os] propongo {{offer}}.',
          'Con gusto reviso una nueva redacción de ese punto.',
          'Si ese punto puede replantearse, con gusto reviso la nueva redacción.'],
        ['Lo que sí puedo aceptar es {{offer}}.',
          'Lo que sí puedo aceptar es {{offer}}.',
          'Si ese punto puede replantearse, reviso la nueva redacción.',
          'Puedo revisar una nueva redacción de ese punto.'],
        ['Mi propuesta es {{offer}}.', 'Sí puedo asumir {{offer}}.',
          'Puedo revisar una nueva redacción de ese punto.', 'Si ese punto se replantea, reviso la nueva redacción.'],
      ),
    },
    nextStep: tones(
      ['[Dime|Dígame|Díganme|Decidme] si [te|le|les|os] parece bien y seguimos adelante.',
        '¿Lo [consultas|consulta|consultan|consultáis] con quien corresponda y me [dices|dice|dicen|decís] algo?'],
      ['[Indícame|Indíqueme|Indíquenme|Indicadme] si [te|le|les|os] parece bien y avanzamos.',
        'Cuando [tengas|tenga|tengan|tengáis] una respuesta sobre ese punto, [dímelo|dígamelo|díganmelo|decídmelo] y avanzamos.'],
      ['Quedo a la espera de [tu|su|su|vuestra] respuesta sobre ese punto.',
        'Con [tu|su|su|vuestra] conformidad, firmo la versión corregida.'],
    ),
    door: tones(
      ['Si ese punto puede retirarse o ajustarse, me encantará seguir adelante con el resto.',
        'Si [te|le|les|os] parece, lo hablamos y vemos si puede ajustarse.'],
      ['Si ese punto puede retirarse o ajustarse, con gusto avanzamos con el resto.',
        'Si [te|le|les|os] parece, comentamos ese punto y vemos si admite cambios.'],
      ['Si ese punto se retira o se ajusta, podemos seguir adelante.',
        'Quedo a la espera de saber si ese punto puede cambiarse.'],
    ),
    signOff: disputeSignOff,
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
