// Spanish parts for reasons about boundaries and the relationship itself. Each reason words its
// own acknowledgement, alternatives and closing line for where the relationship stands
// (reasons.ts `stage`). Brackets are [tú|usted|ustedes|vosotros].
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const boundaryReasons = {
  // Work under way: the client comes back with a problem I already helped with.
  'already-helped': {
    opening: tones(
      ['Gracias por avisarme de que el problema ha vuelto a aparecer.',
        '[Te|Le|Les|Os] agradezco que me [hayas|haya|hayan|hayáis] contado que el problema ha vuelto a surgir.'],
      ['Gracias por avisarme de que el problema ha vuelto a surgir.',
        'Gracias por [tu|su|su|vuestra] nueva consulta sobre este tema.'],
      ['Gracias por avisarme de que el problema ha vuelto.',
        'Gracias por [tu|su|su|vuestro] mensaje sobre el problema que ya tratamos.'],
    ),
    empathy: ['Sé que es un fastidio que se repita.',
      'Entiendo que [quieras|quiera|quieran|queráis] dejarlo resuelto de una vez.'],
    decision: tones(
      ['No puedo volver a ocuparme de ello sin coste.', 'No puedo atenderlo de nuevo dentro del trabajo anterior.'],
      ['No puedo atenderlo de nuevo sin coste.', 'No puedo incluirlo en lo ya facturado.'],
      ['No puedo atender este tema de nuevo sin coste.', 'No voy a ocuparme de esto otra vez sin facturarlo aparte.'],
    ),
    explained: tones(
      ['No puedo volver a ocuparme de ello sin coste: ya lo resolvimos en su momento, y cada nueva intervención es un trabajo aparte.',
        'No puedo atenderlo de nuevo dentro del trabajo anterior, porque ese encargo ya está cerrado y los pasos que vimos entonces siguen siendo válidos.'],
      ['No puedo atenderlo de nuevo sin coste, ya que el tema quedó resuelto en nuestro trabajo anterior.',
        'No puedo incluirlo en lo ya facturado: ese trabajo quedó cerrado, y esto supone una intervención nueva.'],
      ['No puedo atender este tema de nuevo sin coste. Quedó resuelto en el trabajo anterior.',
        'No voy a ocuparme de esto otra vez sin facturarlo aparte: lo resolvimos en su momento y ese trabajo ya se cerró.'],
    ),
    alternatives: {
      'free-resources': tones(
        ['Para repasar los pasos con calma, [te|le|les|os] recomiendo consultar {{resources}}, que [puedes|puede|pueden|podéis] seguir a [tu|su|su|vuestro] ritmo.',
          'Para resolverlo por [tu|su|su|vuestra] cuenta, [te|le|les|os] sugiero consultar {{resources}}.',
          'Para repasar los pasos con calma, puedo indicar[te|le|les|os] algunas guías gratuitas que lo explican bien.',
          'Para resolverlo por [tu|su|su|vuestra] cuenta, hay recursos gratuitos muy claros que puedo indicar[te|le|les|os].'],
        ['Para resolverlo por [tu|su|su|vuestra] cuenta, [te|le|les|os] recomiendo consultar {{resources}}.',
          'Como alternativa, [te|le|les|os] sugiero revisar {{resources}}.',
          'Para resolverlo por [tu|su|su|vuestra] cuenta, puedo indicar[te|le|les|os] algunos recursos gratuitos.',
          'Como alternativa, puedo sugerir[te|le|les|os] recursos gratuitos que explican los pasos.'],
        ['Para consultarlo, [te|le|les|os] remito a {{resources}}.', 'Los pasos se explican en {{resources}}.',
          'Para consultarlo, existen recursos gratuitos que puedo indicar[te|le|les|os].', 'Puedo indicar[te|le|les|os] recursos gratuitos donde se explican los pasos.'],
      ),
      'paid-extra': tones(
        ['Con gusto me ocupo de ello como una intervención nueva, a {{rate}}.',
          'Si [quieres|quiere|quieren|queréis] que lo resuelva yo, lo hago con mucho gusto como un encargo nuevo, a {{rate}}.',
          'Con gusto me ocupo de ello como una intervención nueva, con su propio precio.',
          'Si [quieres|quiere|quieren|queréis] que lo resuelva yo, lo hago con mucho gusto como un encargo nuevo, con precio aparte.'],
        ['Puedo resolverlo como trabajo adicional, a {{rate}}.',
          'Puedo encargarme de ello aparte, a {{rate}}.',
          'Puedo resolverlo como trabajo adicional, con precio aparte.',
          'Puedo encargarme de ello aparte, con su propio precio.'],
        ['Puedo resolverlo como intervención nueva, a {{rate}}.', 'Como intervención nueva, mi tarifa es de {{rate}}.',
          'Puedo resolverlo como intervención nueva, con precio aparte.', 'Como intervención nueva, se factura aparte.'],
      ),
    },
    nextStep: {
      'free-resources': tones(
        ['Si después de revisarlo algo sigue sin funcionar, [dímelo|dígamelo|díganmelo|decídmelo] y lo valoramos como intervención nueva.',
          'Si con eso no queda resuelto, [avísame|avíseme|avísenme|avisadme] y vemos cómo plantear una nueva sesión.'],
        ['Si después algo sigue sin resolverse, [avísame|avíseme|avísenme|avisadme] y lo valoramos como trabajo nuevo.',
          'Si no queda resuelto, [dímelo|dígamelo|díganmelo|decídmelo] y [te|le|les|os] envío el precio de una intervención nueva.'],
        ['Si el problema persiste, lo trato como una intervención nueva.', 'Si no queda resuelto, lo trato como un encargo nuevo.'],
      ),
      'paid-extra': tones(
        ['[Dime|Dígame|Díganme|Decidme] si [te|le|les|os] parece bien y lo programamos.',
          'En cuanto me lo [confirmes|confirme|confirmen|confirméis], me pongo con ello.'],
        ['[Confírmame|Confírmeme|Confírmenme|Confirmadme] si [quieres|quiere|quieren|queréis] que me encargue y lo programo.',
          '[Indícame|Indíqueme|Indíquenme|Indicadme] si [te|le|les|os] parece bien y fijamos la fecha.'],
        ['Si [quieres|quiere|quieren|queréis] que me encargue, me lo [confirmas|confirma|confirman|confirmáis] y lo programo.',
          'Con [tu|su|su|vuestra] confirmación, lo programo.'],
      ),
    },
    door: tones(
      ['Si [prefieres|prefiere|prefieren|preferís] que me ocupe yo, lo hago con gusto como un trabajo aparte; [dímelo|dígamelo|díganmelo|decídmelo] y [te|le|les|os] envío el precio.',
        'Si [quieres|quiere|quieren|queréis] que lo revise yo, con gusto [te|le|les|os] envío el precio de esa intervención.'],
      ['Si [quieres|quiere|quieren|queréis] que lo revise como un trabajo aparte, [te|le|les|os] envío el precio.',
        'Si [necesitas|necesita|necesitan|necesitáis] que me ocupe yo, [te|le|les|os] envío el precio de esa intervención.'],
      ['Si [quieres|quiere|quieren|queréis] que lo revise como un trabajo aparte, [te|le|les|os] envío el precio.',
        'Si [necesitas|necesita|necesitan|necesitáis] que me ocupe yo, [te|le|les|os] envío el precio de esa intervención.'],
    ),
  },

  // A new enquiry made on behalf of someone else: a partner, a relative, a friend.
  'third-party-request': {
    opening: tones(
      ['Gracias por [tu|su|su|vuestro] mensaje y por acordar[te|se|se|os] de mí.',
        '[Te|Le|Les|Os] agradezco que me [hayas|haya|hayan|hayáis] tenido en cuenta.'],
      ['Gracias por pensar en mí para ayudar a alguien cercano.',
        'Gracias por [tu|su|su|vuestro] mensaje y por tenerme en cuenta.'],
      ['Gracias por tenerme en cuenta.', 'Gracias por escribirme de parte de alguien cercano.'],
    ),
    empathy: ['Es un bonito gesto querer echar una mano a alguien cercano.',
      'Se nota que [te|le|les|os] importa que la persona interesada reciba buena ayuda.'],
    decision: tones(
      ['No puedo aceptar el encargo a través de otra persona.', 'No puedo empezar sin tratar directamente con la persona interesada.'],
      ['No puedo aceptar el encargo en nombre de otra persona.', 'No puedo trabajar a través de un intermediario.'],
      ['No puedo aceptar el encargo en nombre de otra persona.', 'No voy a trabajar a través de un intermediario.'],
    ),
    explained: tones(
      ['No puedo aceptar el encargo a través de otra persona: para entender bien el caso y acordar cada paso, tengo que hablar directamente con quien va a recibir el trabajo.',
        'No puedo empezar sin tratar directamente con la persona interesada, porque es quien conoce los detalles y quien debe dar el visto bueno a cada paso.'],
      ['No puedo aceptar el encargo en nombre de otra persona, ya que necesito tratar directamente con quien va a recibir el servicio.',
        'No puedo trabajar a través de un intermediario: las condiciones y los detalles los acuerdo con la persona interesada.'],
      ['No puedo aceptar el encargo en nombre de otra persona. Necesito tratar directamente con quien recibe el servicio.',
        'No voy a trabajar a través de un intermediario: las condiciones las acuerdo con la persona interesada.'],
    ),
    alternatives: {
      'direct-contact': tones(
        ['Si esa persona me escribe, estudiaré su caso con mucho gusto y le contaré cómo podemos trabajar.',
          '[Puedes|Puede|Pueden|Podéis] pasar mi correo a la persona interesada para que me escriba directamente; con gusto veré qué necesita.'],
        ['La persona interesada puede escribirme directamente y estudiaré su caso.',
          '[Puedes|Puede|Pueden|Podéis] facilitar mi correo a quien necesita el servicio para que se ponga en contacto conmigo.'],
        ['La persona interesada puede escribirme directamente.', '[Puedes|Puede|Pueden|Podéis] facilitar mi correo a quien necesita el servicio para que me escriba.'],
      ),
    },
    nextStep: tones(
      ['[Te|Le|Les|Os] agradezco que se lo [transmitas|transmita|transmitan|transmitáis].', 'Gracias de nuevo por hacer de puente.'],
      ['[Te|Le|Les|Os] agradezco que se lo [hagas|haga|hagan|hagáis] saber.', 'Gracias por hacerle llegar el mensaje.'],
      ['Gracias por hacérselo saber.', 'Gracias por trasladárselo.'],
    ),
    door: tones(
      ['Si la persona interesada quiere contar conmigo, puede escribirme directamente y lo hablamos con calma.',
        'Si quien necesita el servicio me escribe directamente, estudiaré su caso con mucho gusto.'],
      ['Si la persona interesada quiere contratarme, puede escribirme directamente.',
        'Si quien necesita el servicio me escribe directamente, estudiaré su caso.'],
      ['Si la persona interesada quiere contratarme, puede escribirme directamente.',
        'Quien necesita el servicio puede escribirme directamente.'],
    ),
  },

  // Work under way: calls at odd hours, evenings or holidays expected, calls insisted on over email.
  'after-hours': {
    opening: tones(
      ['Gracias por mantenerme al tanto de cómo avanza el proyecto.',
        '[Te|Le|Les|Os] agradezco que [cuentes|cuente|cuenten|contéis] conmigo para lo que surja.'],
      ['Gracias por escribirme sobre el proyecto.', 'He visto [tu|su|su|vuestro] mensaje; gracias por escribirme.'],
      ['Gracias por escribirme.',
        'Gracias por mantenerme al tanto.'],
    ),
    empathy: ['Sé que los imprevistos no avisan.', 'Entiendo que a veces las dudas aparecen a deshoras.'],
    decision: tones(
      ['No puedo atender llamadas ni trabajar fuera de mi horario.', 'No estoy disponible por las noches ni en festivos.'],
      ['No atiendo llamadas ni peticiones fuera de mi horario.', 'No puedo responder de noche ni en festivos.'],
      ['No trabajo fuera de mi horario.', 'No atiendo llamadas ni peticiones fuera de horario.'],
    ),
    explained: tones(
      ['No puedo atender llamadas ni trabajar fuera de mi horario, que es {{policy}}: respetarlo es lo que me permite dar a cada proyecto toda mi atención.',
        'No estoy disponible por las noches ni en festivos, porque mi horario es {{policy}}, y respetarlo me permite atender a cada cliente con calma.',
        'No puedo atender llamadas ni trabajar fuera de mi horario laboral: respetarlo es lo que me permite dar a cada proyecto toda mi atención.',
        'No estoy disponible por las noches ni en festivos, porque mantengo un horario fijo y así puedo atender a cada cliente con calma.'],
      ['No atiendo llamadas ni peticiones fuera de mi horario, que es {{policy}}. Los asuntos del proyecto los gestiono por correo, para que quede constancia.',
        'No puedo responder de noche ni en festivos: mi horario es {{policy}}, y lo que llega fuera de él lo atiendo al comenzar mi siguiente jornada.',
        'No atiendo llamadas ni peticiones fuera de mi horario laboral. Los asuntos del proyecto los gestiono por correo, para que quede constancia.',
        'No puedo responder de noche ni en festivos: mantengo un horario fijo, y lo que llega fuera de él lo atiendo al comenzar mi siguiente jornada.'],
      ['Mi horario es {{policy}}; fuera de él no trabajo ni atiendo llamadas.',
        'No atiendo llamadas ni peticiones fuera de horario. Trabajo {{policy}}.',
        'No trabajo ni atiendo llamadas fuera de mi horario laboral.',
        'No atiendo llamadas ni peticiones fuera de horario. Respondo en días laborables.'],
    ),
    alternatives: {
      'working-hours': tones(
        ['Con mucho gusto [te|le|les|os] atiendo {{policy}}, por correo o en una llamada que acordemos con antelación.',
          'Con mucho gusto [te|le|les|os] respondo por correo y, si hace falta, acordamos una llamada con antelación.'],
        ['Estoy disponible {{policy}}: en esa franja respondo a los correos y, si hace falta, acordamos una llamada.',
          'Lo que sí hago es responder por correo y, si hace falta, acordar una llamada con antelación.'],
        ['Atiendo el proyecto {{policy}}, por correo o con llamadas programadas.',
          'Lo que sí hago es responder por correo y acordar las llamadas con antelación.'],
      ),
    },
    nextStep: tones(
      ['Si [necesitas|necesita|necesitan|necesitáis] que hablemos, [proponme|propóngame|propónganme|proponedme] un día y una hora y lo reservo.',
        'Cuando [quieras|quiera|quieran|queráis] que hablemos, [dime|dígame|díganme|decidme] qué día [te|le|les|os] viene bien y lo reservo.'],
      ['Si [necesitas|necesita|necesitan|necesitáis] hablarlo de viva voz, [proponme|propóngame|propónganme|proponedme] un día y una hora.',
        'Para la próxima llamada, [dime|dígame|díganme|decidme] qué día [te|le|les|os] viene bien y lo reservo.'],
      ['Si [necesitas|necesita|necesitan|necesitáis] una llamada, [proponme|propóngame|propónganme|proponedme] un día y una hora.',
        'Para la próxima llamada, [dime|dígame|díganme|decidme] qué día [te|le|les|os] viene bien.'],
    ),
    door: tones(
      ['Sigo con el proyecto como hasta ahora y respondo a todo en cuanto retomo la jornada.',
        'Sigo adelante con el trabajo, y [te|le|les|os] contesto a todo dentro de mi jornada.'],
      ['Sigo atendiendo el proyecto con normalidad dentro de mi jornada.', 'Sigo con el trabajo con normalidad, y [te|le|les|os] respondo a cualquier duda en cuanto empiece mi jornada.'],
      ['Sigo con el trabajo, y [te|le|les|os] respondo a cualquier duda dentro de mi jornada.', 'Para cualquier duda, [puedes|puede|pueden|podéis] escribirme y [te|le|les|os] respondo en mi jornada laboral.'],
    ),
  },

  // Disrespect, or an unethical request such as a bribe: no thanks, no sympathy, no open door.
  // The wording fits both: it names the grounds (respect and honesty) without saying which was broken.
  'disrespect-or-ethics': {
    opening: tones(
      ['He leído [tu|su|su|vuestro] último mensaje y [te|le|les|os] respondo con claridad.',
        'Respondo a [tu|su|su|vuestro] último mensaje para dejar clara mi posición.'],
      ['He leído [tu|su|su|vuestro] último mensaje y [te|le|les|os] respondo con claridad.', 'Respondo a [tu|su|su|vuestro] último mensaje para dejar clara mi posición.'],
      ['He leído [tu|su|su|vuestro] último mensaje y [te|le|les|os] respondo con claridad.', 'Respondo a [tu|su|su|vuestro] último mensaje para dejar clara mi posición.'],
    ),
    decision: tones(
      ['No voy a continuar la conversación en estos términos.', 'No voy a seguir adelante en estos términos.'],
      ['No voy a continuar la conversación en estos términos.', 'No voy a seguir adelante en estos términos.'],
      ['No voy a continuar la conversación en estos términos.', 'No voy a seguir adelante en estos términos.'],
    ),
    explained: tones(
      ['No voy a continuar la conversación en estos términos: lo que me [has|ha|han|habéis] escrito traspasa un límite que mantengo con cualquier cliente.',
        'No voy a seguir adelante en estos términos, porque lo que me [has|ha|han|habéis] escrito traspasa un límite que no cruzo con ningún cliente.'],
      ['No voy a continuar la conversación en estos términos: lo que me [has|ha|han|habéis] escrito traspasa un límite que mantengo con cualquier cliente.',
        'No voy a seguir adelante en estos términos, porque lo que me [has|ha|han|habéis] escrito traspasa un límite que no cruzo con ningún cliente.'],
      ['No voy a continuar la conversación en estos términos. Lo que me [has|ha|han|habéis] escrito traspasa un límite que mantengo con cualquier cliente.',
        'No voy a seguir adelante en estos términos. Lo que me [has|ha|han|habéis] escrito traspasa un límite que no cruzo con ningún cliente.'],
    ),
    signOff: ['[Un saludo,|Atentamente,|Atentamente,|Un saludo,]'],
    alternatives: {},
  },

  // Ending the work together, or not starting it.
  'not-a-fit': {
    opening: tones(
      ['Gracias por la confianza que [has|ha|han|habéis] puesto en mi trabajo.',
        '[Te|Le|Les|Os] agradezco el tiempo que [has|ha|han|habéis] dedicado a explicarme el proyecto.'],
      ['Gracias por contar conmigo para este proyecto.', 'Gracias por la confianza que [has|ha|han|habéis] puesto en mi trabajo.'],
      ['Gracias por contar conmigo para este encargo.', 'He pensado con detenimiento en [tu|su|su|vuestro] encargo.'],
    ),
    empathy: ['Prefiero avisar[te|le|les|os] con claridad y a tiempo, para que [puedas|pueda|puedan|podáis] organizar[te|se|se|os] con margen.',
      'Quiero ser transparente [contigo|con usted|con ustedes|con vosotros] desde ahora.'],
    decision: tones(
      ['He decidido no seguir adelante con el proyecto.', 'He decidido no hacerme cargo del proyecto.'],
      ['He decidido no seguir adelante con el proyecto.', 'He decidido no hacerme cargo del proyecto.'],
      ['He decidido no seguir adelante con el proyecto.', 'No voy a hacerme cargo del proyecto.'],
    ),
    explained: tones(
      ['He decidido no seguir adelante con el proyecto: lo que [necesitas|necesita|necesitan|necesitáis] y mi forma de trabajar no coinciden del todo, y es mejor reconocerlo ahora que comprometer el resultado.',
        'He decidido no hacerme cargo del proyecto, porque el tipo de trabajo que [buscas|busca|buscan|buscáis] se aleja de lo que hago mejor, y otra persona podrá dar[te|le|les|os] un resultado más ajustado.'],
      ['He decidido no seguir adelante con el proyecto, ya que [tus|sus|sus|vuestras] necesidades y mi forma de trabajar no coinciden lo suficiente.',
        'He decidido no hacerme cargo del proyecto: el enfoque que [buscas|busca|buscan|buscáis] y mi manera de trabajar son demasiado distintos.'],
      ['He decidido no seguir adelante con el proyecto: [tus|sus|sus|vuestras] necesidades y mis servicios no se ajustan.',
        'No voy a hacerme cargo del proyecto. El enfoque que [buscas|busca|buscan|buscáis] no corresponde a mi forma de trabajar.'],
    ),
    alternatives: {
      referral: tones(
        ['[Te|Le|Les|Os] recomiendo a {{referralName}} ({{referralContact}}), una persona de confianza para un proyecto así.',
          'Para continuar, [te|le|les|os] sugiero hablar con {{referralName}}, con quien [puedes|puede|pueden|podéis] contactar en {{referralContact}}.',
          '[Te|Le|Les|Os] recomiendo a {{referralName}}, en quien confío para un proyecto así.',
          'Para continuar, [te|le|les|os] sugiero hablar con {{referralName}}.',
          '[Te|Le|Les|Os] recomiendo a un profesional de confianza para un encargo así, con quien [puedes|puede|pueden|podéis] contactar a través de {{referralContact}}.',
          'Con gusto [te|le|les|os] recomiendo a alguien de confianza para continuar.'],
        ['[Te|Le|Les|Os] recomiendo a {{referralName}} ({{referralContact}}), que puede ajustarse mejor a lo que [necesitas|necesita|necesitan|necesitáis].',
          'Como alternativa, {{referralName}} ({{referralContact}}) puede tomar el relevo.',
          '[Te|Le|Les|Os] recomiendo a {{referralName}}, que puede ajustarse mejor a lo que [necesitas|necesita|necesitan|necesitáis].',
          'Como alternativa, {{referralName}} puede tomar el relevo.',
          'Como alternativa, [te|le|les|os] recomiendo a un profesional que puede ajustarse mejor; [puedes|puede|pueden|podéis] contactar con él a través de {{referralContact}}.',
          'Puedo recomendar[te|le|les|os] a otra persona que se ajuste mejor al proyecto.'],
        ['Como alternativa, [te|le|les|os] recomiendo a {{referralName}} ({{referralContact}}).', 'Para continuar, {{referralName}} ({{referralContact}}) es una buena opción.',
          'Como alternativa, [te|le|les|os] recomiendo a {{referralName}}.', 'Para continuar, {{referralName}} es una buena opción.',
          'Como alternativa, [te|le|les|os] recomiendo contactar con un profesional de confianza a través de {{referralContact}}.', 'Puedo recomendar[te|le|les|os] a otra persona para el proyecto.'],
      ),
    },
    nextStep: tones(
      ['Si [te|le|les|os] parece bien, me encargo de hacer las presentaciones. [Te|Le|Les|Os] deseo que el proyecto llegue a buen puerto.',
        'Si [te|le|les|os] resulta útil, con gusto hago las presentaciones; mucha suerte con todo.'],
      ['Si lo [deseas|desea|desean|deseáis], me encargo de hacer las presentaciones.', '[Te|Le|Les|Os] deseo mucho éxito con el proyecto.'],
      ['[Te|Le|Les|Os] deseo mucho éxito con el proyecto.', 'Si lo [necesitas|necesita|necesitan|necesitáis], hago las presentaciones.'],
    ),
    door: tones(
      ['[Te|Le|Les|Os] deseo que el proyecto llegue a buen puerto, y gracias de nuevo por contar conmigo.',
        'Ha sido un placer conocer [tu|su|su|vuestra] propuesta, y [te|le|les|os] deseo mucha suerte con ella.'],
      ['[Te|Le|Les|Os] deseo mucho éxito.', 'Gracias de nuevo, y mucha suerte con todo.'],
      ['[Te|Le|Les|Os] deseo mucha suerte.', 'Mucha suerte con todo.'],
    ),
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
