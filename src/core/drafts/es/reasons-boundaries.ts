// Spanish parts for reasons about boundaries and the relationship itself. Each reason words its
// own acknowledgement, alternatives and closing line for where the relationship stands
// (reasons.ts `stage`). Brackets are [tú|usted|ustedes|vosotros]. Within a draft, a long word
// should not come back: each part names the matter with its own word. Not every opening thanks,
// and no opening is a stock "Respondo a…" or "Prefiero decírtelo con franqueza".
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

// A firm line or a dispute: no "Un abrazo" even in the warm tone.
const plainSignOff = tones(
  ['[<v:Un saludo|Saludos>,|Saludos cordiales,|<i:Saludos|Saludos cordiales>,|Un saludo,]', '[<v:Un saludo cordial|Un abrazo>,|Saludos cordiales,|<i:Saludos|Saludos cordiales>,|Un saludo cordial,]'],
  ['[<v:Un saludo|Saludos>,|Saludos cordiales,|<i:Saludos|Saludos cordiales>,|Un saludo,]', '[<v:Un saludo|Saludos>,|<v:Saludos cordiales|Cordialmente>,|<i:Saludos|Saludos cordiales>,|Un saludo,]'],
  ['[<v:Un saludo|Saludos>,|Saludos cordiales,|<i:Saludos|Saludos cordiales>,|Un saludo,]', '[<v:Un saludo|Saludos>,|<v:Saludos cordiales|Cordialmente>,|<i:Saludos|Saludos cordiales>,|Un saludo,]'],
);

export const boundaryReasons = {
  // Work under way: the client comes back with a problem I already helped with. Every opening
  // names "el problema", so the no may say "ello". {{resources}} may be singular or plural: no
  // pronoun refers back to it.
  'already-helped': {
    opening: tones(
      ['Gracias por avisarme de que el problema vuelve a aparecer.',
        'Lamento que el problema haya vuelto; gracias por avisarme.'],
      ['Gracias por avisarme de que el problema se repite.'],
      ['Veo por [tu|su|su|vuestro] mensaje que el problema vuelve a aparecer.',
        'Veo que vuelve a surgir el problema que ya tratamos.'],
    ),
    empathy: ['Entiendo que [quieras|quiera|quieran|queráis] dejarlo resuelto de una vez.'],
    decision: tones(
      ['No puedo volver a ocuparme de ello sin cargo adicional.', 'Esta vez no puedo ocuparme de ello sin <v:coste|costo> adicional.'],
      ['No puedo volver a ocuparme de ello sin cargo adicional.', 'No puedo incluir esta nueva intervención en lo ya facturado.'],
      ['No voy a resolverlo otra vez sin cargo adicional.', 'No voy a atenderlo de nuevo dentro de lo ya facturado.'],
    ),
    explained: tones(
      ['No puedo volver a ocuparme de ello sin <v:coste|costo> adicional: aquella intervención quedó cerrada en su momento.'],
      ['No puedo incluir esta nueva intervención en lo ya facturado, porque aquel trabajo quedó cerrado.'],
      ['No voy a atenderlo de nuevo dentro de lo ya facturado, porque aquel trabajo quedó cerrado.'],
    ),
    alternatives: {
      'free-resources': tones(
        ['Para resolverlo por [tu|su|su|vuestra] cuenta, [te|le|les|os] sugiero consultar {{resources}}.',
          'Si [te|le|les|os] sirve, con gusto [te paso|le indico|les indico|os paso] algunas guías gratuitas que explican cómo resolverlo.'],
        ['Para resolverlo por [tu|su|su|vuestra] cuenta, [te|le|les|os] recomiendo {{resources}}.',
          'Para repasar los pasos, [te|le|les|os] sugiero revisar {{resources}}.',
          'Si [te|le|les|os] resulta útil, [te|le|les|os] envío unas guías gratuitas que explican paso a paso cómo resolverlo por [tu|su|su|vuestra] cuenta.'],
        ['Para resolverlo por [tu|su|su|vuestra] cuenta, [te|le|les|os] remito a {{resources}}.',
          'Para resolverlo por [tu|su|su|vuestra] cuenta, puedo indicar[te|le|les|os] algunos recursos gratuitos.'],
      ),
      'paid-extra': tones(
        ['Con gusto lo reviso como un servicio nuevo; mi tarifa habitual es de {{rate}}.',
          'Con gusto lo reviso como un servicio nuevo, con un precio aparte.',
          'Si [quieres|quiere|quieren|queréis] que lo revise yo, lo hago con mucho gusto como un servicio nuevo.'],
        ['Puedo ocuparme de ello como servicio aparte, a mi tarifa habitual de {{rate}}.',
          'Puedo resolverlo como servicio aparte, con <v:su propio presupuesto|su propia cotización>.',
          'Si [lo prefieres|lo prefiere|lo prefieren|lo preferís], puedo revisarlo como un servicio nuevo, con <v:su propio presupuesto|su propia cotización>.'],
        ['Puedo ocuparme de ello como servicio nuevo, a mi tarifa habitual de {{rate}}.',
          'Puedo ocuparme de ello como servicio nuevo, con un precio aparte.', 'Puedo revisarlo como servicio nuevo, facturado aparte.'],
      ),
    },
    nextStep: {
      'free-resources': tones(
        ['Si aun así el problema persiste, [dímelo|dígamelo|díganmelo|decídmelo] y <v:lo valoramos|lo vemos> como un servicio nuevo.',
          'Si con eso no basta, [avísame|avíseme|avísenme|avisadme] y vemos cómo plantear una nueva sesión.'],
        ['Si algo sigue fallando, [avísame|avíseme|avísenme|avisadme] y <v:lo valoramos|lo vemos> como servicio aparte.',
          'Si con eso no basta, [dímelo|dígamelo|díganmelo|decídmelo] y [te|le|les|os] envío el precio de una nueva sesión.'],
        ['Si el problema persiste, puedo revisarlo como servicio nuevo.', 'Si con eso no basta, lo reviso como servicio aparte.'],
      ),
      'paid-extra': tones(
        ['[Dime|Dígame|Díganme|Decidme] si [te|le|les|os] parece bien y lo programamos.',
          'En cuanto me lo [confirmes|confirme|confirmen|confirméis], [te|le|les|os] propongo una fecha.'],
        ['[Indícame|Indíqueme|Indíquenme|Indicadme] si [te|le|les|os] parece bien y fijamos la fecha.',
          'Si [te|le|les|os] parece bien, [confírmamelo|confírmemelo|confírmenmelo|confirmádmelo] y lo programo.'],
        ['En cuanto me lo [confirmes|confirme|confirmen|confirméis], lo programo.', 'Si [te|le|les|os] parece bien, lo programo.'],
      ),
    },
    door: tones(
      ['Si [quieres|quiere|quieren|queréis] que me encargue, con gusto [te|le|les|os] preparo <v:un presupuesto|una cotización> para resolverlo como un servicio nuevo.'],
      ['Si [quieres|quiere|quieren|queréis] que lo revise como un servicio aparte, [te|le|les|os] indico el precio.',
        'Si [necesitas|necesita|necesitan|necesitáis] que me encargue, [te|le|les|os] envío <v:un presupuesto|una cotización> aparte.'],
      ['Si [quieres|quiere|quieren|queréis] que lo revise, [te|le|les|os] envío <v:un presupuesto|una cotización>.',
        'Para una nueva revisión, [puedes|puede|pueden|podéis] pedirme <v:presupuesto|una cotización>.'],
    ),
    signOff: plainSignOff,
  },

  // A new enquiry made on behalf of someone else: a partner, a relative, a friend.
  // "quien vaya a recibir el servicio" names that person once; later parts say "la persona
  // interesada", so the empathy line does not say "persona". "su" never stands for that person
  // (with usted it would read as the client's).
  'third-party-request': {
    opening: tones(
      ['Gracias por [tu|su|su|vuestro] mensaje y por acordar[te|se|se|os] de mí.',
        '[Te|Le|Les|Os] agradezco que me [hayas|haya|hayan|hayáis] tenido en cuenta.'],
      ['Gracias por tenerme en cuenta para ayudar a alguien de [tu|su|su|vuestro] entorno.',
        '[Te|Le|Les|Os] agradezco que [hayas|haya|hayan|hayáis] pensado en mí.'],
      ['Veo que me [consultas|consulta|consultan|consultáis] en nombre de alguien cercano.'],
    ),
    empathy: ['Comprendo que [quieras|quiera|quieran|queráis] apoyar a alguien cercano.'],
    decision: tones(
      ['Lamentablemente, no puedo aceptar encargos en nombre de otra persona.'],
      ['No puedo aceptar peticiones hechas en nombre de un tercero.', 'No acepto trabajos a través de terceros.'],
      ['No puedo aceptar el trabajo por esta vía.', 'No puedo aceptar el trabajo a través de terceros.'],
    ),
    explained: tones(
      ['Lamentablemente, no puedo aceptar encargos en nombre de otra persona, porque necesito tratar directamente con quien vaya a recibir el servicio: es quien conoce los detalles y quien debe dar el visto bueno a cada paso.'],
      ['No puedo aceptar peticiones hechas en nombre de un tercero, ya que debo tratar directamente con quien vaya a recibir el servicio.',
        'No acepto trabajos a través de terceros, porque las condiciones y los detalles los acuerdo con quien vaya a recibir el servicio.'],
      ['No puedo aceptar el trabajo por esta vía. Tengo que tratar con quien vaya a recibir el servicio.',
        'No puedo aceptar el trabajo a través de terceros, porque las condiciones las acuerdo con quien vaya a recibir el servicio.'],
    ),
    alternatives: {
      'direct-contact': tones(
        ['Si la persona interesada me escribe, estudiaré el caso con mucho gusto.',
          'Si le [pasas|facilita|facilitan|pasáis] [mi correo|mi dirección de correo|mi dirección de correo|mi correo] a la persona interesada, en cuanto me escriba veré con gusto en qué puedo ayudarla.'],
        ['Si la persona interesada me escribe, estudiaré el caso.',
          '[Puedes|Puede|Pueden|Podéis] <v:facilitarle mi dirección de correo a la persona interesada|pasarle mi correo a la persona interesada> para que se ponga en contacto conmigo.'],
        ['La persona interesada puede escribirme directamente.', '[Puedes|Puede|Pueden|Podéis] pasarle mi correo a la persona interesada.'],
      ),
    },
    nextStep: tones(
      ['[Te|Le|Les|Os] agradecería que se lo [hicieras|hiciera|hicieran|hicierais] saber.', 'Estaré pendiente de ese mensaje.'],
      ['[Te|Le|Les|Os] agradecería que se lo [trasladaras|trasladara|trasladaran|trasladarais].',
        'Con gusto la atenderé cuando me escriba.'],
      ['<v:Valoraré|Evaluaré> el caso en cuanto se ponga en contacto conmigo.'],
    ),
    door: tones(
      ['Si la persona interesada quiere ponerse en contacto conmigo directamente, estudiaré el caso con mucho gusto.',
        'Si la persona interesada me escribe directamente, me encantará ver en qué puedo ayudarla.'],
      ['Si la persona interesada lo desea, puede escribirme y lo vemos.'],
      ['Si la persona interesada me escribe directamente, estudiaré el caso.'],
    ),
  },

  // Work under way: calls at odd hours, evenings or holidays expected, calls insisted on over email.
  // The no names the hours ("horario"); "esa franja" only follows the typed hours, and without them the offer says "durante mi jornada".
  'after-hours': {
    opening: tones(
      ['Gracias por [tus|sus|sus|vuestros] mensajes y por la confianza.'],
      ['Gracias por [tus|sus|sus|vuestros] mensajes.'],
      ['[Te|Le|Les|Os] escribo para aclarar cómo vamos a comunicarnos.'],
    ),
    empathy: ['Entiendo que a veces las dudas surjan a deshoras.'],
    decision: tones(
      ['Fuera de mi horario no atiendo llamadas ni trabajo en el proyecto.', 'No estoy disponible fuera de mi horario de trabajo.'],
      ['Fuera de mi horario no atiendo el teléfono ni el correo.'],
      ['No atiendo llamadas ni mensajes fuera de mi horario de trabajo.', 'No atiendo el teléfono fuera de mi horario.'],
    ),
    explained: tones(
      ['Fuera de mi horario ({{policy}}) no atiendo llamadas ni trabajo en el proyecto: respetarlo es lo que me permite dar a cada cliente toda mi atención.',
        'No estoy disponible fuera de mi horario ({{policy}}), porque respetarlo es lo que me permite atender bien a cada cliente.',
        'Fuera de mi horario no atiendo llamadas ni trabajo en el proyecto: respetarlo es lo que me permite dar a cada cliente toda mi atención.',
        'No estoy disponible a cualquier hora: mantengo un horario fijo, y así puedo atender bien a cada cliente.'],
      ['Mi horario es {{policy}}; fuera de él no atiendo llamadas ni correos, y así puedo dedicar toda mi atención a cada cliente mientras trabajo.',
        'Fuera de mi horario no atiendo llamadas ni correos; así puedo dedicar toda mi atención a cada cliente mientras trabajo.'],
      ['Mi horario es {{policy}}, y fuera de él no atiendo llamadas ni mensajes. Así puedo dedicar a cada cliente la atención que merece.',
        'No atiendo llamadas ni mensajes fuera de mi horario de trabajo. Así puedo dedicar a cada cliente la atención que merece.'],
    ),
    alternatives: {
      'working-hours': tones(
        ['Con mucho gusto [te|le|les|os] atiendo {{policy}}, por correo o en una llamada que acordemos antes.',
          'Con mucho gusto respondo por correo durante mi jornada.'],
        ['Estoy disponible {{policy}}: en esa franja respondo a los mensajes y atiendo las llamadas que acordemos con antelación.',
          'Lo que sí puedo ofrecer[te|le|les|os] es responder a [tus|sus|sus|vuestros] mensajes durante mi jornada y atender llamadas <v:concertadas previamente|agendadas con anticipación>.'],
        ['Estoy disponible {{policy}}, por correo o con llamadas programadas.',
          'Durante mi jornada respondo por correo y atiendo llamadas programadas.'],
      ),
    },
    nextStep: tones(
      ['Si [quieres|quiere|quieren|queréis] que hablemos, [dime|dígame|díganme|decidme] qué día [te|le|les|os] <v:viene bien|conviene> y <v:[te|le|les|os] reservo un hueco|lo reservo>.',
        'Si [prefieres|prefiere|prefieren|preferís] que hablemos por teléfono, [proponme|propóngame|propónganme|proponedme] un día y una hora dentro de mi horario y <v:[te|le|les|os] reservo el hueco|lo reservo>.'],
      ['Si [prefieres|prefiere|prefieren|preferís] <v:que hablemos por teléfono|conversar>, [dime|dígame|díganme|decidme] qué día [te|le|les|os] <v:viene bien|conviene> dentro de ese horario.',
        '<n:policy>Si [prefieres|prefiere|prefieren|preferís] <v:que hablemos por teléfono|conversar>, [dime|dígame|díganme|decidme] qué día [te|le|les|os] <v:viene bien|conviene> y [te|le|les|os] propongo una hora.'],
      ['Si [necesitas|necesita|necesitan|necesitáis] hablar, [proponme|propóngame|propónganme|proponedme] una hora y la fijamos.'],
    ),
    door: tones(
      ['Seguiré con el proyecto como hasta ahora; para cualquier duda, [escríbeme|escríbame|escríbanme|escribidme] y [te|le|les|os] responderé durante mi jornada.'],
      ['Seguiré con [tu|su|su|vuestro] proyecto como hasta ahora y responderé a cualquier consulta durante mi jornada.',
        'El proyecto sigue su curso; para cualquier duda, quedo a [tu|su|su|vuestra] disposición por correo durante mi jornada.'],
      ['Sigo con el proyecto como hasta ahora y resolveré por correo cualquier duda durante mi jornada.',
        'Sigo con el proyecto como hasta ahora y [te|le|les|os] responderé por correo durante mi jornada.'],
    ),
    signOff: plainSignOff,
  },

  // Disrespect, or an unethical request such as a bribe: no thanks, no sympathy, no open door
  // (no "en estos términos", which would leave one). The wording fits both ("lo que me escribe"),
  // states the consequence (the conversation or the project ends) and adds nothing else.
  // "ese mensaje" leans on the opening, which always names the last message; it judges the
  // message, not the client. Warmth is courtesy only: the warm no ends "[Te|Le] deseo lo mejor". An
// informal group in Latin America is greeted "Hola:" and signed "Saludos,", not as a notice.
  'disrespect-or-ethics': {
    opening: tones(
      ['<v:He leído|Leí> con calma [tu|su|su|vuestro] último mensaje.',
        'Contesto a [tu|su|su|vuestro] último mensaje.'],
      ['<v:He leído|Leí> [tu|su|su|vuestro] último mensaje con detenimiento.',
        'Contesto a [tu|su|su|vuestro] último mensaje.'],
      ['<v:He leído|Leí> [tu|su|su|vuestro] último mensaje.', 'Contesto a [tu|su|su|vuestro] último mensaje.'],
    ),
    decision: tones(
      ['No voy a seguir adelante con esta colaboración. [Te|Le|Les|Os] deseo lo mejor.', 'No voy a seguir adelante con el proyecto. [Te|Le|Les|Os] deseo lo mejor.'],
      ['No voy a seguir adelante con nuestra colaboración.', 'No continuaré con el proyecto.'],
      ['Doy por terminada esta conversación y no seguiré adelante con el proyecto.', 'No voy a seguir adelante con el proyecto.'],
    ),
    explained: tones(
      ['[Lamento decirte que <v:lo que me has escrito|lo que me escribiste> no se lo acepto a ningún cliente|Lamento decirle que no acepto ese tipo de mensajes de ningún cliente|Lamento decirles que no acepto ese tipo de mensajes de ningún cliente|Lamento deciros que lo que me habéis escrito no se lo acepto a ningún cliente], de modo que no voy a seguir adelante con esta colaboración. Mi trabajo se basa en el respeto y la honestidad, y es lo mismo que espero de mis clientes. [Te|Le|Les|Os] deseo lo mejor.',
        'No voy a seguir adelante con el proyecto, porque ese mensaje no es compatible con la forma respetuosa y honesta en que trabajo. [Te|Le|Les|Os] deseo lo mejor.'],
      ['<v:Lo que me [has|ha|han|habéis] escrito|Lo que me [escribiste|escribió|escribieron|escribieron]> no tiene cabida en una relación basada en el respeto y la honestidad, así que no continuaré la conversación ni seguiré con el proyecto.'],
      ['<v:Lo que me [has|ha|han|habéis] escrito|Lo que me [escribiste|escribió|escribieron|escribieron]> es inaceptable y no se lo admito a ningún cliente. Por eso doy por terminada esta conversación y no seguiré adelante con el proyecto.'],
    ),
    greeting: ['[Hola, {{clientFirstName}}:|Buenos días, {{clientFirstName}}:|<i:Hola|Buenos días>:|Hola:]', '[Hola:|Buenos días:|<i:Hola|Buenos días>:|Hola:]'],
    // Warm: a courteous close, not the curt "Atentamente".
    signOff: tones(
      ['[<v:Un saludo|Saludos>,|Saludos cordiales,|<i:Saludos|Saludos cordiales>,|Un saludo,]'],
      ['[<v:Un saludo|Saludos>,|Atentamente,|Atentamente,|Un saludo,]'],
      ['[<v:Un saludo|Saludos>,|Atentamente,|Atentamente,|Un saludo,]'],
    ),
    alternatives: {},
  },

  // Ending the work together, or not starting it. "Proyecto" only in the no; the offer says
  // "trabajo" or "lo". The next step never says "le" for the referral: with usted it would read
  // as the client.
  'not-a-fit': {
    opening: tones(
      ['Gracias por contar conmigo y por explicarme [tu|su|su|vuestra] idea.',
        '[Te|Le|Les|Os] agradezco la confianza que <v:[has|ha|han|habéis] puesto|[pusiste|puso|pusieron|pusieron]> en mí.'],
      ['Gracias por contar conmigo y por el tiempo que <v:me [has|ha|han|habéis] dedicado|me [dedicaste|dedicó|dedicaron|dedicaron]>.', 'Gracias por la confianza que <v:[has|ha|han|habéis] depositado|[depositaste|depositó|depositaron|depositaron]> en mí.'],
      ['<v:He pensado|Estuve pensando> con calma en [tu|su|su|vuestra] propuesta.', 'Gracias por la confianza que <v:[has|ha|han|habéis] depositado|[depositaste|depositó|depositaron|depositaron]> en mí.'],
    ),
    empathy: ['Valoro mucho el tiempo que <v:me [has|ha|han|habéis] dedicado|me [dedicaste|dedicó|dedicaron|dedicaron]>.'],
    decision: tones(
      ['Tras pensarlo bien, <v:he decidido|decidí> no colaborar en este proyecto.', '<v:Lo he pensado con calma y he decidido|Lo pensé con calma y decidí> no participar en el proyecto.'],
      ['<v:He decidido|Decidí> no trabajar en este proyecto.', 'Prefiero no seguir adelante con este proyecto.'],
      ['No voy a trabajar en este proyecto.', 'No voy a participar en el proyecto.'],
    ),
    explained: tones(
      ['Tras pensarlo bien, <v:he decidido|decidí> no colaborar en este proyecto: lo que [necesitas|necesita|necesitan|necesitáis] y mi enfoque van por caminos distintos, y es mejor reconocerlo ahora.'],
      ['<v:He decidido|Decidí> no trabajar en este proyecto, porque mi enfoque no se ajusta a lo que [necesitas|necesita|necesitan|necesitáis].',
        'Prefiero no seguir adelante con este proyecto, ya que el enfoque que [buscas|busca|buscan|buscáis] y el mío no coinciden.'],
      ['No voy a trabajar en este proyecto, porque lo que [buscas|busca|buscan|buscáis] no es lo que yo ofrezco.',
        'No voy a participar en el proyecto. Nuestros enfoques son demasiado distintos.'],
    ),
    alternatives: {
      // {{referralContact}} may be an email or a phone number: never "escribir a" it.
      referral: tones(
        ['Para sacarlo adelante, [te sugiero que te pongas|le sugiero que se ponga|les sugiero que se pongan|os sugiero que os pongáis] en contacto con {{referralName}} ({{referralContact}}).',
          '[Te|Le|Les|Os] recomiendo hablar con {{referralName}}; confío en su trabajo para algo así.',
          'Para sacarlo adelante, [te|le|les|os] sugiero que [hables|hable|hablen|habléis] con {{referralName}}.',
          '[Te paso|Le facilito|Les facilito|Os paso] un contacto de mi confianza que puede ayudar[te|le|les|os]: {{referralContact}}.',
          'Con gusto [te|le|les|os] recomiendo a alguien de confianza para sacarlo adelante.'],
        ['{{referralName}} ({{referralContact}}) puede ser una opción más acertada para este caso.',
          '[Te|Le|Les|Os] recomiendo a {{referralName}} ({{referralContact}}).',
          '{{referralName}} puede ser una opción más acertada para este caso.',
          '[Te|Le|Les|Os] recomiendo a {{referralName}}.',
          '[Te|Le|Les|Os] dejo un contacto de confianza para un trabajo de este tipo: {{referralContact}}.',
          'Puedo recomendar[te|le|les|os] a otra persona de confianza.'],
        ['[Te sugiero que te pongas|Le sugiero que se ponga|Les sugiero que se pongan|Os sugiero que os pongáis] en contacto con {{referralName}} ({{referralContact}}), que trabaja en proyectos como este.', 'Para sacarlo adelante, [te|le|les|os] recomiendo a {{referralName}} ({{referralContact}}).',
          '[Te|Le|Les|Os] sugiero que [hables|hable|hablen|habléis] con {{referralName}}.', 'Para sacarlo adelante, [te|le|les|os] recomiendo a {{referralName}}.',
          '[Te|Le|Les|Os] dejo un contacto que puede ayudar[te|le|les|os]: {{referralContact}}.', 'Conozco a alguien de confianza que podría sacarlo adelante.'],
      ),
    },
    nextStep: tones(
      ['<n:referralContact>Si [quieres|lo desea|lo desean|queréis], me encargo de hacer las presentaciones. [Te|Le|Les|Os] deseo mucho éxito. Si en el futuro [tienes|tiene|tienen|tenéis] otra propuesta, [escríbeme|escríbame|escríbanme|escribidme] cuando [quieras|quiera|quieran|queráis].',
        '[Te|Le|Les|Os] deseo mucho éxito. Si en el futuro [tienes|tiene|tienen|tenéis] otra propuesta, [escríbeme|escríbame|escríbanme|escribidme] cuando [quieras|quiera|quieran|queráis].',
        '<n:referralContact><r:Si [quieres|lo desea|lo desean|queréis], me encargo de hacer las presentaciones. [Te|Le|Les|Os] deseo mucho éxito. Si en el futuro surge algo más afín a mi trabajo, [escríbeme|escríbame|escríbanme|escribidme] cuando [quieras|quiera|quieran|queráis].>',
        '<r:[Te|Le|Les|Os] deseo mucho éxito. Si en el futuro surge algo más afín a mi trabajo, [escríbeme|escríbame|escríbanme|escribidme] cuando [quieras|quiera|quieran|queráis].>'],
      ['<n:referralContact>Si [te|le|les|os] resulta útil, con gusto hago las presentaciones. Y si en el futuro surge otra ocasión, [puedes|puede|pueden|podéis] volver a escribirme.',
        'Si en el futuro surge otra ocasión, [puedes|puede|pueden|podéis] volver a escribirme.',
        '<n:referralContact><r:Si [te|le|les|os] resulta útil, con gusto hago las presentaciones. Y si en el futuro surge algo más afín a mi trabajo, [puedes|puede|pueden|podéis] volver a escribirme.>',
        '<r:Si en el futuro surge algo más afín a mi trabajo, [puedes|puede|pueden|podéis] volver a escribirme.>'],
      ['<n:referralContact>Si [quieres|lo desea|lo desean|queréis], hago las presentaciones. Si en el futuro surge otra ocasión, [escríbeme|escríbame|escríbanme|escribidme].',
        'Si en el futuro surge otra ocasión, [puedes|puede|pueden|podéis] escribirme.',
        '<n:referralContact><r:Si [quieres|lo desea|lo desean|queréis], hago las presentaciones. Si en el futuro surge algo más afín a mi trabajo, [escríbeme|escríbame|escríbanme|escribidme].>',
        '<r:Si en el futuro surge algo más afín a mi trabajo, [puedes|puede|pueden|podéis] escribirme.>'],
    ),
    door: tones(
      ['Espero que todo [te|le|les|os] salga muy bien. Si en el futuro surge otra ocasión, me encantará que hablemos.',
        '<r:Espero que todo [te|le|les|os] salga muy bien. Si en el futuro surge algo más afín a mi trabajo, me encantará que lo hablemos.>',
        '[Te|Le|Les|Os] deseo mucho éxito. Si en el futuro [tienes|tiene|tienen|tenéis] otra propuesta, [escríbeme|escríbame|escríbanme|escribidme] cuando [quieras|quiera|quieran|queráis].'],
      ['[Te|Le|Les|Os] deseo que todo [te|le|les|os] vaya muy bien. Si en el futuro surge otra ocasión, [puedes|puede|pueden|podéis] escribirme.',
        '<r:[Te|Le|Les|Os] deseo que todo [te|le|les|os] vaya muy bien. Si en el futuro surge algo más afín a mi trabajo, [puedes|puede|pueden|podéis] escribirme.>'],
      ['Si en el futuro surge otra ocasión, [puedes|puede|pueden|podéis] escribirme.',
        '<r:Si en el futuro surge algo más afín a mi trabajo, [puedes|puede|pueden|podéis] escribirme.>'],
    ),
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
