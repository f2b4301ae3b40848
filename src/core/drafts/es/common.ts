// Spanish parts shared by every reason. [tú|usted|ustedes]: plural is always ustedes, as in
// professional mail on both sides of the Atlantic.
import type { LanguageDrafts } from '../library';
import { tones } from '../by-tone';

const greetings = (plural: string): string[] => [
  `[Hola, {{clientFirstName}}:|Hola, {{clientFirstName}}:|${plural}]`,
  '[|Estimad<c:o|a> {{clientFirstName}}:|]',
  '[|Buenos días, {{clientFirstName}}:|]',
  `[Hola:|Buenos días:|${plural}]`,
  `[Hola:|Hola:|${plural}]`,
];

export const greeting: LanguageDrafts['greeting'] = tones(
  greetings('Hola a todos:'), greetings('Hola a todos:'), greetings('Buenos días a todos:'),
);

export const closing: LanguageDrafts['closing'] = tones(
  ['[Un abrazo,|Un cordial saludo,|Un cordial saludo,]', 'Un saludo muy cordial,'],
  ['Un saludo,', 'Saludos cordiales,'],
  ['[Un saludo,|Atentamente,|Atentamente,]', 'Saludos,'],
);

export const openDoor: LanguageDrafts['openDoor'] = {
  new: tones(
    ['[Me encantaría colaborar contigo en un proyecto futuro.|Me encantaría colaborar con usted en un proyecto futuro.|Me encantaría colaborar con ustedes en un proyecto futuro.]',
      '[Cuenta conmigo para próximos proyectos: será un placer saber de ti.|Cuente conmigo para próximos proyectos: será un placer saber de usted.|Cuenten conmigo para próximos proyectos: será un placer saber de ustedes.]'],
    ['[No dudes en escribirme para futuros proyectos.|No dude en escribirme para futuros proyectos.|No duden en escribirme para futuros proyectos.]',
      '[Quedo a tu disposición para futuros proyectos.|Quedo a su disposición para futuros proyectos.|Quedo a su disposición para futuros proyectos.]'],
    ['[Puedes contactarme para futuros proyectos.|Puede contactarme para futuros proyectos.|Pueden contactarme para futuros proyectos.]',
      'Sigo disponible para futuros proyectos en mis condiciones habituales.'],
  ),
  ongoing: tones(
    ['[Valoro mucho nuestra colaboración y me alegra poder seguir trabajando contigo.|Valoro mucho nuestra colaboración y me alegra poder seguir trabajando con usted.|Valoro mucho nuestra colaboración y me alegra poder seguir trabajando con ustedes.]',
      'Disfruto mucho de nuestra colaboración y será un placer continuarla.'],
    ['Será un placer seguir colaborando.', 'Seguimos en contacto para continuar con el trabajo.'],
    ['Seguimos adelante con el trabajo en los términos acordados.', 'Sigo disponible para el trabajo acordado.'],
  ),
};

export const alternatives: LanguageDrafts['alternatives'] = {
  'later-date': tones(
    ['[Si tus plazos son flexibles, con mucho gusto me encargaría del proyecto a partir de {{date}}.|Si sus plazos son flexibles, con mucho gusto me encargaría del proyecto a partir de {{date}}.|Si sus plazos son flexibles, con mucho gusto me encargaría del proyecto a partir de {{date}}.]',
      '[Si te viene bien, podría empezar a partir de {{date}}.|Si le viene bien, podría empezar a partir de {{date}}.|Si les viene bien, podría empezar a partir de {{date}}.]',
      '[Si tus plazos tienen margen, con gusto buscamos una fecha de inicio posterior que nos convenga a ambas partes.|Si sus plazos tienen margen, con gusto buscamos una fecha de inicio posterior que convenga a ambas partes.|Si sus plazos tienen margen, con gusto buscamos una fecha de inicio posterior que convenga a ambas partes.]'],
    ['Mi próxima fecha disponible para empezar es {{date}}.',
      '[Podría empezar a partir de {{date}}, si te conviene.|Podría empezar a partir de {{date}}, si le conviene.|Podría empezar a partir de {{date}}, si les conviene.]',
      '[Podría ofrecerte una fecha de inicio posterior, si tus plazos lo permiten.|Podría ofrecerle una fecha de inicio posterior, si sus plazos lo permiten.|Podría ofrecerles una fecha de inicio posterior, si sus plazos lo permiten.]'],
    ['Mi próxima fecha disponible para empezar es {{date}}.',
      '[Puedo ofrecerte una fecha de inicio posterior.|Puedo ofrecerle una fecha de inicio posterior.|Puedo ofrecerles una fecha de inicio posterior.]'],
  ),
  referral: tones(
    ['[Te recomiendo sin dudarlo a {{referralName}} ({{referralContact}}), que hace un trabajo excelente en este campo.|Le recomiendo sin dudarlo a {{referralName}} ({{referralContact}}), que hace un trabajo excelente en este campo.|Les recomiendo sin dudarlo a {{referralName}} ({{referralContact}}), que hace un trabajo excelente en este campo.]',
      '[Te recomiendo sin dudarlo a {{referralName}}, que hace un trabajo excelente en este campo.|Le recomiendo sin dudarlo a {{referralName}}, que hace un trabajo excelente en este campo.|Les recomiendo sin dudarlo a {{referralName}}, que hace un trabajo excelente en este campo.]',
      '[En {{referralContact}} puedes contactar con una persona de mi confianza especializada en este tema.|En {{referralContact}} puede contactar con una persona de mi confianza especializada en este tema.|En {{referralContact}} pueden contactar con una persona de mi confianza especializada en este tema.]',
      '[Con gusto te recomiendo a una persona de confianza especializada en este tema.|Con gusto le recomiendo a una persona de confianza especializada en este tema.|Con gusto les recomiendo a una persona de confianza especializada en este tema.]'],
    ['[Te recomiendo a {{referralName}} ({{referralContact}}), especialista en este campo.|Le recomiendo a {{referralName}} ({{referralContact}}), especialista en este campo.|Les recomiendo a {{referralName}} ({{referralContact}}), especialista en este campo.]',
      '[Te recomiendo a {{referralName}}, especialista en este campo.|Le recomiendo a {{referralName}}, especialista en este campo.|Les recomiendo a {{referralName}}, especialista en este campo.]',
      '[En {{referralContact}} puedes contactar con una persona especialista en este campo.|En {{referralContact}} puede contactar con una persona especialista en este campo.|En {{referralContact}} pueden contactar con una persona especialista en este campo.]',
      '[Puedo recomendarte a una persona especialista en este campo.|Puedo recomendarle a una persona especialista en este campo.|Puedo recomendarles a una persona especialista en este campo.]'],
    ['[Te recomiendo contactar con {{referralName}} ({{referralContact}}).|Le recomiendo contactar con {{referralName}} ({{referralContact}}).|Les recomiendo contactar con {{referralName}} ({{referralContact}}).]',
      '[Te recomiendo contactar con {{referralName}}.|Le recomiendo contactar con {{referralName}}.|Les recomiendo contactar con {{referralName}}.]',
      '[En {{referralContact}} puedes contactar con una persona especialista en este campo.|En {{referralContact}} puede contactar con una persona especialista en este campo.|En {{referralContact}} pueden contactar con una persona especialista en este campo.]',
      '[Puedo remitirte a una persona especialista en este campo.|Puedo remitirle a una persona especialista en este campo.|Puedo remitirles a una persona especialista en este campo.]'],
  ),
  'smaller-scope': tones(
    ['Sí podría encargarme de {{offer}}, si [te|le|les] sirve de ayuda.',
      '[Con gusto te propongo un alcance más reducido que sí encaje, si te sirve.|Con gusto le propongo un alcance más reducido que sí encaje, si le sirve.|Con gusto les propongo un alcance más reducido que sí encaje, si les sirve.]'],
    ['En cambio, sí puedo ofrecer[te|le|les] {{offer}}.',
      'Podría encargarme de un alcance más reducido que sí encaje.'],
    ['Sí puedo encargarme de {{offer}}.',
      '[Puedo ofrecerte un alcance reducido.|Puedo ofrecerle un alcance reducido.|Puedo ofrecerles un alcance reducido.]'],
  ),
  'separate-quote': tones(
    ['[Con gusto te lo presupuesto aparte: mi tarifa para este tipo de trabajo es {{rate}}.|Con gusto se lo presupuesto aparte: mi tarifa para este tipo de trabajo es {{rate}}.|Con gusto se lo presupuesto aparte: mi tarifa para este tipo de trabajo es {{rate}}.]',
      '[Con gusto te preparo un presupuesto aparte.|Con gusto le preparo un presupuesto aparte.|Con gusto les preparo un presupuesto aparte.]'],
    ['[Puedo presupuestártelo aparte; mi tarifa para esto es {{rate}}.|Puedo presupuestárselo aparte; mi tarifa para esto es {{rate}}.|Puedo presupuestárselo aparte; mi tarifa para esto es {{rate}}.]',
      '[Puedo enviarte un presupuesto aparte.|Puedo enviarle un presupuesto aparte.|Puedo enviarles un presupuesto aparte.]'],
    ['Puede presupuestarse aparte a {{rate}}.', 'Puede presupuestarse aparte.'],
  ),
  'free-resources': tones(
    ['[Mientras tanto, con gusto te indico algunos recursos gratuitos que tratan muy bien este tema.|Mientras tanto, con gusto le indico algunos recursos gratuitos que tratan muy bien este tema.|Mientras tanto, con gusto les indico algunos recursos gratuitos que tratan muy bien este tema.]'],
    ['[Puedo indicarte algunos recursos gratuitos sobre este tema.|Puedo indicarle algunos recursos gratuitos sobre este tema.|Puedo indicarles algunos recursos gratuitos sobre este tema.]'],
    ['[Puedo remitirte a recursos gratuitos sobre este tema.|Puedo remitirle a recursos gratuitos sobre este tema.|Puedo remitirles a recursos gratuitos sobre este tema.]'],
  ),
  'payment-first': tones(
    ['Me pondré manos a la obra con mucho gusto en cuanto el pago esté resuelto.', 'En cuanto el pago esté resuelto, seguiré adelante con mucho gusto.'],
    ['Puedo seguir adelante en cuanto el pago esté resuelto.', 'El trabajo podrá avanzar en cuanto se haya realizado el pago.'],
    ['El trabajo comenzará una vez recibido el pago.', 'Empezaré en cuanto reciba el pago.'],
  ),
  'written-agreement': tones(
    ['Si algo no queda claro, con gusto repasamos {{agreement}}.', 'Si algo no queda claro, con gusto repasamos lo que acordamos por escrito.'],
    ['Si algo no queda claro, podemos revisar {{agreement}}.', 'Si algo no queda claro, podemos revisar lo acordado por escrito.'],
    ['Cualquier cambio sobre {{agreement}} debe acordarse por escrito.', 'Cualquier cambio a partir de ahora requiere un nuevo acuerdo por escrito.'],
  ),
  'paid-extra': tones(
    ['Con gusto me encargo de más trabajo como extra de pago, a {{rate}}.', 'Con gusto me encargo de más trabajo como extra de pago.'],
    ['El trabajo adicional se factura a {{rate}}.', 'El trabajo adicional puede facturarse como extra.'],
    ['El trabajo adicional se factura a {{rate}}.', 'El trabajo adicional se factura aparte.'],
  ),
  'what-i-can-do': tones(
    ['Sí puedo encargarme de {{offer}}.',
      '[Con gusto te propongo algo de lo que sí puedo encargarme.|Con gusto le propongo algo de lo que sí puedo encargarme.|Con gusto les propongo algo de lo que sí puedo encargarme.]'],
    ['En cambio, sí puedo ofrecer[te|le|les] {{offer}}.',
      '[Puedo proponerte una alternativa de la que sí puedo encargarme.|Puedo proponerle una alternativa de la que sí puedo encargarme.|Puedo proponerles una alternativa de la que sí puedo encargarme.]'],
    ['Sí puedo encargarme de {{offer}}.',
      '[Puedo proponerte una alternativa dentro de mis condiciones.|Puedo proponerle una alternativa dentro de mis condiciones.|Puedo proponerles una alternativa dentro de mis condiciones.]'],
  ),
  'direct-contact': tones(
    ['Si la persona interesada quiere trabajar conmigo, puede escribirme directamente cuando quiera.'],
    ['La persona interesada puede escribirme directamente.'],
    ['La persona interesada puede contactarme directamente.'],
  ),
  'working-hours': tones(
    ['Estoy disponible {{policy}}, y con gusto me ocuparé de esto entonces, por correo.', 'Con gusto me ocuparé de esto dentro de mi horario de trabajo, por correo.'],
    ['Estoy disponible {{policy}} y responderé por correo dentro de ese horario.', 'Responderé por correo dentro de mi horario de trabajo.'],
    ['Estoy disponible {{policy}}, por correo.', 'Responderé por correo dentro de mi horario de trabajo.'],
  ),
  'reply-by': tones(
    ['[Te responderé por escrito antes de {{date}}.|Le responderé por escrito antes de {{date}}.|Les responderé por escrito antes de {{date}}.]',
      '[Te responderé por escrito en cuanto lo haya estudiado con calma.|Le responderé por escrito en cuanto lo haya estudiado con calma.|Les responderé por escrito en cuanto lo haya estudiado con calma.]'],
    ['[Te daré una respuesta por escrito antes de {{date}}.|Le daré una respuesta por escrito antes de {{date}}.|Les daré una respuesta por escrito antes de {{date}}.]',
      '[Te responderé por escrito en cuanto lo haya revisado.|Le responderé por escrito en cuanto lo haya revisado.|Les responderé por escrito en cuanto lo haya revisado.]'],
    ['[Te daré una respuesta por escrito antes de {{date}}.|Le daré una respuesta por escrito antes de {{date}}.|Les daré una respuesta por escrito antes de {{date}}.]',
      '[Te responderé por escrito en cuanto lo haya revisado.|Le responderé por escrito en cuanto lo haya revisado.|Les responderé por escrito en cuanto lo haya revisado.]'],
  ),
};
