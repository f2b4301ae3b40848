// Spanish parts for reasons about time and scope. Each reason words its own acknowledgement,
// alternatives and closing line for where the relationship stands (reasons.ts `stage`).
// Brackets are [tú|usted|ustedes|vosotros]. Frames around values are written to read well with
// anything shaped like the field's placeholder: "para {{date}}" and "a partir de {{date}}" take
// "finales de mes" as well as "el lunes 3 de junio" (never "la fecha es {{date}}"); {{declined}},
// {{offer}} and {{resources}} only ever follow a verb or a preposition, and no pronoun, verb or
// adjective refers back to them ("los informes semanales" is plural, "la traducción" feminine).
// {{policy}} holds its own noun ("dos rondas de cambios", "tres rondas de ajustes"), so the frame
// says "modificaciones". Vocabulary is pan-Hispanic: no "encajar" for "suit", no "merece la pena",
// no "hueco". Openings do not all thank: firm ones acknowledge what arrived.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

// A new prospect gets no 'Un saludo afectuoso': that is for a client we already work with.
const prospectSignOff = tones(
  ['[<v:Un saludo|Saludos>,|Saludos cordiales,|<i:Saludos|Saludos cordiales>,|Un saludo,]', '[<v:Un saludo cordial|Un abrazo>,|Saludos cordiales,|<i:Saludos|Saludos cordiales>,|Un saludo cordial,]'],
  ['[<v:Un saludo|Saludos>,|Saludos cordiales,|<i:Saludos|Saludos cordiales>,|Un saludo,]', '[<v:Un saludo|Saludos>,|<v:Un saludo cordial|Saludos>,|Saludos,|Un saludo,]'],
  ['[<v:Un saludo|Saludos>,|Saludos cordiales,|<i:Saludos|Saludos cordiales>,|Un saludo,]', '[Saludos,|Atentamente,|<i:Saludos|Atentamente>,|Saludos,]'],
);

export const workReasons = {
  // A new enquiry; my calendar is full.
  'schedule-full': {
    signOff: prospectSignOff,
    opening: tones(
      ['Gracias por escribirme y por [tu|su|su|vuestro] interés en contar conmigo.'],
      ['Gracias por [tu|su|su|vuestra] consulta y por [tu|su|su|vuestro] interés en mi trabajo.'],
      ['Gracias por [tu|su|su|vuestra] consulta.', 'Gracias por [tu|su|su|vuestra] propuesta.'],
    ),
    empathy: [
      'Me habría gustado mucho poder decir[te|le|les|os] que sí.', '<a:later-date>Me encantaría poder ayudar[te|le|les|os] con este proyecto.'],
    decision: tones(
      ['Ahora mismo no puedo aceptar esta colaboración.'],
      ['En este momento no puedo aceptar esta colaboración.'],
      ['En estas fechas no puedo aceptar esta colaboración.', 'No puedo asumir nuevas colaboraciones en este momento.'],
    ),
    explained: tones(
      ['Ahora mismo no puedo aceptar esta colaboración: mis clientes actuales ocupan toda mi agenda y no podría dedicar a [tu|su|su|vuestro] proyecto la atención que merece.',
        '<a:later-date>Ahora mismo no puedo empezar: mis clientes actuales ocupan toda mi agenda y no podría dedicar[te|le|les|os] toda la atención que [mereces|merece|merecen|merecéis].'],
      ['En este momento no puedo aceptar esta colaboración, ya que tengo la agenda completa con mis clientes actuales.'],
      ['En estas fechas no puedo aceptar esta colaboración: tengo la agenda completa con los proyectos en curso.',
        'No puedo asumir nuevas colaboraciones en este momento, porque tengo la agenda llena.'],
    ),
    alternatives: {
      'later-date': tones(
        // A clause about current work only where the reason was given: it would hint at one otherwise.
        ['<r:Con mucho gusto empezaría a partir de {{date}}, cuando haya terminado los trabajos que tengo ahora en marcha.>',
          '<r:Podría empezar a partir de {{date}}, una vez cerrados los proyectos en curso.>',
          'Con mucho gusto empezaría a partir de {{date}}.',
          'Podría empezar a partir de {{date}}, si [puedes|puede|pueden|podéis] esperar hasta entonces.',
          '<n:date><r:Con mucho gusto podría empezar en cuanto termine los proyectos que tengo en curso.>',
          'Con mucho gusto podría empezar más adelante, si [puedes|puede|pueden|podéis] esperar.'],
        ['Puedo empezar a partir de {{date}}.',
          'Tengo disponibilidad a partir de {{date}}.',
          '<n:date><r:Puedo empezar en cuanto termine los proyectos que tengo en curso.>',
          '<n:date><r:Tendré disponibilidad en cuanto termine los proyectos en curso.>',
          'Tendré disponibilidad más adelante.'],
        ['Puedo empezar a partir de {{date}}.', 'Estaré disponible a partir de {{date}}.',
          '<n:date><r:Puedo empezar cuando termine los proyectos en curso.>',
          '<n:date><r:Tendré disponibilidad cuando termine los proyectos en curso.>',
          'Podré empezar más adelante.'],
      ),
      referral: tones(
        ['[Te recomiendo que te pongas|Le recomiendo que se ponga|Les recomiendo que se pongan|Os recomiendo que os pongáis] en contacto con {{referralName}} ({{referralContact}}), que hace este mismo tipo de trabajo.',
          '[Te|Le|Les|Os] recomiendo hablar con {{referralName}}, cuyo trabajo conozco bien.',
          'Si [te|le|les|os] sirve, {{referralName}} podría ayudar[te|le|les|os]; conozco bien cómo trabaja.',
          '[Te|Le|Les|Os] dejo el contacto de alguien de confianza: {{referralContact}}.',
          'Si [te|le|les|os] sirve, con gusto [te paso|le facilito|les facilito|os paso] el contacto de alguien de confianza.'],
        ['[Te|Le|Les|Os] dejo el contacto de {{referralName}}, alguien de mi confianza que hace este mismo tipo de trabajo: {{referralContact}}.',
          '[Te|Le|Les|Os] recomiendo que [hables|hable|hablen|habléis] con {{referralName}}.',
          '[Te|Le|Les|Os] dejo un contacto de confianza: {{referralContact}}.',
          'Si [te|le|les|os] sirve, [te paso|le facilito|les facilito|os paso] el contacto de alguien de confianza.'],
        ['[Te paso|Le facilito|Les facilito|Os paso] el contacto de {{referralName}} ({{referralContact}}), que puede ayudar[te|le|les|os] con este trabajo.',
          '[Te sugiero que te pongas|Le sugiero que se ponga|Les sugiero que se pongan|Os sugiero que os pongáis] en contacto con {{referralName}} ({{referralContact}}).',
          '[Te|Le|Les|Os] recomiendo a {{referralName}}, que puede ayudar[te|le|les|os] con este trabajo.',
          '[Te|Le|Les|Os] sugiero que [hables|hable|hablen|habléis] con {{referralName}}.',
          '[Te|Le|Les|Os] dejo este contacto: {{referralContact}}.',
          'Puedo facilitar[te|le|les|os] el contacto de otro profesional.'],
      ),
    },
    nextStep: {
      'later-date': tones(
        ['[Dime|Dígame|Díganme|Decidme] si [te|le|les|os] conviene y [te|le|les|os] reservo <v:un hueco|un espacio>.'],
        ['[Dime|Dígame|Díganme|Decidme] si [te|le|les|os] interesa y [te|le|les|os] reservo <v:un hueco|un espacio>.'],
        ['[Avísame|Avíseme|Avísenme|Avisadme] si [te|le|les|os] interesa y [te|le|les|os] reservo <v:un hueco|un espacio>.'],
      ),
      referral: tones(
        ['Ojalá coincidamos en otra ocasión.',
          'Me encantará saber de [ti|usted|ustedes|vosotros] cuando [tengas|tenga|tengan|tengáis] un nuevo proyecto entre manos.'],
        ['Si más adelante surge otro proyecto, quedo a [tu|su|su|vuestra] disposición.'],
        ['Si más adelante [necesitas|necesita|necesitan|necesitáis] algo, [cuenta|cuente|cuenten|contad] conmigo.'],
      ),
    },
    door: tones(
      ['Si más adelante [sigues|sigue|siguen|seguís] necesitando ayuda con esto, o [tienes|tiene|tienen|tenéis] otro proyecto, me encantará saber de [ti|usted|ustedes|vosotros].',
        'Si más adelante [tienes|tiene|tienen|tenéis] otra propuesta, [escríbeme|escríbame|escríbanme|escribidme]: me encantará volver a hablar [contigo|con usted|con ustedes|con vosotros].'],
      ['Me alegrará que [vuelvas|vuelva|vuelvan|volváis] a escribirme más adelante.',
        'Si más adelante [sigues|sigue|siguen|seguís] necesitando apoyo con este u otro proyecto, me alegrará que [vuelvas|vuelva|vuelvan|volváis] a escribirme.'],
      ['Si más adelante [te|le|les|os] sigue interesando, [escríbeme|escríbame|escríbanme|escribidme] de nuevo y veré si tengo disponibilidad.'],
    ),
  },

  // Work under way; they want it sooner or want to move the deadline up.
  'deadline-too-tight': {
    opening: tones(
      ['Gracias por plantearme el cambio de fechas.'],
      ['Gracias por [tu|su|su|vuestro] mensaje sobre el nuevo calendario que [propones|propone|proponen|proponéis].'],
      ['Gracias por consultarme el cambio de fechas.', 'He leído [tu|su|su|vuestra] propuesta de un nuevo plazo.'],
    ),
    empathy: ['Entiendo que [te|le|les|os] convenga recibir el trabajo antes.'],
    decision: tones(
      ['No voy a poder terminarlo para la fecha que [me propones|me propone|me proponen|me proponéis].',
        'No me es posible terminarlo tan pronto.'],
      ['No puedo entregar el trabajo completo para la nueva fecha.', 'No puedo acortar los tiempos como [me pides|me pide|me piden|me pedís].'],
      ['No puedo terminar el trabajo para la fecha que [propones|propone|proponen|proponéis].', 'No puedo comprometerme con la nueva fecha.'],
    ),
    explained: tones(
      ['No voy a poder terminarlo para la fecha que [me propones|me propone|me proponen|me proponéis], porque tendría que prescindir de algunas revisiones y la calidad final se resentiría.'],
      ['No puedo entregar el trabajo completo para la nueva fecha, ya que acortar los tiempos me obligaría a prescindir de algunas revisiones.',
        'No puedo acortar los tiempos como [me pides|me pide|me piden|me pedís], porque comprimir las fases perjudicaría la calidad.'],
      ['No puedo terminar el trabajo para la fecha que [propones|propone|proponen|proponéis] sin saltarme la revisión final, y no voy a prescindir de ella.',
        'No puedo comprometerme con la nueva fecha. Comprimir las fases perjudicaría la calidad.'],
    ),
    alternatives: {
      'later-date': tones(
        ['Sin recortar ninguna fase, con gusto lo dejo todo listo para {{date}}.',
          'Con todas las fases completas, podría tenerlo listo para {{date}}.',
          'Lo que sí [te|le|les|os] propongo es fijar una fecha de entrega posterior a la que [me pides|me pide|me piden|me pedís], para no tener que recortar ninguna fase.'],
        ['Sin recortar ninguna fase, puedo tener todo listo para {{date}}.', 'Sin recortar ninguna fase, puedo entregarlo todo para {{date}}.',
          '[Te|Le|Les|Os] propongo fijar una fecha de entrega posterior a la que [me pides|me pide|me piden|me pedís], con margen para hacerlo todo bien.'],
        ['Puedo tener todo listo para {{date}}.', 'Sí puedo hacer la entrega para {{date}}.',
          '[Te|Le|Les|Os] propongo, en cambio, fijar una fecha de entrega posterior, con margen para hacerlo todo bien.'],
      ),
      'smaller-scope': tones(
        ['Para entonces sí podría entregar[te|le|les|os] {{offer}}, y el resto en el plazo que acordamos.',
          'Con gusto [te|le|les|os] adelantaría la parte más urgente y entregaría el resto en el plazo que acordamos.',
          'Si me [dices|dice|dicen|decís] qué parte es más urgente, podría tenerla para entonces y dejar el resto en el plazo que acordamos.'],
        ['Para la fecha que [planteas|plantea|plantean|planteáis] sí puedo enviar[te|le|les|os] {{offer}}; la entrega final llegaría en el plazo acordado.',
          'Para entonces sí puedo enviar[te|le|les|os] la parte más urgente; el resto llegaría en el plazo acordado.',
          'Si me [indicas|indica|indican|indicáis] qué parte es más urgente, puedo adelantarla y mantener el resto en el plazo acordado.'],
        ['En esa fecha sí puedo enviar[te|le|les|os] {{offer}}; el resto, en el plazo acordado.', 'En esa fecha sí puedo enviar[te|le|les|os] la parte más urgente; el resto, en el plazo acordado.',
          'Puedo adelantar la parte más urgente y mantener el resto en el plazo acordado.'],
      ),
    },
    nextStep: {
      'later-date': tones(
        ['[Dime|Dígame|Díganme|Decidme] si [te|le|les|os] sirve y ajusto la planificación.',
          'Si [te|le|les|os] interesa, fijamos la nueva fecha y actualizo la planificación.'],
        ['Si [te|le|les|os] interesa, [dímelo|dígamelo|díganmelo|decídmelo]: cerramos la fecha y ajusto la planificación.'],
        ['Si [te|le|les|os] sirve esa fecha, [confírmamelo|confírmemelo|confírmenmelo|confirmádmelo] y ajusto la planificación.', '<n:date>Si [te|le|les|os] interesa, la cerramos y ajusto la planificación.'],
      ),
      'smaller-scope': tones(
        ['[Dime|Dígame|Díganme|Decidme] si esta opción [te|le|les|os] sirve y me organizo para llegar a tiempo.',
          '¿[Te|Le|Les|Os] sirve así? En cuanto me lo [confirmes|confirme|confirmen|confirméis], reordeno las tareas.'],
        ['Si [te|le|les|os] sirve, [confírmamelo|confírmemelo|confírmenmelo|confirmádmelo] y reordeno las tareas.', 'Si me [das|da|dan|dais] el visto bueno, ajusto el orden de las tareas.'],
        ['[Confírmame|Confírmeme|Confírmenme|Confirmadme] si [te|le|les|os] interesa esta opción.', 'Si me [das|da|dan|dais] el visto bueno, reordeno las tareas.'],
      ),
    },
    door: tones(
      ['Sigo con el calendario que fijamos y [te|le|les|os] aviso en cuanto esté todo listo.',
        'Mantengo la entrega en la fecha prevista; si entretanto [te|le|les|os] surge alguna duda, [escríbeme|escríbame|escríbanme|escribidme].'],
      ['Mantengo el calendario acordado y [te|le|les|os] iré informando de los avances.',
        'Mantengo la entrega en la fecha pactada y [te|le|les|os] aviso cuando esté lista.'],
      ['Mantengo la entrega en la fecha pactada; si [tienes|tiene|tienen|tenéis] cualquier duda, [puedes|puede|pueden|podéis] escribirme.', 'Sigo con el calendario previsto. Si más adelante hay margen para replantear las fechas, lo hablamos.'],
    ),
  },

  // Work under way; an extra request that is not part of the agreed work. The request is an
  // "encargo" (masculine, something done), never a "petición" that is done or priced.
  'out-of-scope': {
    opening: tones(
      ['Gracias por contarme lo que [te|le|les|os] gustaría añadir.',
        '[Te|Le|Les|Os] agradezco que me [hayas|haya|hayan|hayáis] contado esta nueva idea.'],
      ['Gracias por explicarme lo que [necesitas|necesita|necesitan|necesitáis] añadir al trabajo en curso.', 'Gracias por explicarme qué más [necesitas|necesita|necesitan|necesitáis] para el proyecto.'],
      ['Tomo nota de lo que [quieres|quiere|quieren|queréis] añadir.', 'Gracias por contarme qué más [necesitas|necesita|necesitan|necesitáis].'],
    ),
    empathy: ['Comprendo que resolverlo todo de una vez [te|le|les|os] resulte más cómodo.'],
    decision: tones(
      ['No voy a poder incluir esta ampliación en lo que acordamos.', 'No voy a poder incluir esta tarea en el precio que fijamos.'],
      ['No puedo incluir esta ampliación en el precio acordado.', 'No puedo asumir esta tarea adicional por el mismo precio.'],
      ['No puedo incluir esta ampliación en el precio pactado al inicio.', 'No voy a asumir esta tarea adicional por el precio pactado.'],
    ),
    explained: tones(
      ['No voy a poder incluir esta ampliación en lo que acordamos: es un trabajo nuevo que <v:el presupuesto|la cotización> no contemplaba.',
        'No voy a poder incluir esta tarea en el precio que fijamos, ya que los plazos y <v:el importe|el monto> se calcularon sin ella.'],
      ['No puedo incluir esta ampliación en el precio acordado, ya que queda fuera del alcance que definimos.',
        'No puedo asumir esta tarea adicional por el mismo precio, porque el alcance que pactamos al empezar no la contempla.'],
      ['No puedo incluir esta ampliación en el precio pactado al inicio. Queda fuera del alcance del proyecto.',
        'No voy a asumir esta tarea por el precio pactado, porque queda fuera del alcance del proyecto.'],
    ),
    alternatives: {
      'separate-quote': tones(
        ['Con mucho gusto [te|le|les|os] preparo <v:un presupuesto aparte|una cotización aparte> para esta tarea, según mi tarifa de {{rate}}.',
          'Con mucho gusto la hago por separado, con <v:un presupuesto propio|una cotización propia> que [te|le|les|os] envío antes de empezar.'],
        ['Puedo <v:presupuestarla|cotizarla> aparte, según mi tarifa de {{rate}}.',
          'Puedo hacerla por separado y enviar[te|le|les|os] <v:un presupuesto|una cotización> antes de empezar.', 'Puedo ocuparme de ella por separado; si [te|le|les|os] parece bien, [te|le|les|os] envío primero <v:el presupuesto|la cotización>.'],
        ['Puedo <v:presupuestarla|cotizarla> por separado, a mi tarifa de {{rate}}.',
          'Puedo hacerla aparte, con <v:un presupuesto independiente|una cotización independiente>.', 'Si [quieres|quiere|quieren|queréis], [te|le|les|os] preparo <v:un presupuesto|una cotización> aparte para esta tarea.'],
      ),
    },
    nextStep: tones(
      ['Si me [das|da|dan|dais] el visto bueno, la incorporo al plan de trabajo.'],
      ['Si me [das|da|dan|dais] el visto bueno, la programo.'],
      ['Si [te|le|les|os] interesa, [te|le|les|os] envío <v:el presupuesto detallado|la cotización detallada>.', 'Si me [das|da|dan|dais] el visto bueno, la programo.'],
    ),
    door: tones(
      ['Por mi parte, sigo con lo que tenemos en marcha; esta idea podemos hablarla con calma cuando [quieras|quiera|quieran|queráis].',
        'Mientras tanto, continúo con el trabajo según lo previsto. Si más adelante [quieres|quiere|quieren|queréis] que veamos esa tarea por separado, [dímelo|dígamelo|díganmelo|decídmelo].'],
      ['Sigo con el calendario previsto y podemos hablar de esta idea cuando [quieras|quiera|quieran|queráis].',
        'Continúo con el trabajo en curso; si más adelante [quieres|quiere|quieren|queréis] retomar esta idea, lo vemos.'],
      ['Continúo con el trabajo en curso; esta idea podemos tratarla más adelante, por separado.',
        'Sigo con lo que tenemos en marcha; si más adelante [quieres|quiere|quieren|queréis] retomar esta idea, lo hablamos.'],
    ),
  },

  // A new enquiry outside my field.
  'not-my-specialty': {
    signOff: prospectSignOff,
    opening: tones(
      ['Gracias por escribirme y por explicarme [tu|su|su|vuestra] idea.', 'Gracias por [tu|su|su|vuestro] mensaje y por contarme lo que [tienes|tiene|tienen|tenéis] entre manos.'],
      ['Gracias por [tu|su|su|vuestra] consulta y por explicarme lo que [tienes|tiene|tienen|tenéis] en mente.', 'Gracias por explicarme lo que [necesitas|necesita|necesitan|necesitáis].'],
      ['Gracias por pensar en mí.', 'Gracias por explicarme [tu|su|su|vuestra] idea.'],
    ),
    empathy: ['Me alegra mucho que [hayas|haya|hayan|hayáis] pensado en mí.'],
    decision: tones(
      ['No voy a poder aceptar este proyecto.', 'No soy la persona adecuada para este proyecto.'],
      ['No puedo aceptar este proyecto.', 'No soy la persona indicada para este proyecto.'],
      ['No puedo asumir este proyecto.', 'No puedo aceptar este proyecto.'],
    ),
    explained: tones(
      ['No voy a poder aceptar este proyecto: queda fuera de mi especialidad, y no quiero asumir un trabajo que no domino.',
        'No soy la persona adecuada para este proyecto: no es mi especialidad, y no podría ofrecer[te|le|les|os] el nivel que requiere.',
        '<a:none>No voy a poder aceptar este proyecto: queda fuera de mi especialidad, y no quiero asumir un trabajo que no domino. [Te|Le|Les|Os] deseo mucho éxito con él.',
        '<a:none>No soy la persona adecuada para este proyecto: no es mi especialidad, y no podría ofrecer[te|le|les|os] el nivel que requiere. [Te|Le|Les|Os] deseo mucho éxito con él.'],
      ['No puedo aceptar este proyecto, ya que queda fuera de mi especialidad.',
        'No soy la persona indicada para este proyecto: no tengo experiencia en este tipo de trabajo.'],
      ['No puedo asumir este proyecto. Queda fuera de mi especialidad.', 'No puedo aceptar este proyecto, porque queda fuera de mi especialidad.'],
    ),
    alternatives: {
      referral: tones(
        ['Quien sí podría ayudar[te|le|les|os] es {{referralName}} ({{referralContact}}), que se dedica precisamente a esto.',
          'Quien sí podría ayudar[te|le|les|os] es {{referralName}}, que se dedica precisamente a esto.',
          '[Te|Le|Les|Os] dejo el contacto de alguien de confianza que se dedica a esto: {{referralContact}}.',
          'Si [te|le|les|os] sirve, puedo [pasarte|facilitarle|facilitarles|pasaros] el contacto de un profesional de confianza especializado en esto.'],
        ['[Te sugiero que te pongas|Le sugiero que se ponga|Les sugiero que se pongan|Os sugiero que os pongáis] en contacto con {{referralName}} ({{referralContact}}), que trabaja en este ámbito.',
          'Para algo así, {{referralName}} es una buena opción; su contacto es {{referralContact}}.',
          '[Te|Le|Les|Os] sugiero que [hables|hable|hablen|habléis] con {{referralName}}, que trabaja en este ámbito.',
          'Para algo así, {{referralName}} es una buena opción.',
          '[Te paso|Le facilito|Les facilito|Os paso] el contacto de un profesional de confianza que sí se dedica a esto: {{referralContact}}.',
          'Si [te|le|les|os] sirve, puedo [pasarte|facilitarle|facilitarles|pasaros] el contacto de un profesional que se dedica a esto.'],
        ['[Te|Le|Les|Os] sugiero contactar <v:con|a> {{referralName}} ({{referralContact}}), que se dedica a este tipo de trabajos.',
          '[Te|Le|Les|Os] recomiendo a {{referralName}}, que trabaja en este ámbito y podrá orientar[te|le|les|os].',
          '[Te|Le|Les|Os] dejo el contacto de alguien del sector: {{referralContact}}.',
          'Puedo facilitar[te|le|les|os] el contacto de alguien que se dedica a esto.'],
      ),
      'free-resources': tones(
        ['Para avanzar por [tu|su|su|vuestra] cuenta, [te|le|les|os] recomiendo {{resources}}.',
          'Como punto de partida, vale la pena consultar {{resources}}.',
          'Si [quieres|quiere|quieren|queréis] avanzar por [tu|su|su|vuestra] cuenta, con gusto [te paso|le indico|les indico|os paso] algunos recursos gratuitos sobre el tema.',
          'Si [te|le|les|os] sirve, puedo [pasarte|enviarle|enviarles|pasaros] algunas guías gratuitas sobre el tema.'],
        ['[Te|Le|Les|Os] recomiendo echar un vistazo a {{resources}}.', 'Para avanzar por [tu|su|su|vuestra] cuenta, [puedes|puede|pueden|podéis] apoyar[te|se|se|os] en {{resources}}.',
          'Si [te|le|les|os] resulta útil, puedo recomendar[te|le|les|os] algunos recursos gratuitos sobre el tema.',
          'Si [quieres|quiere|quieren|queréis] avanzar por [tu|su|su|vuestra] cuenta, puedo recomendar[te|le|les|os] algunas guías gratuitas.'],
        ['Como punto de partida, [te|le|les|os] remito a {{resources}}.', '[Te|Le|Les|Os] recomiendo {{resources}}.',
          'Si [te|le|les|os] sirve, puedo indicar[te|le|les|os] algunos recursos gratuitos sobre el tema.',
          'Si [quieres|quiere|quieren|queréis] avanzar por [tu|su|su|vuestra] cuenta, puedo indicar[te|le|les|os] algunos recursos gratuitos.'],
      ),
    },
    nextStep: {
      referral: tones(
        ['[Te|Le|Les|Os] deseo mucha suerte. Para cualquier cosa de mi campo, [cuenta|cuente|cuenten|contad] conmigo.',
          'Y para cualquier cosa de mi campo que surja más adelante, [cuenta|cuente|cuenten|contad] conmigo.'],
        ['Para lo que entre en mi campo, quedo a [tu|su|su|vuestra] disposición.'],
        ['[Te|Le|Les|Os] deseo mucha suerte. Para cualquier encargo de mi ámbito, [puedes|puede|pueden|podéis] escribirme.',
          'Si más adelante [necesitas|necesita|necesitan|necesitáis] algo de mi campo, [puedes|puede|pueden|podéis] escribirme.'],
      ),
      'free-resources': tones(
        ['Y si en otra ocasión [necesitas|necesita|necesitan|necesitáis] algo de mi campo, me encantará ayudar[te|le|les|os].',
          '[Te|Le|Les|Os] deseo mucha suerte, y si surge algo de mi campo, me encantará saber de [ti|usted|ustedes|vosotros].'],
        ['Para cualquier encargo de mi ámbito, quedo a [tu|su|su|vuestra] disposición.',
          'Y si surge algo dentro de mi campo, [escríbeme|escríbame|escríbanme|escribidme] cuando [quieras|quiera|quieran|queráis].'],
        ['Para lo que entre en mi campo, [puedes|puede|pueden|podéis] escribirme.',
          'Quedo a [tu|su|su|vuestra] disposición para lo que sí sea de mi campo.'],
      ),
    },
    door: tones(
      ['Si más adelante surge algo de mi campo, me encantará ayudar[te|le|les|os].',
        'Espero que pronto [des|dé|den|deis] con quien [te|le|les|os] ayude. Para lo que entre en mi campo, [cuenta|cuente|cuenten|contad] conmigo.'],
      ['<r:Ojalá podamos colaborar en otra ocasión, en algo más cercano a lo que hago.>',
        'Si en algún momento surge algo de mi ámbito, quedo a [tu|su|su|vuestra] disposición.'],
      ['Si [necesitas|necesita|necesitan|necesitáis] algo de mi ámbito, [puedes|puede|pueden|podéis] escribirme.'],
    ),
  },

  // Work under way; more rounds of changes than the agreed policy includes. {{policy}} may be
  // "dos rondas de cambios", "una ronda de revisiones" or "tres rondas de ajustes": the frame
  // says "modificaciones", and nothing agrees with the value in number ("que ya hemos completado",
  // "esa parte ya está hecha").
  'extra-revisions': {
    opening: tones(
      ['Gracias por [tus|sus|sus|vuestros] comentarios sobre la última entrega.', '[Te|Le|Les|Os] agradezco las observaciones sobre la última entrega.'],
      ['Gracias por [tus|sus|sus|vuestros] comentarios sobre la entrega.', 'Agradezco [tus|sus|sus|vuestras] nuevas observaciones.'],
      ['Gracias por [tus|sus|sus|vuestros] nuevos comentarios.', '<v:He revisado|Revisé> [tus|sus|sus|vuestras] nuevas indicaciones.'],
    ),
    empathy: ['Entiendo que [quieras|quiera|quieran|queráis] que el resultado quede a [tu|su|su|vuestro] gusto.',
      'Entiendo que [te|le|les|os] importe que cada detalle quede bien.'],
    decision: tones(
      ['No puedo incluir estas modificaciones en el precio acordado.', 'No voy a poder hacer estas modificaciones sin cargo extra.'],
      ['No puedo hacer estas modificaciones por el precio pactado.', 'No puedo asumir estas modificaciones sin cargo extra.'],
      ['No puedo hacer estas modificaciones sin cargo extra.', 'No puedo incluir estas modificaciones en el precio pactado.'],
    ),
    explained: tones(
      ['No puedo incluir estas modificaciones en el precio acordado: este contemplaba {{policy}}, que ya <v:hemos completado|completamos>.',
        'El precio acordado incluía {{policy}}, que ya <v:hemos completado|completamos>, así que no voy a poder hacer estas modificaciones sin cargo extra.',
        'No puedo hacer estas modificaciones dentro del precio acordado, porque ya <v:hemos agotado|agotamos> las revisiones incluidas.'],
      ['No puedo asumir estas modificaciones sin cargo extra, porque el precio incluía {{policy}}, que ya <v:hemos completado|completamos>.',
        'No puedo hacer estas modificaciones por el precio pactado, porque ya <v:hemos hecho|hicimos> todas las revisiones incluidas.',
        'No puedo incluir estas modificaciones sin <v:coste|costo>, porque las revisiones que cubría el precio ya están hechas.'],
      ['No puedo hacer estas modificaciones sin cargo extra. El precio cubría {{policy}}, que ya <v:hemos completado|completamos>.',
        'No puedo hacer estas modificaciones sin cargo extra. Las revisiones incluidas en el precio ya están hechas.',
        'No puedo incluir estas modificaciones en el precio pactado, porque las revisiones previstas ya están hechas.'],
    ),
    alternatives: {
      'paid-extra': tones(
        ['Con gusto me ocupo de ellas como trabajo aparte, a mi tarifa de {{rate}}.',
          'Si [quieres|quiere|quieren|queréis], puedo hacerlas como trabajo aparte, a {{rate}}.',
          'Con gusto las hago como trabajo aparte, y antes de empezar [te|le|les|os] envío <v:un presupuesto|una cotización>.',
          'Puedo hacerlas como trabajo adicional, con <v:un presupuesto previo|una cotización previa>.'],
        ['Puedo hacerlas y facturarlas por separado, según mi tarifa de {{rate}}.', 'Si [quieres|quiere|quieren|queréis] que las haga, las facturaré aparte, a mi tarifa de {{rate}}.',
          'Puedo hacerlas aparte, con <v:un presupuesto|una cotización> que [te|le|les|os] envío antes de empezar.',
          'Si [quieres|quiere|quieren|queréis] que las haga, [te|le|les|os] envío <v:un presupuesto|una cotización> antes de empezar.'],
        ['Puedo hacerlas y facturarlas por separado, a {{rate}}.', 'Si [quieres|desea|desean|queréis] que las haga, se facturarán aparte, a {{rate}}.',
          'Si [quieres|quiere|quieren|queréis], [te|le|les|os] preparo <v:un presupuesto|una cotización> aparte para hacerlas.', 'Si [quieres|desea|desean|queréis] que las haga, se facturarán aparte, con <v:un presupuesto previo|una cotización previa>.'],
      ),
    },
    nextStep: tones(
      ['[Dime|Dígame|Díganme|Decidme] si [te|le|les|os] parece bien y me pongo manos a la obra.',
        'Quedo a la espera de [tu|su|su|vuestra] confirmación para empezar.'],
      ['[Confírmame|Confírmeme|Confírmenme|Confirmadme] si [te|le|les|os] parece bien y me ocupo de ellas.',
        'En cuanto me lo [confirmes|confirme|confirmen|confirméis], las incorporo.'],
      ['En cuanto me [des|dé|den|deis] el visto bueno por escrito, <v:me pongo con ellas|comienzo a trabajar en ellas>.',
        '[Confírmame|Confírmeme|Confírmenme|Confirmadme] por escrito si [te|le|les|os] parece bien y las programo.'],
    ),
    door: tones(
      ['Si [te|le|les|os] parece bien, doy la versión actual por definitiva; y si [prefieres|prefiere|prefieren|preferís] que las haga, [te digo|le indico|les indico|os digo] cuánto costarían.',
        '[Dime|Dígame|Díganme|Decidme] si damos por definitiva la versión actual o si [prefieres|prefiere|prefieren|preferís] saber cuánto costaría hacerlas.'],
      ['[Dime|Dígame|Díganme|Decidme] si damos la versión actual por definitiva; si [prefieres|prefiere|prefieren|preferís] que las haga, [te paso|le envío|les envío|os paso] <v:un presupuesto|una cotización>.',
        'Si [quieres|quiere|quieren|queréis] que las haga, [te paso|le envío|les envío|os paso] <v:un presupuesto|una cotización>; si no, doy la versión actual por cerrada.'],
      ['Si [quieres|quiere|quieren|queréis] que las haga, [te|le|les|os] envío <v:un presupuesto|una cotización>; si no, doy la versión actual por definitiva.',
        '[Dime|Dígame|Díganme|Decidme] si cerramos la versión actual o si [prefieres|prefiere|prefieren|preferís] <v:un presupuesto|una cotización> para hacerlas.'],
    ),
  },

  // A new enquiry expecting a result nobody could promise. The no before no offer says "por eso",
  // not "en estos términos", in the reason: it is also used when the door stays closed.
  'unrealistic-expectations': {
    signOff: prospectSignOff,
    opening: tones(
      ['Gracias por pensar en mí para este proyecto.',
        '[Te|Le|Les|Os] agradezco que me [hayas|haya|hayan|hayáis] explicado [tu|su|su|vuestro] proyecto con claridad.'],
      ['Gracias por contar conmigo para este proyecto.', 'Gracias por explicarme [tu|su|su|vuestra] idea.'],
      ['Gracias por [tu|su|su|vuestra] consulta sobre el proyecto.', 'Gracias por explicarme [tu|su|su|vuestra] idea.'],
    ),
    empathy: ['Entiendo muy bien que [quieras|quiera|quieran|queráis] apuntar alto.'],
    decision: tones(
      ['No puedo comprometerme a lograr el resultado que [esperas|espera|esperan|esperáis].', 'No puedo prometer[te|le|les|os] el resultado que [buscas|busca|buscan|buscáis].',
        '<a:none>No puedo comprometerme a lograr el resultado que [esperas|espera|esperan|esperáis], así que, en esos términos, no me es posible hacerme cargo del proyecto.'],
      ['No puedo garantizar el resultado que [buscas|busca|buscan|buscáis].', 'No puedo comprometerme a alcanzar el resultado que [esperas|espera|esperan|esperáis].',
        '<a:none>No puedo garantizar el resultado que [buscas|busca|buscan|buscáis], así que, en esos términos, no me es posible hacerme cargo del proyecto.'],
      ['No puedo prometer[te|le|les|os] el resultado que [esperas|espera|esperan|esperáis].', 'No puedo asegurar[te|le|les|os] el resultado que [buscas|busca|buscan|buscáis].',
        '<a:none>No puedo prometer[te|le|les|os] el resultado que [esperas|espera|esperan|esperáis]. En estos términos, no acepto el trabajo.'],
    ),
    explained: tones(
      ['No puedo comprometerme a lograr el resultado que [esperas|espera|esperan|esperáis], porque no depende solo de mi trabajo y prometerlo no sería honesto.',
        '<a:none>No puedo comprometerme a lograr el resultado que [esperas|espera|esperan|esperáis], porque no depende solo de mi trabajo y prometerlo no sería honesto. Por eso no puedo hacerme cargo del proyecto.'],
      ['No puedo garantizar el resultado que [buscas|busca|buscan|buscáis], porque no depende solo de lo que yo haga.',
        'No puedo comprometerme a alcanzar el resultado que [esperas|espera|esperan|esperáis]; prometerlo sería alimentar unas expectativas que luego no se cumplirían.',
        '<a:none>No puedo garantizar el resultado que [buscas|busca|buscan|buscáis], porque no depende solo de lo que yo haga; por eso no puedo hacerme cargo del proyecto.'],
      ['No puedo prometer[te|le|les|os] el resultado que [esperas|espera|esperan|esperáis]. No depende solo de mi trabajo.',
        'No puedo asegurar[te|le|les|os] el resultado que [buscas|busca|buscan|buscáis]. Depende de factores que ni [tú|usted|ustedes|vosotros] ni yo controlamos, y prometerlo no sería honesto.',
        '<a:none>No puedo asegurar[te|le|les|os] el resultado que [buscas|busca|buscan|buscáis]: depende de factores que ni [tú|usted|ustedes|vosotros] ni yo controlamos. Por eso no acepto el trabajo.'],
    ),
    alternatives: {
      'smaller-scope': tones(
        ['Lo que sí podríamos hacer es empezar por {{offer}} y fijar objetivos claros y medibles.',
          'Podríamos empezar por {{offer}} y, a partir de ahí, decidir cómo seguir.',
          'Lo que sí podríamos hacer es empezar por una fase de prueba, con objetivos claros y medibles.',
          'Como primer paso, podría encargarme de una fase de prueba y, al terminarla, veríamos cómo seguir.'],
        ['Podríamos empezar por {{offer}} y fijar objetivos medibles para evaluar el avance.',
          'Una opción es empezar por {{offer}} y, a partir de ahí, decidir el siguiente paso.',
          'Podríamos empezar por una fase de prueba, con objetivos medibles para evaluar el avance.',
          'Una opción es que me encargue de una fase de prueba y, al terminarla, veamos cuál es el siguiente paso.'],
        ['Puedo empezar por {{offer}} y fijar objetivos medibles.', 'Lo que sí puedo hacer es empezar por {{offer}} y valorar juntos los resultados antes de ampliar el trabajo.',
          'Puedo encargarme de una fase de prueba con objetivos medibles.'],
      ),
      'what-i-can-do': tones(
        ['Eso sí, con mucho gusto [te|le|les|os] ofrezco {{offer}} para ver qué resultados son realistas y cómo podemos acercarnos a ellos.',
          'Lo que sí puedo ofrecer[te|le|les|os] es un plan con objetivos alcanzables y plazos claros.',
          'Lo que sí está en mi mano es trabajar con objetivos medibles y mostrar[te|le|les|os] con datos cómo evolucionan.'],
        ['Lo que sí puedo hacer es {{offer}}.',
          'Lo que sí puedo ofrecer[te|le|les|os] es un plan con objetivos que podamos medir.', 'En cambio, sí puedo comprometerme con objetivos claros y medibles.'],
        ['Puedo ofrecer[te|le|les|os] {{offer}}.', 'Sí puedo ofrecer[te|le|les|os] {{offer}}.',
          'Sí me comprometo a trabajar con objetivos claros y medibles.'],
      ),
    },
    nextStep: tones(
      ['Si [te|le|les|os] parece bien, [avísame|avíseme|avísenme|avisadme] y concretamos los detalles.'],
      ['[Dime|Dígame|Díganme|Decidme] si [te|le|les|os] interesa y lo concretamos.'],
      ['Si [te|le|les|os] interesa, [te|le|les|os] envío una propuesta por escrito.', '[Confírmame|Confírmeme|Confírmenme|Confirmadme] si [quieres|quiere|quieren|queréis] seguir por esta vía.'],
    ),
    door: tones(
      ['Si en algún momento [replanteas|replantea|replantean|replanteáis] los objetivos, me encantará volver a hablarlo.',
        'Si más adelante [cambias|cambia|cambian|cambiáis] de enfoque, me encantará retomar la conversación.'],
      ['Si [decides|decide|deciden|decidís] replantear los objetivos, [escríbeme|escríbame|escríbanme|escribidme] y lo vemos.',
        'Si más adelante [replanteas|replantea|replantean|replanteáis] los objetivos, lo hablamos con gusto.'],
      ['Si los objetivos cambian, [puedes|puede|pueden|podéis] escribirme.', 'Si [replanteas|replantea|replantean|replanteáis] los objetivos, lo estudiaré de nuevo.'],
    ),
  },

  // A new enquiry; I can do part of it, not all. {{declined}} may be plural ("los informes
  // semanales"): no verb or pronoun after it agrees with it.
  'partial-yes': {
    signOff: prospectSignOff,
    opening: tones(
      ['Gracias por explicarme con detalle el proyecto.',
        '[Te|Le|Les|Os] agradezco que [hayas|haya|hayan|hayáis] pensado en mí para este proyecto.'],
      ['Gracias por enviarme la descripción del proyecto.', 'Gracias por detallarme lo que [tienes|tiene|tienen|tenéis] en mente.'],
      ['<v:He revisado|Revisé> [tu|su|su|vuestra] solicitud con atención.', 'Gracias por contarme lo que [tienes|tiene|tienen|tenéis] en mente.',
        '<n:declined><n:offer>Gracias por [tu|su|su|vuestra] solicitud.'],
    ),
    empathy: ['Prefiero dejar claro desde el principio qué puedo hacer y qué no.', '<n:declined>Me encantaría ayudar[te|le|les|os] en lo que esté <v:en mi mano|a mi alcance>.'],
    decision: tones(
      ['No voy a poder hacerme cargo de {{declined}}.', 'No puedo asumir {{declined}}.',
        'No voy a poder hacerme cargo de todo lo que [necesitas|necesita|necesitan|necesitáis].', 'No puedo asumir el proyecto completo.'],
      ['No puedo hacerme cargo de {{declined}}.', 'No me es posible asumir {{declined}}.',
        'No puedo hacerme cargo de todas las tareas que [propones|propone|proponen|proponéis].', 'No me es posible asumir el proyecto completo.'],
      ['No puedo asumir {{declined}}.', 'No voy a hacerme cargo de {{declined}}.',
        'No puedo asumir el proyecto completo.', 'No voy a hacerme cargo de todas las tareas.'],
    ),
    explained: tones(
      ['No voy a poder hacerme cargo de {{declined}}, porque es un tipo de trabajo que no ofrezco.',
        'No puedo asumir {{declined}}: ese tipo de trabajo no forma parte de los servicios que ofrezco.',
        'No voy a poder hacerme cargo de todo lo que [necesitas|necesita|necesitan|necesitáis], porque parte del trabajo queda fuera de los servicios que ofrezco.',
        'No puedo asumir el proyecto completo, ya que algunas de las tareas no forman parte de lo que hago.'],
      ['No puedo hacerme cargo de {{declined}}, ya que ese tipo de trabajo no figura entre los servicios que ofrezco.',
        'No me es posible asumir {{declined}}, porque no ofrezco ese tipo de trabajo.',
        'No puedo hacerme cargo de todas las tareas que [propones|propone|proponen|proponéis], ya que algunas no forman parte de mis servicios.',
        'No me es posible asumir el proyecto completo, porque parte del trabajo queda fuera de los servicios que ofrezco.'],
      ['No voy a hacerme cargo de {{declined}}, porque no ofrezco ese tipo de trabajo.',
        'No puedo asumir el proyecto completo. Parte de las tareas quedan fuera de mis servicios.',
        'No voy a hacerme cargo de todas las tareas, porque algunas no forman parte de mis servicios.'],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ['Eso sí, con mucho gusto me ocupo de {{offer}}.', 'Sí puedo ocuparme, con mucho gusto, de {{offer}}.',
          'Del resto del proyecto me ocupo con mucho gusto.', '<n:declined>Lo que sí puedo hacer, y con mucho gusto, es ocuparme de {{offer}}.',
          '<n:declined><n:offer>Si [quieres|quiere|quieren|queréis], repaso [contigo|con usted|con ustedes|con vosotros] lo que me [pides|pide|piden|pedís] y [te|le|les|os] confirmo de qué partes puedo encargarme.'],
        ['En cambio, sí puedo ocuparme de {{offer}}.',
          'Sí puedo ocuparme del resto del proyecto.',
          '<n:declined><n:offer>Puedo repasar [contigo|con usted|con ustedes|con vosotros] lo que me [pides|pide|piden|pedís] y confirmar[te|le|les|os] de qué partes puedo encargarme.'],
        ['Puedo ocuparme de {{offer}}.', 'Sí puedo hacer {{offer}}.', 'Puedo ocuparme del resto del proyecto.', '<n:declined>Solo puedo ocuparme de {{offer}}.',
          '<n:declined><n:offer>Puedo repasar [contigo|con usted|con ustedes|con vosotros] lo que me [pides|pide|piden|pedís] y confirmar[te|le|les|os] de qué partes me encargo.'],
      ),
    },
    nextStep: tones(
      ['Si [te|le|les|os] parece bien, [te|le|les|os] preparo <v:un presupuesto|una cotización>.',
        '[Dime|Dígame|Díganme|Decidme] si [te|le|les|os] interesa y [te|le|les|os] envío <v:un presupuesto|una cotización>.',
        '<n:declined><n:offer>[Dime|Dígame|Díganme|Decidme] cuándo [te|le|les|os] <v:viene bien|conviene>.'],
      ['Si [te|le|les|os] interesa, [te|le|les|os] preparo <v:un presupuesto|una cotización>.', '[Dime|Dígame|Díganme|Decidme] si [quieres|quiere|quieren|queréis] seguir adelante y [te|le|les|os] envío <v:un presupuesto|una cotización>.',
        '<n:declined><n:offer>[Dime|Dígame|Díganme|Decidme] cuándo [te|le|les|os] <v:viene bien|conviene>.'],
      ['Si [quieres|quiere|quieren|queréis], [te|le|les|os] envío <v:un presupuesto|una cotización>.',
        'Si [te|le|les|os] interesa, [te|le|les|os] preparo <v:un presupuesto|una cotización>.', '<n:declined><n:offer>[Dime|Dígame|Díganme|Decidme] cuándo [te|le|les|os] <v:viene bien|conviene>.'],
    ),
  },

  // Not a no yet: they want a decision on the spot; I'll answer in writing.
  'buy-time': {
    signOff: prospectSignOff,
    opening: tones(
      ['Gracias por explicarme el proyecto y por [tu|su|su|vuestro] interés en que sea yo quien lo lleve a cabo.',
        '[Te|Le|Les|Os] agradezco el interés y que me [hayas|haya|hayan|hayáis] explicado el proyecto.'],
      ['Gracias por [tu|su|su|vuestro] interés en trabajar conmigo en este proyecto.', 'Gracias por explicarme en qué consiste el proyecto y por pensar en mí.'],
      ['Gracias por enviarme los detalles del proyecto.', 'Gracias por [tu|su|su|vuestra] propuesta.'],
    ),
    empathy: ['Entiendo que [quieras|quiera|quieran|queráis] cerrarlo pronto y saber a qué [atenerte|atenerse|atenerse|ateneros].',
      'Comprendo que [quieras|quiera|quieran|queráis] saber cuanto antes si puedo asumirlo.'],
    decision: tones(
      ['Antes de comprometerme, necesito estudiar la propuesta con calma.',
        'Prefiero no decidir <v:sobre la marcha|de inmediato>.'],
      ['Necesito estudiar la propuesta con calma antes de decidir.', 'Prefiero no tomar una decisión <v:sobre la marcha|de inmediato>.'],
      ['No voy a decidir <v:sobre la marcha|de inmediato>.', 'Necesito estudiarlo todo antes de responder.'],
    ),
    explained: tones(
      ['Antes de comprometerme, quiero estudiar la propuesta con calma, porque prefiero no aceptar nada sin tener claro que puedo cumplirlo.',
        'Prefiero no decidir <v:sobre la marcha|de inmediato>, porque quiero estudiar bien la propuesta y asegurarme de que puedo cumplir lo que acordemos.'],
      ['Prefiero no tomar una decisión <v:sobre la marcha|de inmediato>, porque quiero estudiar bien los detalles antes de comprometerme.'],
      ['No voy a decidir <v:sobre la marcha|de inmediato>: antes quiero revisar con calma el alcance, los plazos y las condiciones, para dar[te|le|les|os] una respuesta seria.'],
    ),
    alternatives: {
      'reply-by': tones(
        ['[Te|Le|Les|Os] daré una respuesta en firme para {{date}}.',
          '[Tendrás|Tendrá|Tendrán|Tendréis] mi respuesta por escrito para {{date}}.',
          '[Te|Le|Les|Os] daré una respuesta en firme, por escrito, en cuanto lo haya <v:valorado|revisado> todo.',
          '[Te|Le|Les|Os] enviaré mi respuesta por escrito en cuanto termine <v:mi valoración|mi revisión>.'],
        ['[Te|Le|Les|Os] daré mi respuesta por escrito para {{date}}.', '[Tendrás|Tendrá|Tendrán|Tendréis] mi respuesta por escrito para {{date}}.',
          '[Te|Le|Les|Os] daré mi respuesta por escrito en cuanto lo haya <v:valorado|revisado> todo con calma.', '[Te|Le|Les|Os] responderé por escrito en cuanto termine <v:mi valoración|mi revisión>.'],
        ['Para {{date}} [tendrás|tendrá|tendrán|tendréis] mi respuesta por escrito.',
          '[Te|Le|Les|Os] responderé por escrito cuando termine <v:mi valoración|mi revisión>.'],
      ),
    },
    nextStep: tones(
      ['Si mientras tanto [quieres|quiere|quieren|queréis] añadir algún dato, [escríbeme|escríbame|escríbanme|escribidme] con toda confianza.',
        'Mientras tanto, si [te|le|les|os] surge alguna duda o [quieres|quiere|quieren|queréis] añadir algo, [escríbeme|escríbame|escríbanme|escribidme] con toda confianza.'],
      ['Si mientras tanto [quieres|quiere|quieren|queréis] aclarar algo o añadir algún dato, [escríbeme|escríbame|escríbanme|escribidme].',
        'Mientras tanto, cualquier otro dato que [quieras|quiera|quieran|queráis] añadir me será de ayuda.'],
      ['Si hay algún otro dato que deba tener en cuenta, [te|le|les|os] agradeceré que me lo [envíes|envíe|envíen|enviéis].',
        'Mientras tanto, [puedes|puede|pueden|podéis] escribirme si [quieres|quiere|quieren|queréis] aclarar algo.'],
    ),
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
