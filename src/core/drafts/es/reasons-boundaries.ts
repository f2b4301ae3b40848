// Spanish parts for reasons about boundaries and the relationship itself. Each reason words its
// own acknowledgement, alternatives and closing line for where the relationship stands
// (reasons.ts `stage`). Brackets are [tú|usted|ustedes|vosotros]. Within a draft, a long word
// should not come back: each part names the matter with its own word.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

// A firm line or a dispute: no "Un abrazo" even in the warm tone.
const plainSignOff = ['[Un saludo,|Saludos cordiales,|Saludos cordiales,|Un saludo,]',
  '[Un saludo,|Un cordial saludo,|Un cordial saludo,|Un saludo,]'];

export const boundaryReasons = {
  // Work under way: the client comes back with a problem I already helped with.
  'already-helped': {
    opening: tones(
      ['Gracias por avisarme de que el problema ha vuelto a aparecer.',
        '[Te|Le|Les|Os] agradezco que me [hayas|haya|hayan|hayáis] contado que el problema ha vuelto a surgir.'],
      ['Gracias por avisarme de que el problema ha vuelto a surgir.',
        'Gracias por [tu|su|su|vuestra] nueva consulta sobre este tema.'],
      ['He leído [tu|su|su|vuestro] mensaje sobre el problema que ya tratamos.',
        'Gracias por avisarme de que el problema ha vuelto.'],
    ),
    empathy: ['Sé que es un fastidio que se repita.',
      'Entiendo que [quieras|quiera|quieran|queráis] dejarlo resuelto de una vez.'],
    decision: tones(
      ['No puedo volver a ocuparme de ello sin coste.', 'No puedo ocuparme de nuevo de ello dentro de lo que ya hicimos.'],
      ['No puedo ocuparme de ello otra vez sin coste.', 'No puedo incluirlo en lo ya facturado.'],
      ['No puedo ocuparme de ello de nuevo sin coste.', 'No voy a ocuparme de esto otra vez sin cobrarlo.'],
    ),
    explained: tones(
      ['No puedo volver a ocuparme de ello sin coste: ya lo solucionamos en su momento, y cada nueva intervención se factura por separado.',
        'No puedo ocuparme de nuevo de ello dentro de lo que ya hicimos, porque ese trabajo quedó cerrado; los pasos que vimos entonces [te|le|les|os] pueden volver a servir.'],
      ['No puedo ocuparme de ello otra vez sin coste, ya que lo solucionamos en el trabajo anterior.',
        'No puedo incluirlo en lo ya facturado: aquel trabajo quedó cerrado, y esto supone una intervención nueva.'],
      ['No puedo volver a ocuparme de ello sin coste: ya lo solucionamos en el trabajo anterior.',
        'No voy a ocuparme de esto otra vez sin cobrarlo: aquel trabajo ya se cerró.'],
    ),
    alternatives: {
      'free-resources': tones(
        ['Para repasar los pasos con calma, [te|le|les|os] recomiendo {{resources}}, que [puedes|puede|pueden|podéis] seguir a [tu|su|su|vuestro] ritmo.',
          'Para resolverlo por [tu|su|su|vuestra] cuenta, [te|le|les|os] sugiero consultar {{resources}}.',
          'Si [te|le|les|os] sirve, con gusto [te|le|les|os] indico algunas guías gratuitas que explican los pasos.',
          'Para resolverlo por [tu|su|su|vuestra] cuenta, con gusto [te|le|les|os] indico algunos recursos gratuitos.'],
        ['Para resolverlo por [tu|su|su|vuestra] cuenta, [te|le|les|os] recomiendo consultar {{resources}}.',
          'Como alternativa, [te|le|les|os] sugiero revisar {{resources}}.',
          'Si [te|le|les|os] sirve, puedo indicar[te|le|les|os] algunos recursos gratuitos.',
          'Como alternativa, puedo sugerir[te|le|les|os] recursos gratuitos que explican los pasos.'],
        ['Los pasos se explican en {{resources}}.', 'Como alternativa, [te|le|les|os] remito a {{resources}}.',
          'Puedo indicar[te|le|les|os] recursos gratuitos donde se explican los pasos.', 'Como alternativa, puedo indicar[te|le|les|os] algunos recursos gratuitos.'],
      ),
      'paid-extra': tones(
        ['Con gusto me ocupo de ello como un servicio nuevo, a {{rate}}.',
          'Si [quieres|quiere|quieren|queréis] que lo revise yo, lo hago con mucho gusto como un servicio nuevo, a {{rate}}.',
          'Con gusto me ocupo de ello como un servicio nuevo, con su propio precio.',
          'Si [quieres|quiere|quieren|queréis] que lo revise yo, lo hago con mucho gusto como un servicio nuevo.'],
        ['Puedo resolverlo como servicio nuevo, a {{rate}}.',
          'Puedo revisarlo como servicio aparte, a {{rate}}.',
          'Puedo resolverlo como servicio nuevo, con su propio precio.',
          'Puedo revisarlo como servicio aparte, con su propio precio.'],
        ['Puedo resolverlo como servicio nuevo, a {{rate}}.', 'Como servicio nuevo, mi tarifa es de {{rate}}.',
          'Puedo resolverlo como servicio nuevo, con su propio precio.', 'Puedo revisarlo como servicio nuevo, con su propio precio.'],
      ),
    },
    nextStep: {
      'free-resources': tones(
        ['Si después de revisarlo algo sigue sin funcionar, [dímelo|dígamelo|díganmelo|decídmelo] y lo valoramos como un servicio nuevo.',
          'Si con eso no basta, [avísame|avíseme|avísenme|avisadme] y vemos cómo plantear una nueva sesión.'],
        ['Si algo sigue fallando, [avísame|avíseme|avísenme|avisadme] y lo valoramos como servicio nuevo.',
          'Si con eso no basta, [dímelo|dígamelo|díganmelo|decídmelo] y [te|le|les|os] envío el precio de una nueva sesión.'],
        ['Si sigue sin funcionar, lo trato como un servicio nuevo.', 'Si con eso no basta, lo trato como un servicio nuevo.'],
      ),
      'paid-extra': tones(
        ['[Dime|Dígame|Díganme|Decidme] si [te|le|les|os] parece bien y lo programamos.',
          'En cuanto me lo [confirmes|confirme|confirmen|confirméis], me pongo con ello.'],
        ['[Indícame|Indíqueme|Indíquenme|Indicadme] si [te|le|les|os] parece bien y fijamos la fecha.',
          '[Confírmame|Confírmeme|Confírmenme|Confirmadme] si [quieres|quiere|quieren|queréis] que me ocupe y lo programo.'],
        ['Con [tu|su|su|vuestra] confirmación, lo programo.', 'Si [te|le|les|os] parece bien, lo programo.'],
      ),
    },
    door: tones(
      ['Si [prefieres|prefiere|prefieren|preferís] que me ocupe yo, lo hago con gusto como un servicio nuevo; [dímelo|dígamelo|díganmelo|decídmelo] y [te|le|les|os] envío el precio.',
        'Si [quieres|quiere|quieren|queréis] que lo revise yo, con gusto [te|le|les|os] envío el precio de esa revisión.'],
      ['Si [quieres|quiere|quieren|queréis] que lo revise como un servicio nuevo, [te|le|les|os] envío el precio.',
        'Si [necesitas|necesita|necesitan|necesitáis] que me ocupe yo, [te|le|les|os] envío el precio de esa revisión.'],
      ['Si [quieres|quiere|quieren|queréis] que lo revise como un servicio nuevo, [te|le|les|os] envío el precio.',
        'Si [necesitas|necesita|necesitan|necesitáis] que me ocupe yo, [te|le|les|os] envío el precio de esa revisión.'],
    ),
    signOff: plainSignOff,
  },

  // A new enquiry made on behalf of someone else: a partner, a relative, a friend.
  // "quien vaya a recibir el servicio" names that person once; later parts say "quien lo necesita".
  'third-party-request': {
    opening: tones(
      ['Gracias por [tu|su|su|vuestro] mensaje y por acordar[te|se|se|os] de mí.',
        '[Te|Le|Les|Os] agradezco que me [hayas|haya|hayan|hayáis] tenido en cuenta.'],
      ['Gracias por contactarme para ayudar a alguien cercano.',
        'Gracias por [tu|su|su|vuestro] mensaje y por tenerme en cuenta.'],
      ['Gracias por tenerme en cuenta.', 'Gracias por [tu|su|su|vuestro] mensaje.'],
    ),
    empathy: ['Es un bonito gesto querer echar una mano a alguien cercano.'],
    decision: tones(
      ['No puedo aceptar el proyecto a través de otra persona.', 'No puedo empezar sin hablar con quien vaya a recibir el servicio.'],
      ['No puedo aceptar el proyecto en nombre de otra persona.', 'No puedo trabajar a través de un intermediario.'],
      ['No puedo aceptar el proyecto en nombre de otra persona.', 'No voy a trabajar a través de un intermediario.'],
    ),
    explained: tones(
      ['No puedo aceptar el proyecto a través de otra persona: para entender bien el caso y decidir cada paso, tengo que hablar con quien vaya a recibir el servicio.',
        'No puedo empezar sin hablar con quien vaya a recibir el servicio, porque es quien conoce los detalles y quien debe dar el visto bueno a cada paso.'],
      ['No puedo aceptar el proyecto en nombre de otra persona, ya que tengo que tratar con quien vaya a recibir el servicio.',
        'No puedo trabajar a través de un intermediario: las condiciones y los detalles los acuerdo con quien vaya a recibir el servicio.'],
      ['No puedo aceptar el proyecto en nombre de otra persona. Tengo que tratar con quien vaya a recibir el servicio.',
        'No voy a trabajar a través de un intermediario: las condiciones las acuerdo con quien vaya a recibir el servicio.'],
    ),
    alternatives: {
      'direct-contact': tones(
        ['Si quien lo necesita me escribe, estudiaré su caso con mucho gusto.',
          '[Puedes|Puede|Pueden|Podéis] pasarle mi correo para que me escriba directamente; con gusto veré en qué puedo ayudarle.'],
        ['Quien lo necesite puede escribirme, y estudiaré su caso.',
          '[Puedes|Puede|Pueden|Podéis] pasarle mi correo para que se ponga en contacto conmigo.'],
        ['Puede escribirme directamente.', '[Puedes|Puede|Pueden|Podéis] pasarle mi correo.'],
      ),
    },
    nextStep: tones(
      ['[Te|Le|Les|Os] agradecería que se lo [hicieras|hiciera|hicieran|hicierais] saber.', 'Puede escribirme directamente cuando quiera.'],
      ['[Te|Le|Les|Os] agradecería que se lo [hicieras|hiciera|hicieran|hicierais] saber.',
        '[Te|Le|Les|Os] agradecería que se lo [trasladaras|trasladara|trasladaran|trasladarais].'],
      ['[Te|Le|Les|Os] agradecería que se lo [hicieras|hiciera|hicieran|hicierais] saber.',
        '[Te|Le|Les|Os] agradecería que se lo [trasladaras|trasladara|trasladaran|trasladarais].'],
    ),
    door: tones(
      ['Si quien lo necesita me escribe, estudiaré su caso con mucho gusto.',
        'Quien lo necesite puede escribirme cuando quiera, y lo hablamos con calma.'],
      ['Si quien lo necesita me escribe, estudiaré su caso.', 'Quien lo necesite puede escribirme cuando quiera.'],
      ['Puede escribirme directamente.', 'Si quien lo necesita me escribe, estudiaré su caso.'],
    ),
  },

  // Work under way: calls at odd hours, evenings or holidays expected, calls insisted on over email.
  // Only the offer and the closing speak of calls ("llamada"); the no speaks of the phone.
  'after-hours': {
    opening: tones(
      ['Gracias por [tu|su|su|vuestro] mensaje.',
        '[Te|Le|Les|Os] agradezco que [cuentes|cuente|cuenten|contéis] conmigo para lo que surja.'],
      ['Gracias por [tu|su|su|vuestro] mensaje.', 'Gracias por [tu|su|su|vuestro] mensaje sobre los horarios.'],
      ['He recibido [tu|su|su|vuestro] mensaje.', 'Gracias por [tu|su|su|vuestro] mensaje.'],
    ),
    empathy: ['Sé que los imprevistos no avisan.', 'Entiendo que a veces las dudas surgen a deshoras.'],
    decision: tones(
      ['No puedo atender el teléfono ni trabajar fuera de mi horario.', 'No estoy disponible por las noches ni en festivos.'],
      ['No atiendo el teléfono ni peticiones fuera de mi horario.', 'Por las noches y en festivos no trabajo.'],
      ['No trabajo fuera de mi horario.', 'No atiendo el teléfono ni peticiones fuera de horario.'],
    ),
    explained: tones(
      ['No puedo atender el teléfono ni trabajar fuera de mi horario, que es {{policy}}: respetarlo es lo que me permite dar a cada cliente toda mi atención.',
        'No estoy disponible por las noches ni en festivos, porque mi horario es {{policy}} y respetarlo me permite atender bien a cada cliente.',
        'No puedo atender el teléfono ni trabajar fuera de mi horario laboral: respetarlo es lo que me permite dar a cada cliente toda mi atención.',
        'No estoy disponible por las noches ni en festivos, porque mantengo un horario fijo y así puedo atender bien a cada cliente.'],
      ['No atiendo llamadas ni peticiones fuera de mi horario, que es {{policy}}: así puedo dedicar a cada cliente el tiempo que necesita.',
        'Por las noches y en festivos no trabajo: mi horario es {{policy}}, y lo que llega fuera de él lo atiendo en mi siguiente jornada.',
        'No atiendo llamadas ni peticiones fuera de mi horario laboral: así puedo dedicar a cada cliente el tiempo que necesita.',
        'Por las noches y en festivos no trabajo: mantengo un horario fijo, y lo que llega fuera de él lo atiendo en mi siguiente jornada.'],
      ['Mi horario es {{policy}}; fuera de él no trabajo ni atiendo el teléfono.',
        'No atiendo el teléfono ni peticiones fuera de horario. Trabajo {{policy}}.',
        'No trabajo ni atiendo el teléfono fuera de mi horario laboral.',
        'No atiendo el teléfono ni peticiones fuera de horario. Trabajo en días laborables.'],
    ),
    alternatives: {
      'working-hours': tones(
        ['Con mucho gusto [te|le|les|os] atiendo {{policy}}, por correo o en una llamada que acordemos con antelación.',
          'Lo que sí hago, con mucho gusto, es responder por correo y acordar las llamadas con antelación.'],
        ['Estoy disponible {{policy}}: en esa franja respondo a los correos y, si hace falta, acordamos una llamada.',
          'Lo que sí hago es responder por correo y acordar las llamadas con antelación.'],
        ['Estoy disponible {{policy}}, por correo o con llamadas programadas.',
          'Lo que sí hago es responder por correo y acordar las llamadas con antelación.'],
      ),
    },
    nextStep: tones(
      ['Si [necesitas|necesita|necesitan|necesitáis] que hablemos, [dime|dígame|díganme|decidme] qué día y hora [te|le|les|os] vienen bien y lo reservo.',
        'Cuando [quieras|quiera|quieran|queráis] que hablemos, [proponme|propóngame|propónganme|proponedme] un día y una hora dentro de ese horario y lo reservo.'],
      ['Si [necesitas|necesita|necesitan|necesitáis] hablarlo de viva voz, [dime|dígame|díganme|decidme] qué día y hora [te|le|les|os] vienen bien.',
        'Para la próxima conversación, [proponme|propóngame|propónganme|proponedme] un día y una hora dentro de ese horario.'],
      ['Si [necesitas|necesita|necesitan|necesitáis] hablar, [dime|dígame|díganme|decidme] qué día y hora [te|le|les|os] vienen bien.',
        'Para hablar, [proponme|propóngame|propónganme|proponedme] un día y una hora dentro de ese horario.'],
    ),
    door: tones(
      ['Sigo con el proyecto como hasta ahora; para cualquier duda, [escríbeme|escríbame|escríbanme|escribidme] y [te|le|les|os] contesto en cuanto empiece el día.',
        'Por mi parte, sigo adelante con [tu|su|su|vuestro] proyecto y [te|le|les|os] respondo a todo por correo.'],
      ['Sigo con [tu|su|su|vuestro] proyecto con normalidad y [te|le|les|os] respondo por correo cualquier duda.',
        'Sigo con el proyecto como hasta ahora; para cualquier duda, quedo a [tu|su|su|vuestra] disposición por correo.'],
      ['Sigo con [tu|su|su|vuestro] proyecto y [te|le|les|os] respondo por correo cualquier duda.',
        'Para cualquier duda, [puedes|puede|pueden|podéis] escribirme y [te|le|les|os] respondo por correo.'],
    ),
    signOff: plainSignOff,
  },

  // Disrespect, or an unethical request such as a bribe: no thanks, no sympathy, no open door.
  // The wording fits both: it names the grounds (respect and honesty) without saying which was broken.
  'disrespect-or-ethics': {
    opening: tones(
      ['[Te|Le|Les|Os] respondo con franqueza a [tu|su|su|vuestro] último mensaje.',
        'Después de leer [tu|su|su|vuestro] último mensaje, [te|le|les|os] respondo con franqueza.'],
      ['He leído [tu|su|su|vuestro] último mensaje y [te|le|les|os] respondo sin rodeos.',
        '[Te|Le|Les|Os] respondo sin rodeos a [tu|su|su|vuestro] último mensaje.'],
      ['Respondo a [tu|su|su|vuestro] último mensaje.', 'He leído [tu|su|su|vuestro] último mensaje.'],
    ),
    decision: tones(
      ['No voy a continuar la conversación en estos términos.', 'No voy a seguir adelante en estos términos.'],
      ['No voy a seguir con esta conversación en estos términos.', 'No continuaré la conversación tal como se ha planteado.'],
      ['No continuaré esta conversación en estos términos.', 'No voy a seguir adelante con esta conversación.'],
    ),
    explained: tones(
      ['No voy a continuar la conversación en estos términos: lo que me [has|ha|han|habéis] escrito traspasa un límite que no acepto con ningún cliente.',
        'No voy a seguir adelante en estos términos, porque lo que me [has|ha|han|habéis] escrito va contra el respeto y la honestidad con que trabajo.'],
      ['No voy a seguir con esta conversación en estos términos, ya que lo que me [has|ha|han|habéis] escrito traspasa un límite que no acepto con ningún cliente.',
        'No continuaré la conversación tal como se ha planteado: lo que me [has|ha|han|habéis] escrito va contra el respeto y la honestidad que exijo en mi trabajo.'],
      ['No continuaré esta conversación en estos términos. Lo que me [has|ha|han|habéis] escrito traspasa un límite que no acepto, ni [contigo|con usted|con ustedes|con vosotros] ni con ningún otro cliente.',
        'No voy a seguir adelante con esta conversación: lo que me [has|ha|han|habéis] escrito queda fuera de lo que acepto con cualquier cliente, y en este punto no hago excepciones.'],
    ),
    signOff: tones(['[Un saludo,|Un cordial saludo,|Un cordial saludo,|Un saludo,]'],
      ['[Un saludo,|Saludos cordiales,|Saludos cordiales,|Un saludo,]'],
      ['[Un saludo,|Atentamente,|Atentamente,|Un saludo,]']),
    alternatives: {},
  },

  // Ending the work together, or not starting it. "Proyecto" only in the no; the offer says "trabajo" or "lo".
  'not-a-fit': {
    opening: tones(
      ['Gracias por contar conmigo y por explicarme [tu|su|su|vuestra] idea.',
        '[Te|Le|Les|Os] agradezco que me [hayas|haya|hayan|hayáis] contado [tu|su|su|vuestra] idea.'],
      ['Gracias por contar conmigo.', 'Gracias por la confianza que [has|ha|han|habéis] depositado en mí.'],
      ['Gracias por contar conmigo.', 'He valorado con detenimiento [tu|su|su|vuestra] propuesta.'],
    ),
    empathy: ['Prefiero avisar[te|le|les|os] con claridad y a tiempo, para que [puedas|pueda|puedan|podáis] organizar[te|se|se|os] con margen.'],
    decision: tones(
      ['He decidido no seguir adelante con el proyecto.', 'He decidido no hacerme cargo del proyecto.'],
      ['He decidido no seguir adelante con el proyecto.', 'He decidido no hacerme cargo del proyecto.'],
      ['He decidido no seguir adelante con el proyecto.', 'No voy a hacerme cargo del proyecto.'],
    ),
    explained: tones(
      ['He decidido no seguir adelante con el proyecto: lo que [necesitas|necesita|necesitan|necesitáis] y mi forma de trabajar no coinciden del todo, y es mejor reconocerlo ahora.',
        'He decidido no hacerme cargo del proyecto, porque lo que [buscas|busca|buscan|buscáis] se aleja de lo que hago mejor, y otra persona podrá dar[te|le|les|os] un resultado más ajustado.'],
      ['He decidido no seguir adelante con el proyecto, ya que [tus|sus|sus|vuestras] necesidades y mi forma de trabajar no coinciden lo suficiente.',
        'He decidido no hacerme cargo del proyecto: el enfoque que [buscas|busca|buscan|buscáis] y mi manera de trabajar son demasiado distintos.'],
      ['He decidido no seguir adelante con el proyecto: [tus|sus|sus|vuestras] necesidades y mis servicios no encajan.',
        'No voy a hacerme cargo del proyecto. El enfoque que [buscas|busca|buscan|buscáis] no encaja con mi forma de trabajar.'],
    ),
    alternatives: {
      referral: tones(
        ['[Te|Le|Les|Os] recomiendo a {{referralName}} ({{referralContact}}), en quien confío para un trabajo así.',
          'Para sacarlo adelante, [te|le|les|os] sugiero hablar con {{referralName}} ({{referralContact}}).',
          '[Te|Le|Les|Os] recomiendo a {{referralName}}, en quien confío para un trabajo así.',
          'Para sacarlo adelante, [te|le|les|os] sugiero hablar con {{referralName}}.',
          'Para un trabajo así, [te|le|les|os] recomiendo este contacto de confianza: {{referralContact}}.',
          'Con gusto [te|le|les|os] recomiendo a alguien de confianza para sacarlo adelante.'],
        ['[Te|Le|Les|Os] recomiendo a {{referralName}} ({{referralContact}}), que puede encajar mejor con lo que [buscas|busca|buscan|buscáis].',
          'Como alternativa, {{referralName}} ({{referralContact}}) puede tomar el relevo.',
          '[Te|Le|Les|Os] recomiendo a {{referralName}}, que puede encajar mejor con lo que [buscas|busca|buscan|buscáis].',
          'Como alternativa, {{referralName}} puede tomar el relevo.',
          'Como alternativa, [te|le|les|os] recomiendo a alguien de confianza: {{referralContact}}.',
          'Puedo recomendar[te|le|les|os] a alguien que encaje mejor con lo que [buscas|busca|buscan|buscáis].'],
        ['Como alternativa, [te|le|les|os] recomiendo a {{referralName}} ({{referralContact}}).', 'Para sacarlo adelante, [te|le|les|os] recomiendo a {{referralName}} ({{referralContact}}).',
          'Como alternativa, [te|le|les|os] recomiendo a {{referralName}}.', 'Para sacarlo adelante, [te|le|les|os] recomiendo a {{referralName}}.',
          'Como alternativa, [te|le|les|os] recomiendo este contacto: {{referralContact}}.', 'Puedo recomendar[te|le|les|os] a alguien para sacarlo adelante.'],
      ),
    },
    nextStep: tones(
      ['Si [te|le|les|os] parece bien, hago yo las presentaciones. [Te|Le|Les|Os] deseo que todo salga muy bien.',
        'Si [te|le|les|os] viene bien, con gusto hago las presentaciones. [Te|Le|Les|Os] deseo mucho éxito.'],
      ['Si lo [deseas|desea|desean|deseáis], hago yo las presentaciones. [Te|Le|Les|Os] deseo mucho éxito.',
        'Si [te|le|les|os] viene bien, hago yo las presentaciones. Mucho éxito con todo.'],
      ['Si lo [necesitas|necesita|necesitan|necesitáis], [te|le|les|os] pongo en contacto.', 'Si [quieres|quiere|quieren|queréis], hago las presentaciones.'],
    ),
    door: tones(
      ['[Te|Le|Les|Os] deseo que todo salga muy bien, y si [te|le|les|os] queda alguna pregunta, aquí me [tienes|tiene|tienen|tenéis].',
        'Ha sido un placer conocer [tu|su|su|vuestra] idea; para cualquier pregunta, [escríbeme|escríbame|escríbanme|escribidme] cuando [quieras|quiera|quieran|queráis].'],
      ['[Te|Le|Les|Os] deseo mucho éxito; para cualquier pregunta, quedo a [tu|su|su|vuestra] disposición.', 'Si [te|le|les|os] queda alguna pregunta, [puedes|puede|pueden|podéis] escribirme. [Te|Le|Les|Os] deseo mucho éxito con el proyecto.'],
      ['Para cualquier pregunta, [puedes|puede|pueden|podéis] escribirme. [Te|Le|Les|Os] deseo suerte.', 'Si [te|le|les|os] queda alguna pregunta, [puedes|puede|pueden|podéis] escribirme.'],
    ),
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
