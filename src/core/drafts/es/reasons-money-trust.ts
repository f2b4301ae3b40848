// Spanish parts for reasons about money and trust. Each reason words its own acknowledgement,
// alternatives and closing line for where the relationship stands (reasons.ts `stage`).
// Brackets are [tú|usted|ustedes|vosotros]. A value may be singular or plural ("el anticipo",
// "las dos facturas"), so no verb or pronoun around it agrees with it. In budget-too-low
// "presupuesto" is the client's budget and appears only in the no; the offer says "cantidad" or
// "cifra". An agreement value may itself say "presupuesto", so closings say "precio" or "cuánto costaría".
// Prefer "proyecto"/"trabajo" to the peninsular "encargo". Within a draft, a long word should not
// come back: the opening, the no, the offer and the closing each name the matter with their own word.
// Not every opening thanks, and no opening is a stock "Respondo a…": firm ones name what was sent.
// When {{agreement}} was named in the no, the offer says "el acuerdo", which also stands alone.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

// Disputes over money or terms: no "Un abrazo" even in the warm tone.
const disputeSignOff = tones(
  ['[<v:Un saludo|Saludos>,|Saludos cordiales,|<i:Saludos|Saludos cordiales>,|Un saludo,]', '[<v:Un saludo cordial|Saludos>,|Saludos cordiales,|<i:Saludos|Saludos cordiales>,|Un saludo cordial,]'],
  ['[<v:Un saludo|Saludos>,|Saludos cordiales,|<i:Saludos|Saludos cordiales>,|Un saludo,]', '[<v:Un saludo|Saludos>,|<v:Saludos cordiales|Cordialmente>,|<i:Saludos|Saludos cordiales>,|Un saludo,]'],
  ['[<v:Un saludo|Saludos>,|Saludos cordiales,|<i:Saludos|Saludos cordiales>,|Un saludo,]', '[<v:Un saludo|Saludos>,|<v:Saludos cordiales|Cordialmente>,|<i:Saludos|Saludos cordiales>,|Un saludo,]'],
);

export const moneyTrustReasons = {
  // A new enquiry whose budget is below my price.
  'budget-too-low': {
    opening: tones(
      ['Gracias por contarme qué [buscas|busca|buscan|buscáis] y por indicarme cuánto [puedes|puede|pueden|podéis] invertir.',
        '[Te|Le|Les|Os] agradezco que me [hayas|haya|hayan|hayáis] dicho abiertamente cuánto [puedes|puede|pueden|podéis] invertir.'],
      ['Gracias por explicarme qué [buscas|busca|buscan|buscáis] y cuánto [puedes|puede|pueden|podéis] invertir.',
        '[Te|Le|Les|Os] agradezco que me [hayas|haya|hayan|hayáis] indicado con claridad cuánto [puedes|puede|pueden|podéis] invertir.'],
      ['Tomo nota de la cifra que me [indicas|indica|indican|indicáis].',
        '<v:He revisado|Revisé> [tu|su|su|vuestra] propuesta económica.'],
    ),
    empathy: ['Tener la cifra desde el principio facilita mucho las cosas.'],
    decision: tones(
      ['No puedo hacerme cargo del proyecto con ese presupuesto.', 'No me es posible asumir el proyecto con ese presupuesto.'],
      ['No puedo asumir el proyecto con ese presupuesto.', 'Con ese presupuesto no puedo aceptar el proyecto.'],
      ['No puedo aceptar el proyecto por <v:ese importe|ese monto>.', 'Por <v:ese importe|ese monto> no puedo encargarme del trabajo.', '<a:smaller-scope>Por <v:ese importe|ese monto> no puedo hacer el trabajo completo.'],
    ),
    explained: tones(
      ['No puedo hacerme cargo del proyecto con ese presupuesto: mi tarifa para un trabajo así es de {{rate}}, y el total de lo que [necesitas|necesita|necesitan|necesitáis] quedaría por encima.',
        'No puedo hacerme cargo del proyecto con ese presupuesto, porque no cubre las horas que exige un trabajo de este alcance.',
        'No me es posible asumir el proyecto con ese presupuesto: queda por debajo de lo que cobro por un trabajo así.'],
      ['No puedo asumir el proyecto con ese presupuesto, ya que mi tarifa para este tipo de trabajo es de {{rate}}.',
        'No puedo asumir el proyecto con ese presupuesto, ya que no cubre las horas que exige el trabajo.'],
      ['No puedo aceptar el proyecto por <v:ese importe|ese monto>. Mi tarifa es de {{rate}}.',
        'Por <v:ese importe|ese monto> no puedo hacer el trabajo, ya que mi tarifa es de {{rate}}.',
        'No puedo aceptar el proyecto por <v:ese importe|ese monto>. Queda por debajo de mi tarifa.',
        'Por <v:ese importe|ese monto> no puedo hacer el trabajo, porque no cubre mi tarifa.'],
    ),
    alternatives: {
      // {{offer}} may be a part of the work or a call: "ofrecer" fits both; nothing agrees with it.
      'smaller-scope': tones(
        ['Con lo que [tienes|tiene|tienen|tenéis] previsto sí cabe algo más acotado: con mucho gusto puedo ofrecer[te|le|les|os] {{offer}}.',
          'Con mucho gusto podría hacer una versión más sencilla, centrada en lo imprescindible y ajustada a la cantidad que [tienes|tiene|tienen|tenéis] prevista.',
          'Con la cantidad que [tienes|tiene|tienen|tenéis] prevista sí podría abordar una primera fase con lo imprescindible y dejar el resto para más adelante.'],
        ['Con la cantidad que [tienes|tiene|tienen|tenéis] prevista sí puedo ofrecer[te|le|les|os] {{offer}}.',
          'Con la cantidad que [tienes|tiene|tienen|tenéis] prevista sí puedo hacer una versión más sencilla, centrada en lo imprescindible.',
          'Con lo que [tienes|tiene|tienen|tenéis] previsto, sí podría encargarme de una primera fase con lo imprescindible.'],
        ['Con lo que [tienes|tiene|tienen|tenéis] previsto, puedo ofrecer[te|le|les|os] {{offer}}.',
          'Con lo que [tienes|tiene|tienen|tenéis] previsto, puedo hacer una versión más sencilla, centrada en lo imprescindible.', 'Con lo que [tienes|tiene|tienen|tenéis] previsto, cabe una primera fase con lo imprescindible.'],
      ),
      'separate-quote': tones(
        ['Con gusto [te|le|les|os] preparo un desglose por partes, según mi tarifa de {{rate}}, para que [veas|vea|vean|veáis] qué cabe en esa cantidad.',
          'Con gusto [te|le|les|os] preparo un desglose por partes, para que [puedas|pueda|puedan|podáis] decidir qué priorizar.'],
        ['Puedo preparar[te|le|les|os] un desglose por partes según mi tarifa de {{rate}}, para que [veas|vea|vean|veáis] qué parte del trabajo cabe en esa cifra.',
          'Puedo preparar[te|le|les|os] un desglose por partes para que [elijas|elija|elijan|elijáis] qué priorizar.'],
        ['Puedo calcular[te|le|les|os] el precio de cada parte, según mi tarifa de {{rate}}.',
          'Puedo preparar[te|le|les|os] <v:un presupuesto desglosado|una cotización desglosada>.'],
      ),
    },
    nextStep: {
      'smaller-scope': tones(
        ['Si [te|le|les|os] interesa, [te|le|les|os] detallo qué incluiría y lo concretamos.',
          '[Dime|Dígame|Díganme|Decidme] si [te|le|les|os] convence y lo organizamos.'],
        ['Si [te|le|les|os] parece bien, [te|le|les|os] detallo qué incluiría.',
          'Si [te|le|les|os] interesa, lo concretamos por correo.'],
        ['Si [te|le|les|os] interesa, [te|le|les|os] detallo qué incluiría.',
          '[Confírmame|Confírmeme|Confírmenme|Confirmadme] si [te|le|les|os] interesa y lo concretamos.'],
      ),
      'separate-quote': tones(
        ['Si [te|le|les|os] resulta útil, [dímelo|dígamelo|díganmelo|decídmelo] y [te lo|se lo|se lo|os lo] envío.',
          'Basta con que me lo [confirmes|confirme|confirmen|confirméis] para enviár[telo|selo|selo|oslo].'],
        ['Si [te|le|les|os] interesa, [dímelo|dígamelo|díganmelo|decídmelo] y [te lo|se lo|se lo|os lo] hago llegar.',
          'Si [te|le|les|os] interesa, [te lo|se lo|se lo|os lo] envío.'],
        ['[Confírmame|Confírmeme|Confírmenme|Confirmadme] si [te|le|les|os] interesa y [te lo|se lo|se lo|os lo] envío.',
          'Quedo a la espera de [tu|su|su|vuestra] respuesta.'],
      ),
    },
    door: tones(
      ['Si en algún momento [dispones|dispone|disponen|disponéis] de más margen, me encantará retomar la conversación.',
        'Si más adelante cambian [tus|sus|sus|vuestros] planes, [escríbeme|escríbame|escríbanme|escribidme] y lo vemos con calma.'],
      ['Si la cifra cambia más adelante, con gusto lo retomamos.',
        'Si en otro momento [cuentas|cuenta|cuentan|contáis] con más margen, lo estudio de nuevo con gusto.'],
      ['Si más adelante [dispones|dispone|disponen|disponéis] de más presupuesto, [escríbeme|escríbame|escríbanme|escribidme] y lo estudiaré de nuevo.'],
    ),
  },

  // A new enquiry from someone who haggles, offers a swap, appeals to guilt or pays late. The no
  // covers all four ("esas condiciones", "mis condiciones de cobro"), never one the client did
  // not raise; the closings assume nothing about the client's finances.
  'cannot-pay': {
    opening: tones(
      ['[Te|Le|Les|Os] agradezco que me [hayas|haya|hayan|hayáis] escrito abiertamente sobre la parte económica.'],
      ['Gracias por [tu|su|su|vuestro] mensaje sobre la parte económica.',
        'Gracias por explicarme [tu|su|su|vuestro] planteamiento sobre el pago.'],
      ['Gracias por [tu|su|su|vuestro] mensaje sobre el pago.', 'Tomo nota de lo que me [planteas|plantea|plantean|planteáis] sobre el pago.'],
    ),
    empathy: ['[Te|Le|Les|Os] respondo con la misma franqueza.'],
    decision: tones(
      ['No puedo aceptar esas condiciones.', 'No puedo cambiar mis condiciones de cobro.'],
      ['No puedo aceptar esa propuesta.', 'No puedo modificar mi tarifa ni mis condiciones de cobro.'],
      ['No acepto esas condiciones.'],
    ),
    explained: tones(
      ['No puedo aceptar esas condiciones: aplico la misma tarifa y los mismos plazos a todos mis clientes, y hacer una excepción no sería justo con los demás.'],
      ['No puedo aceptar esa propuesta, ya que el pago completo y puntual es lo que me permite dedicar a cada trabajo el tiempo que requiere.',
        'No puedo modificar mi tarifa ni mis condiciones de cobro: cambiarlas para un solo cliente no sería justo con los demás.'],
      ['No acepto esas condiciones: cobro la tarifa íntegra, y en los mismos plazos, a todos mis clientes.'],
    ),
    alternatives: {
      'payment-first': tones(
        ['Seguiré adelante con mucho gusto en cuanto me llegue el pago de {{amount}}.',
          'En cuanto me llegue el pago de {{amount}}, sigo adelante con el trabajo.',
          'Seguiré adelante con mucho gusto en cuanto reciba el pago.'],
        ['Puedo seguir adelante en cuanto reciba el pago de {{amount}}.',
          'Una vez recibido el pago, sigo adelante con el trabajo sin demora.',
          'Puedo seguir adelante en cuanto reciba el pago.'],
        ['Seguiré adelante en cuanto reciba el pago de {{amount}}.', 'En cuanto reciba el pago de {{amount}}, sigo adelante con el trabajo.',
          'Seguiré adelante en cuanto reciba el pago.'],
      ),
      'free-resources': tones(
        ['Para avanzar por [tu|su|su|vuestra] cuenta, [te|le|les|os] recomiendo consultar {{resources}}.',
          'Si [te|le|les|os] sirve, con gusto [te paso|le indico|les indico|os paso] algunos recursos gratuitos para avanzar por [tu|su|su|vuestra] cuenta.'],
        ['Para avanzar por [tu|su|su|vuestra] cuenta, [te|le|les|os] recomiendo {{resources}}.',
          'Si [prefieres|prefiere|prefieren|preferís] avanzar por [tu|su|su|vuestra] cuenta, puedo sugerir[te|le|les|os] algunos recursos gratuitos.'],
        ['Para avanzar por [tu|su|su|vuestra] cuenta, [te|le|les|os] recomiendo {{resources}}.', 'Si [prefieres|prefiere|prefieren|preferís] avanzar por [tu|su|su|vuestra] cuenta, [dímelo|dígamelo|díganmelo|decídmelo] y [te|le|les|os] indico algunos recursos gratuitos.'],
      ),
    },
    nextStep: {
      'payment-first': tones(
        ['Cuando [hayas|haya|hayan|hayáis] hecho la transferencia, [avísame|avíseme|avísenme|avisadme] y [te|le|les|os] confirmo que la he recibido.'],
        ['Si [necesitas|necesita|necesitan|necesitáis] los datos para la transferencia, [te los|se los|se los|os los] envío.',
          'Cuando me [envíes|envíe|envíen|enviéis] el <v:justificante|comprobante>, organizamos las fechas.'],
        ['Si [necesitas|necesita|necesitan|necesitáis] los datos bancarios, [te los|se los|se los|os los] envío.'],
      ),
      'free-resources': tones(
        ['Y si más adelante [decides|decide|deciden|decidís] contar conmigo, [escríbeme|escríbame|escríbanme|escribidme].'],
        ['Si en otro momento [decides|decide|deciden|decidís] contar conmigo, [puedes|puede|pueden|podéis] volver a escribirme.'],
        ['Si en otro momento [decides|decide|deciden|decidís] contar conmigo, [puedes|puede|pueden|podéis] escribirme.'],
      ),
    },
    door: tones(
      ['Si [decides|decide|deciden|decidís] seguir adelante en los términos habituales, [escríbeme|escríbame|escríbanme|escribidme] cuando [quieras|quiera|quieran|queráis] y continuamos.'],
      ['Si [decides|decide|deciden|decidís] seguir adelante en los términos habituales, quedo a [tu|su|su|vuestra] disposición.'],
      ['Si [decides|decide|deciden|decidís] seguir adelante en los términos habituales, [puedes|puede|pueden|podéis] escribirme.'],
    ),
    signOff: disputeSignOff,
  },

  // The work was delivered as agreed; now they want to pay less.
  'discount-after-delivery': {
    opening: tones(
      ['Gracias por [tu|su|su|vuestro] mensaje sobre la factura.'],
      ['Gracias por [tu|su|su|vuestro] mensaje sobre <v:el importe|el monto> final.',
        'Gracias por [tus|sus|sus|vuestros] comentarios sobre la factura final.'],
      ['Gracias por [tu|su|su|vuestro] mensaje sobre la factura final.',
        '<v:He revisado|Revisé> [tu|su|su|vuestra] petición sobre la factura final.'],
    ),
    empathy: ['Comprendo que [quieras|quiera|quieran|queráis] reducir <v:el coste|el costo> final.'],
    decision: tones(
      ['No puedo aplicar un descuento sobre lo ya entregado.', 'No me es posible rebajar <v:el importe|el monto>.'],
      ['No puedo reducir el precio acordado.', 'No puedo aplicar ningún descuento una vez hecha la entrega.'],
      ['No voy a aplicar ningún descuento.', 'No voy a reducir <v:el importe|el monto>.'],
    ),
    explained: tones(
      ['No puedo aplicar un descuento: <v:he entregado|entregué> todo lo que <v:recogía|incluía> {{agreement}}, y el precio corresponde a ese trabajo.',
        'No me es posible rebajar <v:el importe|el monto>, porque el trabajo se ajusta a {{agreement}} y el precio quedó cerrado de antemano.',
        'No puedo aplicar un descuento: <v:he entregado|entregué> todo lo que acordamos, y el precio corresponde a ese trabajo.',
        'No me es posible rebajar <v:el importe|el monto>, porque el trabajo cumple lo acordado y el precio quedó cerrado de antemano.'],
      ['No puedo reducir el precio, ya que el trabajo se ajusta a {{agreement}}.',
        'No puedo aplicar ningún descuento, porque lo entregado responde a <v:lo recogido|lo establecido> en {{agreement}}.',
        'No puedo reducir el precio, ya que el trabajo cumple lo que acordamos.',
        'No puedo aplicar ningún descuento, dado que lo entregado se ajusta a lo pactado.'],
      ['No voy a aplicar ningún descuento. El trabajo se ajusta a {{agreement}}.',
        'No voy a reducir <v:el importe|el monto>, ya que lo entregado se ajusta a <v:lo recogido|lo establecido> en {{agreement}}.',
        'No voy a aplicar ningún descuento. El trabajo se ajusta a lo acordado.',
        'No voy a reducir <v:el importe|el monto>, ya que lo entregado cumple lo pactado.'],
    ),
    alternatives: {
      // Without the value (or after the no has named it), the offer says "el acuerdo".
      'written-agreement': tones(
        ['Con gusto [te|le|les|os] reenvío {{agreement}}, por si [quieres|quiere|quieren|queréis] repasar lo que incluía.',
          'Si [te|le|les|os] sirve, con gusto [te|le|les|os] reenvío lo que acordamos por escrito para que [lo tengas|lo tenga|lo tengan|lo tengáis] a mano.'],
        ['Si [te|le|les|os] sirve, [te|le|les|os] reenvío {{agreement}}, con las condiciones que acordamos.',
          '<n:agreement>Puedo reenviar[te|le|les|os] una copia de lo que acordamos por escrito para que [lo compruebes|lo compruebe|lo comprueben|lo comprobéis].',
          'Puedo reenviar[te|le|les|os] una copia del documento para que [compruebes|compruebe|comprueben|comprobéis] lo acordado.'],
        ['El precio es el que figura en {{agreement}}, que puedo reenviar[te|le|les|os] si hace falta.', '<n:agreement>Si [lo necesitas|lo necesita|lo necesitan|lo necesitáis], puedo reenviar[te|le|les|os] una copia de lo que acordamos por escrito.',
          'Puedo reenviar[te|le|les|os] una copia del documento, si [lo necesitas|lo necesita|lo necesitan|lo necesitáis].'],
      ),
    },
    nextStep: tones(
      ['Si [te|le|les|os] queda alguna duda, [escríbeme|escríbame|escríbanme|escribidme] y lo aclaramos con calma.'],
      ['Quedo a [tu|su|su|vuestra] disposición para cualquier aclaración sobre la factura.',
        'Cuento con recibir el pago en el plazo previsto; para cualquier aclaración, quedo a [tu|su|su|vuestra] disposición.'],
      ['Espero el pago íntegro en el plazo previsto. Para cualquier duda, quedo a [tu|su|su|vuestra] disposición.',
        'Cuento con recibir el pago íntegro en el plazo previsto. Si [tienes|tiene|tienen|tenéis] alguna duda, [escríbeme|escríbame|escríbanme|escribidme].'],
    ),
    door: tones(
      ['Quedo a la espera del pago en el plazo previsto. Si [tienes|tiene|tienen|tenéis] alguna duda, lo hablamos cuando [quieras|quiera|quieran|queráis].',
        'Cuento con el pago en el plazo previsto. Si [tienes|tiene|tienen|tenéis] cualquier duda sobre la factura, con gusto la aclaramos.'],
      ['Quedo a la espera del pago en el plazo previsto. Para cualquier duda sobre el cobro, [puedes|puede|pueden|podéis] escribirme.',
        '[Te|Le|Les|Os] agradeceré que [hagas|haga|hagan|hagáis] el pago en el plazo previsto. Si [tienes|tiene|tienen|tenéis] cualquier duda sobre la factura, [escríbeme|escríbame|escríbanme|escribidme].'],
      ['Espero el pago íntegro en el plazo previsto. Si [tienes|tiene|tienen|tenéis] alguna duda, [puedes|puede|pueden|podéis] escribirme.',
        'Cuento con recibir el pago íntegro en el plazo previsto. Quedo a [tu|su|su|vuestra] disposición para cualquier duda.'],
    ),
    signOff: disputeSignOff,
  },

  // Work under way: the client disputes what was agreed; the written record says otherwise.
  // {{agreement}} may be "el presupuesto aprobado…": closings ask what it would cost, never "presupuesto".
  'as-agreed-in-writing': {
    opening: tones(
      ['[Te|Le|Les|Os] agradezco que me [hayas|haya|hayan|hayáis] planteado la cuestión directamente.',
        'Gracias por [tu|su|su|vuestro] mensaje sobre el proyecto.'],
      ['Gracias por [tu|su|su|vuestro] mensaje sobre lo que incluye el proyecto.',
        'Gracias por plantearme [tus|sus|sus|vuestras] dudas sobre lo que incluye el trabajo.'],
      ['Gracias por [tu|su|su|vuestro] mensaje sobre lo que incluye el proyecto.', 'Gracias por plantearme [tus|sus|sus|vuestras] dudas sobre el proyecto.'],
    ),
    empathy: ['Entiendo que [esperaras|esperara|esperaran|esperarais] que esto estuviera incluido.'],
    decision: tones(
      ['No puedo ampliar lo que acordamos sin cambiar el precio.', 'No puedo dar por incluido lo que no figura en el acuerdo.',
        'No puedo dar por incluido lo que no figura en {{agreement}}.'],
      ['No puedo ampliar lo acordado por el mismo precio.', 'No puedo modificar lo pactado sin revisar el precio.'],
      ['No voy a ampliar el trabajo por el mismo <v:importe|monto>.', 'No voy a hacer sin <v:coste|costo> adicional ningún trabajo que no figure en el acuerdo.'],
    ),
    explained: tones(
      ['No puedo dar por incluido lo que no figura en {{agreement}}, porque es en ese documento donde fijamos el alcance y el precio.',
        'No puedo ampliar lo que acordamos sin cambiar el precio, porque el alcance quedó por escrito y <v:el importe|el monto> se calculó sobre él.',
        'No puedo dar por incluido nada que no conste en el acuerdo escrito, porque es en él donde fijamos el alcance y el precio.'],
      ['No puedo ampliar lo acordado por el mismo precio, ya que el alcance quedó fijado en {{agreement}}.',
        'No puedo ampliar lo acordado por el mismo precio, ya que el alcance quedó fijado por escrito.',
        'No puedo modificar lo pactado sin revisar el precio, porque el alcance y <v:el importe|el monto> se fijaron por escrito.'],
      ['No voy a ampliar el trabajo por el mismo <v:importe|monto>. El alcance está <v:recogido|establecido> en {{agreement}}.',
        'No voy a ampliar el trabajo por el mismo <v:importe|monto>. El alcance quedó fijado por escrito cuando cerramos el acuerdo.'],
    ),
    alternatives: {
      'written-agreement': tones(
        ['Si [te|le|les|os] parece, revisamos punto por punto {{agreement}}.',
          'Con gusto repasamos lo pactado punto por punto.'],
        ['Podemos repasar {{agreement}} punto por punto.',
          '<n:agreement>Puedo reenviar[te|le|les|os] una copia del acuerdo para que lo repasemos.',
          'Puedo reenviar[te|le|les|os] una copia de ese documento para que lo repasemos.'],
        ['[Te|Le|Les|Os] remito a {{agreement}}, donde se detalla lo incluido.',
          'Puedo reenviar[te|le|les|os] el documento, si [te|le|les|os] sirve.'],
      ),
    },
    nextStep: tones(
      ['Si hay algo que [te|le|les|os] interese añadir, [cuéntame|cuénteme|cuéntenme|contadme] qué es y [te digo|le indico|les indico|os digo] cuánto costaría.',
        '[Indícame|Indíqueme|Indíquenme|Indicadme] qué [te|le|les|os] gustaría añadir y [te|le|les|os] envío <v:un presupuesto|una cotización>.'],
      ['Si [quieres|quiere|quieren|queréis] añadir algo que no esté incluido, [te digo|le indico|les indico|os digo] cuánto costaría.',
        '[Indícame|Indíqueme|Indíquenme|Indicadme] qué [quieres|quiere|quieren|queréis] añadir y [te digo|le indico|les indico|os digo] cuánto costaría.'],
      ['Si [quieres|quiere|quieren|queréis] añadir algo, [te|le|les|os] indico antes el precio.',
        'Cualquier trabajo adicional lo <v:presupuesto|cotizo> aparte antes de empezar.'],
    ),
    door: tones(
      ['Por mi parte, sigo adelante con el proyecto tal como lo planificamos. Si [te|le|les|os] queda alguna duda, [escríbeme|escríbame|escríbanme|escribidme] cuando [quieras|quiera|quieran|queráis].'],
      ['Por mi parte, sigo con el proyecto según lo previsto. Para cualquier pregunta, [puedes|puede|pueden|podéis] escribirme.'],
      ['Sigo con el calendario previsto. Para cualquier pregunta, [puedes|puede|pueden|podéis] escribirme.'],
    ),
    signOff: disputeSignOff,
  },

  // A new enquiry that insists on guaranteed results and shifts all the risk onto me.
  // Neutral Spanish for both varieties: no "ir sobre seguro", no "encajar".
  'guarantee-demanded': {
    opening: tones(
      ['Gracias por explicarme con claridad qué [esperas|espera|esperan|esperáis] conseguir.',
        '[Te|Le|Les|Os] agradezco que me [hayas|haya|hayan|hayáis] dejado claras [tus|sus|sus|vuestras] expectativas.'],
      ['[Te|Le|Les|Os] agradezco que me [hayas|haya|hayan|hayáis] contado qué [esperas|espera|esperan|esperáis] conseguir con el proyecto.'],
      ['Gracias por detallarme las condiciones que [propones|propone|proponen|proponéis] para el proyecto.', 'Tomo nota de lo que [esperas|espera|esperan|esperáis] conseguir.'],
    ),
    empathy: ['Es natural buscar garantías antes de invertir en un proyecto.'],
    // With nothing offered the no says the project is off; before an offer it refuses only the guarantee.
    decision: tones(
      ['<a:none>No puedo garantizar[te|le|les|os] un resultado concreto ni asumir todo el riesgo, así que en estas condiciones no me es posible aceptar el proyecto.',
        'No puedo garantizar[te|le|les|os] un resultado concreto ni asumir todo el riesgo.', 'No me es posible cargar yo con todo el riesgo ni asegurar[te|le|les|os] el resultado.'],
      ['<a:none>No puedo garantizar resultados concretos ni asumir todo el riesgo, así que en estas condiciones no me es posible aceptar el proyecto.',
        'No puedo garantizar resultados concretos ni asumir todo el riesgo.', 'No puedo asumir todo el riesgo ni garantizar el resultado.'],
      ['<a:none>No puedo garantizar[te|le|les|os] resultados ni asumir todo el riesgo. En estas condiciones, no acepto el proyecto.',
        'No puedo garantizar[te|le|les|os] resultados ni asumir todo el riesgo.', 'No voy a asumir todo el riesgo ni garantizar el resultado.'],
    ),
    explained: tones(
      ['No puedo garantizar[te|le|les|os] un resultado concreto ni asumir todo el riesgo: el éxito depende también de factores externos y de decisiones de terceros, y prometer otra cosa no sería honesto.',
        'No me es posible cargar yo con todo el riesgo ni asegurar[te|le|les|os] el resultado, ya que en él influyen factores externos y decisiones que no dependen de mí.',
        '<a:none>No me es posible cargar yo con todo el riesgo ni asegurar[te|le|les|os] el resultado, ya que en él influyen factores externos y decisiones que no dependen de mí. Por eso, en estas condiciones, no puedo aceptar el proyecto.'],
      ['No puedo asumir todo el riesgo ni garantizar el resultado, porque en él influyen factores externos y decisiones que no dependen de mí.',
        '<a:none>No puedo asumir todo el riesgo ni garantizar el resultado, porque en él influyen factores externos y decisiones que no dependen de mí. Por eso, en estas condiciones, no me es posible aceptar el proyecto.'],
      ['No puedo garantizar[te|le|les|os] resultados ni asumir todo el riesgo: el éxito depende también de factores ajenos a mí.',
        'No voy a asumir todo el riesgo ni garantizar el resultado, porque en él influyen factores que no controlo.',
        '<a:none>No voy a asumir todo el riesgo ni garantizar el resultado, porque en él influyen factores que no controlo. En estas condiciones, no acepto el proyecto.'],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ['Con gusto [te|le|les|os] ofrezco {{offer}}.',
          'A lo que sí me comprometo, con mucho gusto, es a cuidar cada fase del trabajo y a informar[te|le|les|os] de cómo avanza.',
          'Lo que sí puedo prometer[te|le|les|os] es el máximo cuidado en mi trabajo y total transparencia sobre los avances.'],
        ['En cambio, sí puedo ofrecer[te|le|les|os] {{offer}}.',
          'Por mi parte, me comprometo con la calidad de cada entrega y [te|le|les|os] ofrezco {{offer}}.',
          'Lo que sí puedo asegurar es la calidad de mi trabajo y un seguimiento claro de los avances.',
          'Lo que sí puedo prometer es hacer bien mi trabajo e informar[te|le|les|os] de cada avance.'],
        ['Sí puedo ofrecer[te|le|les|os] {{offer}}.',
          'Lo que sí [te|le|les|os] aseguro es la calidad de mi trabajo.',
          'Sí me comprometo con la calidad de cada entrega.'],
      ),
    },
    nextStep: tones(
      ['[Dime|Dígame|Díganme|Decidme] si [te|le|les|os] parece bien y [te|le|les|os] preparo una propuesta detallada.'],
      ['Si [te|le|les|os] interesa este planteamiento, [te|le|les|os] envío una propuesta con fechas y precio.',
        'Si [te|le|les|os] parece bien, [te|le|les|os] preparo una propuesta por escrito.'],
      ['Si [te|le|les|os] interesa, [te|le|les|os] envío una propuesta.'],
    ),
    door: tones(
      ['Si más adelante [quieres|quiere|quieren|queréis] plantearlo de otra manera, me encantará retomar la conversación.',
        'Si [te|le|les|os] parece bien buscar un reparto del riesgo más equilibrado, con gusto lo hablamos.'],
      ['Si [decides|decide|deciden|decidís] plantearlo de otra manera, [puedes|puede|pueden|podéis] escribirme.',
        'Si [te|le|les|os] parece, podemos hablar de un reparto más equilibrado del riesgo.'],
      ['Si [cambias|cambia|cambian|cambiáis] de planteamiento, [puedes|puede|pueden|podéis] escribirme.',
        'Si más adelante me [haces|hace|hacen|hacéis] otra propuesta, la estudiaré.'],
    ),
  },

  // A new enquiry whose contract has a clause I don't accept: non-compete, exclusivity, payment terms.
  // {{clause}} may be "la cláusula de no competencia" or "el pago a 90 días": nothing agrees with
  // it, and later parts call it "ese punto". {{offer}} may end in "en su lugar", so its frames never
  // say "como alternativa" or "en lugar de". The reason holds for any clause: my usual terms.
  // No present perfect of a just-finished act ("lo he leído"), which reads oddly in Latin America.
  'contract-terms': {
    opening: tones(
      ['Gracias por enviarme el borrador del contrato; <v:lo he revisado|lo revisé> con detalle.',
        '[Te|Le|Les|Os] agradezco que me [hayas|haya|hayan|hayáis] hecho llegar el borrador.'],
      ['Gracias por hacerme llegar el borrador.',
        '[Te|Le|Les|Os] agradezco que me [hayas|haya|hayan|hayáis] enviado el borrador antes de cerrar <v:nada|el acuerdo>.'],
      ['<v:He revisado con detenimiento el borrador que me [has|ha|han|habéis] enviado|Revisé con detenimiento el borrador que me [enviaste|envió|enviaron|enviaron]>.', '[Te|Le|Les|Os] escribo a propósito del borrador de contrato que me <v:[has|ha|han|habéis] enviado|[enviaste|envió|enviaron|enviaron]>.'],
    ),
    // Protecting one's interests reads as said of a non-compete, not of a payment term.
    empathy: ['Entiendo que [quieras|quiera|quieran|queráis] proteger bien [tus|sus|sus|vuestros] intereses.',
      '<k:payment>Entiendo que cada empresa organiza sus pagos a su manera.'],
    decision: tones(
      ['No puedo firmar el contrato si incluye {{clause}}.',
        'Hay un punto del documento que no puedo aceptar, así que no puedo firmarlo en su forma actual.'],
      ['No puedo firmar mientras el contrato incluya {{clause}}.',
        'No me es posible firmar el documento tal como está.'],
      ['No puedo aceptar {{clause}}, así que no voy a firmar el contrato tal como está.', 'No voy a firmar el contrato si incluye {{clause}}.',
        'Hay una cláusula que no puedo aceptar, así que no voy a firmarlo tal como está.', 'No voy a firmar el documento en su forma actual.'],
    ),
    // Before a counter-offer the reason is that the clause clashes with my usual terms: "con ningún
    // cliente" would contradict offering a limited version of it.
    // The kinds of clause people type most get the reason that term really costs me (clause-kind.ts),
    // framed "con {{clause}}" so that no verb agrees with it.
    explained: tones(
      ['<k:restraint>No puedo firmar el contrato si incluye {{clause}}: no podría aceptar encargos de otros clientes de mi sector, y de ellos depende mi actividad.',
        '<k:payment>No puedo firmar el contrato tal como está: con {{clause}}, tendría que adelantar el <v:coste|costo> del trabajo durante demasiado tiempo, algo que un negocio como el mío no puede asumir.',
        '<k:revisions>No puedo firmar el contrato tal como está: con {{clause}}, el trabajo no tendría un final acordado, y no podría comprometerme ni con un precio justo ni con una fecha de entrega.',
        '<k:liability>No puedo firmar el contrato tal como está: con {{clause}}, respondería de riesgos que no dependen de mí.',
        'No puedo firmar el contrato si incluye {{clause}}: no encaja con las condiciones que aplico a todos mis clientes.',
        'No me es posible firmar mientras el contrato incluya {{clause}}, ya que choca con las condiciones que aplico a todos mis clientes.',
        'No puedo firmar el contrato tal como está, porque una de sus cláusulas no encaja con las condiciones que aplico a todos mis clientes.',
        'Hay un punto del documento que choca con las condiciones que aplico a todos mis clientes, así que no puedo firmarlo en su forma actual.'],
      ['<k:restraint>No me es posible firmar el contrato tal como está, porque con {{clause}} no podría aceptar encargos de otros clientes de mi sector, y de ellos depende mi actividad.',
        '<k:payment>No me es posible firmar el contrato tal como está, porque con {{clause}} tendría que adelantar el <v:coste|costo> del trabajo durante demasiado tiempo.',
        '<k:revisions>No me es posible firmar el contrato tal como está, porque con {{clause}} el trabajo no tendría un final acordado y no podría comprometerme ni con un precio ni con una fecha de entrega.',
        '<k:liability>No me es posible firmar el contrato tal como está, porque con {{clause}} respondería de riesgos que no dependen de mí.',
        '<a:what-i-can-do>No me es posible firmar el contrato si incluye {{clause}}, porque choca con las condiciones que aplico a todos mis clientes.',
        'No me es posible firmar el contrato si incluye {{clause}}, porque es una condición que no acepto con ningún cliente.',
        'No me es posible firmar el documento tal como está, porque uno de sus puntos choca con las condiciones que aplico a todos mis clientes.'],
      ['<k:restraint>No voy a firmar el contrato tal como está: con {{clause}}, no podría aceptar encargos de otros clientes de mi sector.',
        '<k:payment>No voy a firmar el contrato tal como está: con {{clause}}, tendría que adelantar el <v:coste|costo> del trabajo durante demasiado tiempo.',
        '<k:revisions>No voy a firmar el contrato tal como está: con {{clause}}, el trabajo no tendría un final acordado y no podría fijar ni un precio ni un plazo.',
        '<k:liability>No voy a firmar el contrato tal como está: con {{clause}}, respondería de riesgos que no dependen de mí.',
        '<a:what-i-can-do>No voy a firmar el contrato si incluye {{clause}}, porque no se ajusta a mis condiciones habituales.',
        'No voy a firmar el contrato si incluye {{clause}}. Es una condición que no acepto con ningún cliente.',
        'Hay una cláusula que se aparta de mis condiciones habituales, así que no voy a firmarlo tal como está.',
        'No voy a firmar el documento en su forma actual, porque uno de sus puntos choca con mis condiciones habituales.'],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ['Lo que sí aceptaría con gusto es {{offer}}.',
          'Para poder seguir adelante, [te|le|les|os] propongo cambiar esa condición por {{offer}}.', '<n:clause>Para poder seguir adelante, [te|le|les|os] propongo {{offer}}.',
          'Puedo revisar con calma una nueva redacción de ese punto.',
          'Si ese punto puede retirarse o modificarse, con gusto reviso la nueva redacción.'],
        ['Por mi parte, [te|le|les|os] propongo {{offer}}.',
          'Como alternativa a ese punto, [te|le|les|os] propongo {{offer}}.',
          'Si ese punto se retira o se modifica, reviso la nueva redacción.',
          'Puedo revisar una nueva redacción de ese punto.'],
        ['[Te|Le|Les|Os] propongo sustituir ese punto por {{offer}}.',
          'Puedo revisar una nueva redacción de ese punto.', 'Si se retira ese punto, reviso la nueva redacción y firmo el contrato.'],
      ),
    },
    nextStep: tones(
      ['[Dime|Dígame|Díganme|Decidme] si [te|le|les|os] parece bien y seguimos adelante.',
        '[Dime|Dígame|Díganme|Decidme] qué [te|le|les|os] parece y, si [estás|está|están|estáis] de acuerdo, preparo la nueva redacción.',
        '<n:offer>Quedo a la espera de lo que me [digas|diga|digan|digáis].'],
      ['[Indícame|Indíqueme|Indíquenme|Indicadme] si [te|le|les|os] parece bien y avanzamos.',
        'Cuando lo [hayas|haya|hayan|hayáis] <v:valorado|evaluado>, [dímelo|dígamelo|díganmelo|decídmelo] y avanzamos.'],
      ['Quedo a la espera de lo que [decidas|decida|decidan|decidáis].',
        'Si [te|le|les|os] parece bien, firmo el contrato con ese cambio.', '<n:offer>Quedo a la espera de lo que [decidas|decida|decidan|decidáis].'],
    ),
    door: tones(
      ['Si ese punto puede retirarse o modificarse, me encantará seguir adelante.',
        'Si [te|le|les|os] parece, lo hablamos y buscamos una redacción que sirva a ambas partes.',
        '<k:payment>Si [te|le|les|os] parece, lo hablamos y buscamos un plazo de pago que sirva a ambas partes.'],
      ['Si ese punto puede retirarse o modificarse, con gusto seguimos adelante.',
        'Si [te|le|les|os] parece, comentamos ese punto y vemos si admite cambios.'],
      ['Si ese punto se retira o se modifica, podemos seguir adelante.',
        'Quedo a la espera de saber si ese punto puede cambiarse.'],
    ),
    signOff: disputeSignOff,
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
