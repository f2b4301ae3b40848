// Spanish parts shared by every reason. [tú|usted|ustedes]: plural is always ustedes, as in
// professional mail on both sides of the Atlantic. A group is greeted "a todos", the plural
// greeting DESIGN.md names and the one Spanish business mail uses for mixed groups.
import type { LanguageDrafts } from '../library';
import { tones } from '../by-tone';

const greetings = (plural: string): string[] => [
  `[Hola, {{clientFirstName}}:|Hola, {{clientFirstName}}:|${plural}]`,
  '[|Estimad<c:o|a> {{clientFirstName}}:|]',
  '[|Buenos días, {{clientFirstName}}:|]',
  `[Hola:|Buenos días:|${plural}]`,
  `[Hola:|Hola:|${plural}]`,
];

export const greeting: LanguageDrafts['greeting'] = tones(greetings('Hola a todos:'), greetings('Hola a todos:'), greetings('Buenos días a todos:'));

export const closing: LanguageDrafts['closing'] = tones(
  ['[Un abrazo,|Un cordial saludo,|Un cordial saludo,]', '[Un saludo afectuoso,|Un saludo muy cordial,|Un saludo muy cordial,]'],
  ['[Un saludo,|Saludos cordiales,|Saludos cordiales,]'],
  ['[Un saludo,|Atentamente,|Atentamente,]', 'Saludos,'],
);

export const openDoor: LanguageDrafts['openDoor'] = {
  new: tones(
    ['[En cualquier caso, me encantaría colaborar contigo.|En cualquier caso, me encantaría colaborar con usted.|En cualquier caso, me encantaría colaborar con ustedes.]',
      '[Cuenta conmigo para próximos proyectos: será un placer saber de ti.|Cuente conmigo para próximos proyectos: será un placer saber de usted.|Cuenten conmigo para próximos proyectos: será un placer saber de ustedes.]'],
    ['[No dudes en escribirme para futuros proyectos.|No dude en escribirme para futuros proyectos.|No duden en escribirme para futuros proyectos.]',
      '[Quedo a tu disposición para futuros proyectos.|Quedo a su disposición para futuros proyectos.|Quedo a su disposición para futuros proyectos.]'],
    ['[Puedes escribirme para futuros proyectos.|Puede escribirme para futuros proyectos.|Pueden escribirme para futuros proyectos.]',
      'Sigo disponible para futuros proyectos con mis condiciones habituales.'],
  ),
  ongoing: tones(
    ['Valoro mucho nuestra colaboración y espero que continúe por mucho tiempo.',
      '[Da gusto colaborar contigo, y espero que sigamos haciéndolo.|Es un placer colaborar con usted, y espero que sigamos haciéndolo.|Es un placer colaborar con ustedes, y espero que sigamos haciéndolo.]'],
    ['Será un placer seguir colaborando.', 'Seguimos en contacto para lo que tenemos en marcha.'],
    ['[Quedo a tu disposición para el resto del trabajo.|Quedo a su disposición para el resto del trabajo.|Quedo a su disposición para el resto del trabajo.]',
      'Seguimos en contacto para lo que tenemos en marcha.'],
  ),
};

export const alternatives: LanguageDrafts['alternatives'] = {
  'later-date': tones(
    ['Si [tus|sus|sus] plazos lo permiten, con mucho gusto podría empezar a partir de {{date}}.',
      'Si [te|le|les] viene bien, tendría disponibilidad a partir de {{date}}.',
      '[Si tus plazos tienen margen, con gusto buscamos una fecha de inicio posterior que nos convenga a ambas partes.|Si sus plazos tienen margen, con gusto buscamos una fecha de inicio posterior que convenga a ambas partes.|Si sus plazos tienen margen, con gusto buscamos una fecha de inicio posterior que convenga a ambas partes.]'],
    ['Estaré disponible a partir de {{date}}.',
      '[Podría empezar a partir de {{date}}, si te conviene.|Podría empezar a partir de {{date}}, si le conviene.|Podría empezar a partir de {{date}}, si les conviene.]',
      '[Podría ofrecerte una fecha de inicio posterior, si tus plazos lo permiten.|Podría ofrecerle una fecha de inicio posterior, si sus plazos lo permiten.|Podría ofrecerles una fecha de inicio posterior, si sus plazos lo permiten.]'],
    ['Puedo empezar a partir de {{date}}.',
      '[Puedo ofrecerte una fecha de inicio posterior.|Puedo ofrecerle una fecha de inicio posterior.|Puedo ofrecerles una fecha de inicio posterior.]'],
  ),
  referral: tones(
    ['[Te recomiendo sin dudarlo a {{referralName}} ({{referralContact}}), que tiene una gran experiencia en este campo.|Le recomiendo sin dudarlo a {{referralName}} ({{referralContact}}), que tiene una gran experiencia en este campo.|Les recomiendo sin dudarlo a {{referralName}} ({{referralContact}}), que tiene una gran experiencia en este campo.]',
      '[Te recomiendo sin dudarlo a {{referralName}}, que tiene una gran experiencia en este campo.|Le recomiendo sin dudarlo a {{referralName}}, que tiene una gran experiencia en este campo.|Les recomiendo sin dudarlo a {{referralName}}, que tiene una gran experiencia en este campo.]',
      '[Te paso el contacto de una persona de mi confianza especializada en este tema: {{referralContact}}.|Le paso el contacto de una persona de mi confianza especializada en este tema: {{referralContact}}.|Les paso el contacto de una persona de mi confianza especializada en este tema: {{referralContact}}.]',
      '[Si quieres, con gusto te facilito el contacto de una persona experta en este tema que conozco bien.|Si lo desea, con gusto le facilito el contacto de una persona experta en este tema que conozco bien.|Si lo desean, con gusto les facilito el contacto de una persona experta en este tema que conozco bien.]'],
    ['[Te recomiendo a {{referralName}} ({{referralContact}}), especialista en este campo.|Le recomiendo a {{referralName}} ({{referralContact}}), especialista en este campo.|Les recomiendo a {{referralName}} ({{referralContact}}), especialista en este campo.]',
      '[Te recomiendo a {{referralName}}, especialista en este campo.|Le recomiendo a {{referralName}}, especialista en este campo.|Les recomiendo a {{referralName}}, especialista en este campo.]',
      '[Te paso el contacto de una persona especialista en este campo: {{referralContact}}.|Le paso el contacto de una persona especialista en este campo: {{referralContact}}.|Les paso el contacto de una persona especialista en este campo: {{referralContact}}.]',
      'Puedo recomendar[te|le|les] un contacto especializado en este campo.'],
    ['[Te recomiendo que te pongas en contacto con {{referralName}} ({{referralContact}}).|Le recomiendo que se ponga en contacto con {{referralName}} ({{referralContact}}).|Les recomiendo que se pongan en contacto con {{referralName}} ({{referralContact}}).]',
      '[Te recomiendo que te pongas en contacto con {{referralName}}.|Le recomiendo que se ponga en contacto con {{referralName}}.|Les recomiendo que se pongan en contacto con {{referralName}}.]',
      '[Puedes dirigirte a una persona especialista en este campo: {{referralContact}}.|Puede dirigirse a una persona especialista en este campo: {{referralContact}}.|Pueden dirigirse a una persona especialista en este campo: {{referralContact}}.]',
      '[Puedo pasarte el contacto de una persona especialista en este campo.|Puedo pasarle el contacto de una persona especialista en este campo.|Puedo pasarles el contacto de una persona especialista en este campo.]'],
  ),
  'smaller-scope': tones(
    ['Sí podría encargarme de {{offer}}, si [te|le|les] sirve de ayuda.',
      '[Si te sirve, con gusto te propongo una versión más reducida del proyecto.|Si le sirve, con gusto le propongo una versión más reducida del proyecto.|Si les sirve, con gusto les propongo una versión más reducida del proyecto.]'],
    ['En cambio, sí puedo ofrecer[te|le|les] {{offer}}.',
      'Podría encargarme de una versión más reducida del proyecto.'],
    ['Sí puedo encargarme de {{offer}}.',
      'Puedo encargarme de una versión reducida del proyecto.'],
  ),
  'separate-quote': tones(
    ['[Con gusto te lo presupuesto aparte: mi tarifa para estos casos es {{rate}}.|Con gusto se lo presupuesto aparte: mi tarifa para estos casos es {{rate}}.|Con gusto se lo presupuesto aparte: mi tarifa para estos casos es {{rate}}.]',
      '[Con gusto te preparo un presupuesto aparte.|Con gusto le preparo un presupuesto aparte.|Con gusto les preparo un presupuesto aparte.]'],
    ['[Puedo presupuestártelo aparte; mi tarifa para esto es {{rate}}.|Puedo presupuestárselo aparte; mi tarifa para esto es {{rate}}.|Puedo presupuestárselo aparte; mi tarifa para esto es {{rate}}.]',
      '[Puedo prepararte un presupuesto aparte.|Puedo prepararle un presupuesto aparte.|Puedo prepararles un presupuesto aparte.]'],
    ['Al ser un encargo adicional, lo presupuesto aparte, a {{rate}}.', 'Al ser un encargo adicional, requiere un presupuesto aparte.'],
  ),
  'free-resources': tones(
    ['[Con gusto te paso algunos recursos gratuitos que pueden serte útiles.|Con gusto le paso algunos recursos gratuitos que pueden serle útiles.|Con gusto les paso algunos recursos gratuitos que pueden serles útiles.]'],
    ['Puedo recomendar[te|le|les] algunos recursos gratuitos que podrían ser[te|le|les] útiles.'],
    ['[Puedo remitirte a algunos recursos gratuitos sobre la cuestión.|Puedo remitirle a algunos recursos gratuitos sobre la cuestión.|Puedo remitirles a algunos recursos gratuitos sobre la cuestión.]'],
  ),
  'payment-first': tones(
    ['Con mucho gusto me pondré manos a la obra en cuanto el pago esté resuelto.', 'En cuanto el pago esté resuelto, podré empezar con mucho gusto.'],
    ['En cuanto reciba el pago, podré ocuparme del trabajo.', 'Una vez recibido el pago, podré seguir adelante.'],
    ['Comenzaré una vez recibido el pago.', 'Empezaré en cuanto reciba el pago.'],
  ),
  'written-agreement': tones(
    ['Si algún punto no queda claro, con gusto repasamos {{agreement}}.', 'Si algún punto no queda claro, lo repasamos con mucho gusto.'],
    ['Si algún punto no queda claro, podemos revisar {{agreement}}.', 'Si algún punto no queda claro, podemos revisarlo por escrito.'],
    ['Cualquier modificación de {{agreement}} tendrá que pactarse por escrito.', 'Cualquier modificación tendrá que pactarse por escrito.'],
  ),
  'paid-extra': tones(
    ['Con gusto me encargo del trabajo adicional como servicio aparte, a {{rate}}.', 'Con gusto me encargo del trabajo adicional como servicio aparte.'],
    ['El trabajo adicional se factura a {{rate}}.', 'El trabajo adicional puede presupuestarse aparte.'],
    ['El trabajo adicional se factura a {{rate}}.', 'El trabajo adicional se factura aparte.'],
  ),
  'what-i-can-do': tones(
    ['Sí puedo encargarme de {{offer}}.',
      '[Con gusto te propongo una alternativa que sí está a mi alcance.|Con gusto le propongo una alternativa que sí está a mi alcance.|Con gusto les propongo una alternativa que sí está a mi alcance.]'],
    ['En cambio, sí puedo ofrecer[te|le|les] {{offer}}.',
      '[Puedo proponerte una alternativa que sí esté a mi alcance.|Puedo proponerle una alternativa que sí esté a mi alcance.|Puedo proponerles una alternativa que sí esté a mi alcance.]'],
    ['Sí puedo encargarme de {{offer}}.',
      '[Puedo proponerte una alternativa dentro de mis condiciones.|Puedo proponerle una alternativa dentro de mis condiciones.|Puedo proponerles una alternativa dentro de mis condiciones.]'],
  ),
  'direct-contact': tones(
    ['Si la persona interesada desea contar conmigo, puede escribirme cuando lo necesite.',
      '[Si te parece bien, puedes pasarle mi correo para que me escriba.|Si le parece bien, puede pasarle mi correo para que me escriba.|Si les parece bien, pueden pasarle mi correo para que me escriba.]'],
    ['La persona interesada puede ponerse en contacto conmigo cuando lo necesite.'],
    ['La persona interesada puede ponerse en contacto conmigo por correo.'],
  ),
  'working-hours': tones(
    ['Con gusto me ocuparé de esto por correo en mi horario de trabajo ({{policy}}).', 'Con gusto me ocuparé de esto por correo el próximo día hábil.'],
    ['Estoy disponible {{policy}}, y responderé por correo en ese horario.', 'Me ocuparé de ello el próximo día hábil.'],
    ['Mi horario de atención es {{policy}}, por correo.', 'Responderé el próximo día hábil.'],
  ),
  'reply-by': tones(
    ['[Te responderé por escrito antes de {{date}}.|Le responderé por escrito antes de {{date}}.|Les responderé por escrito antes de {{date}}.]',
      '[Te responderé por escrito en cuanto lo tenga claro.|Le responderé por escrito en cuanto lo tenga claro.|Les responderé por escrito en cuanto lo tenga claro.]'],
    ['[Te daré una respuesta por escrito antes de {{date}}.|Le daré una respuesta por escrito antes de {{date}}.|Les daré una respuesta por escrito antes de {{date}}.]',
      '[Te responderé por escrito en cuanto lo haya estudiado.|Le responderé por escrito en cuanto lo haya estudiado.|Les responderé por escrito en cuanto lo haya estudiado.]'],
    ['[Tendrás mi respuesta por escrito antes de {{date}}.|Tendrá mi respuesta por escrito antes de {{date}}.|Tendrán mi respuesta por escrito antes de {{date}}.]',
      '[Tendrás mi respuesta por escrito en cuanto lo haya valorado.|Tendrá mi respuesta por escrito en cuanto lo haya valorado.|Tendrán mi respuesta por escrito en cuanto lo haya valorado.]'],
  ),
};
