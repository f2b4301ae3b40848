// Spanish parts for reasons about boundaries and the relationship itself.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';
import { forTone } from '../library';
import { openDoor } from './common';

export const boundaryReasons: Partial<Record<ReasonId, ReasonDrafts>> = {
  'already-helped': {
    thanks: ['Gracias por [tu|su|su] nuevo mensaje.', 'Gracias por ponerme al día.'],
    empathy: ['Entiendo lo frustrante que es que reaparezca el mismo problema.', 'Sé lo cansado que es enfrentarse otra vez al mismo problema.'],
    decision: tones(
      ['Lamentablemente, no puedo seguir [ayudándote|ayudándole|ayudándoles] con esto sin cobrar.', 'Me temo que no puedo ocuparme de esto de nuevo sin cargo adicional.'],
      ['No puedo seguir [ayudándote|ayudándole|ayudándoles] con esto sin cobrar.', 'No me es posible ocuparme de esto de nuevo sin cargo adicional.'],
      ['No puedo volver a ocuparme de esto sin cargo adicional.', 'No voy a ocuparme de esto otra vez sin cobrarlo.'],
    ),
    reason: tones(
      ['Ya trabajamos este tema en su momento, y los pasos que acordamos siguen siendo válidos.'],
      ['Ya tratamos este tema en nuestro trabajo anterior.'],
      ['Este tema ya quedó cubierto en su momento.'],
    ),
    alternatives: {
      'paid-extra': tones(
        ['Si [quieres|quiere|quieren] más ayuda, con gusto reservamos una sesión de pago, a {{rate}}.', 'Si [quieres|quiere|quieren] más ayuda, con gusto reservamos una nueva sesión de pago.'],
        ['Puedo ofrecer[te|le|les] una nueva sesión de pago, a {{rate}}.', 'Si [necesitas|necesita|necesitan] más ayuda, puedo ofrecer[te|le|les] una nueva sesión de pago.'],
        ['Como alternativa, ofrezco sesiones de pago, a {{rate}}.', 'Como alternativa, ofrezco sesiones de pago.'],
      ),
    },
  },
  'third-party-request': {
    thanks: ['Gracias por pensar en mí para ayudar a alguien de [tu|su|su] entorno.', 'Gracias por recomendar mi trabajo.'],
    empathy: ['Se nota que [quieres|quiere|quieren] echarle una mano.', 'Se nota que es alguien importante para [ti|usted|ustedes].'],
    decision: tones(
      ['Lamentablemente, no puedo aceptar encargos a través de terceros.', 'Me temo que no puedo aceptar encargos a través de otra persona.'],
      ['No puedo aceptar encargos en nombre de terceros.', 'No me es posible aceptar encargos a través de terceros.'],
      ['No acepto encargos en nombre de terceros.', 'No puedo aceptar encargos a través de terceros.'],
    ),
    reason: tones(
      ['Me gusta hablar directamente con quien va a recibir la ayuda, para entender bien cada caso.'],
      ['Siempre trato directamente con quien va a recibir el servicio.'],
      ['Trato directamente con cada cliente.'],
    ),
    // "La persona interesada puede… Puede escribirme…" would read as the same person twice, and
    // "En cualquier caso" would echo the reason's "cada caso".
    openDoor: tones(
      ['[De todos modos, me encantaría colaborar contigo.|De todos modos, me encantaría colaborar con usted.|De todos modos, me encantaría colaborar con ustedes.]',
        ...forTone(openDoor.new, 'warm').slice(1)],
      forTone(openDoor.new, 'neutral'),
      ['Por mi parte, quedo a [tu|su|su] disposición para futuros proyectos.', ...forTone(openDoor.new, 'firm').slice(1)],
    ),
  },
  'after-hours': {
    thanks: ['Gracias por [tu|su|su] mensaje.', 'Gracias por escribirme.'],
    empathy: ['Sé que los imprevistos surgen a cualquier hora.', 'Entiendo que para [ti|usted|ustedes] es urgente.'],
    decision: tones(
      ['Lamentablemente, no puedo atender llamadas ni trabajar por la noche ni los fines de semana.', 'Me temo que no puedo atender peticiones fuera de mi jornada laboral.'],
      ['No estoy disponible fuera de mi jornada laboral.', 'No puedo atender llamadas ni encargos fuera de mi jornada.'],
      ['No trabajo fuera de mi jornada laboral.', 'No acepto llamadas ni encargos fuera de mi jornada.'],
    ),
    reason: tones(
      ['Mi horario es {{policy}}, y respetarlo me permite dar a cada cliente toda mi atención.',
        'Respetar mis horas de descanso es lo que me permite dar a cada cliente toda mi atención.'],
      ['Mi horario es {{policy}}, y atiendo las peticiones por correo.',
        'Atiendo las peticiones por escrito y dentro de mi horario, para que todo quede claro y registrado.'],
      ['Mi horario es {{policy}}, y atiendo las peticiones por correo.', 'Atiendo las peticiones por correo y dentro de mi horario.'],
    ),
  },
  'disrespect-or-ethics': {
    thanks: ['Gracias por [tu|su|su] mensaje.', 'Gracias por escribirme.'],
    empathy: ['Entiendo que este asunto es muy importante para [ti|usted|ustedes].'],
    decision: tones(
      ['Me temo que no puedo continuar en estas condiciones.', 'Lamentablemente, no puedo seguir adelante con esto.'],
      ['No puedo seguir adelante con esto.', 'No me es posible continuar en estas condiciones.'],
      ['No voy a seguir adelante con esto.', 'No puedo continuar en estas condiciones.'],
    ),
    reason: tones(
      ['Mi trabajo se basa en la ética y el respeto mutuo, y son dos principios a los que no renuncio.'],
      ['Va en contra de los principios con los que trabajo.'],
      ['Va en contra de los principios con los que trabajo.', 'Es contrario a mi forma de trabajar.'],
    ),
  },
  'not-a-fit': {
    thanks: ['Gracias por contar conmigo.', 'Gracias por pensar en mí.'],
    empathy: ['Sé que no es la respuesta que [esperabas|esperaba|esperaban].', 'Valoro el tiempo que [has|ha|han] dedicado a esto.'],
    decision: tones(
      ['Después de pensarlo con calma, he decidido no seguir adelante.', 'Me temo que no voy a poder seguir con este proyecto.'],
      ['He decidido no seguir adelante.', 'No voy a poder continuar con este encargo.'],
      ['He decidido no seguir adelante.', 'No voy a continuar con este trabajo.'],
    ),
    reason: tones(
      ['[Tus|Sus|Sus] necesidades y mi forma de trabajar no terminan de encajar, y [mereces|merece|merecen] a alguien que se ajuste de verdad a lo que [buscas|busca|buscan].'],
      ['[Tus|Sus|Sus] necesidades y mi forma de trabajar no encajan bien.'],
      ['[Tus|Sus|Sus] necesidades y mis servicios no encajan.'],
    ),
    // Right after "we don't fit", a warm "let's work together another time" would contradict it.
    openDoor: tones(
      ['[Si en el futuro surge algo más acorde con mi perfil, será un placer que me escribas.|Si en el futuro surge algo más acorde con mi perfil, será un placer hablarlo.|Si en el futuro surge algo más acorde con mi perfil, será un placer hablarlo.]'],
      forTone(openDoor.new, 'neutral'),
      forTone(openDoor.new, 'firm'),
    ),
  },
};
