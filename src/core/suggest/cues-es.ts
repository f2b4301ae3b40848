import type { CueTable } from './cue-table';

// Spanish phrases clients write; syntax in cue-table.ts (accents are optional when matching).
export const ES_CUES: CueTable = {
  'schedule-full': [
    'disponib*', '2:tienes|tiene|tendrias|tendria hueco', 'hueco', 'empezar|comenzar', '2:cuando puedes|podrias empezar', '2:que empezaras|empieces', 'nuevo proyecto',
    'podrias encargarte', 'agenda', 'tiempo para', 'la semana que viene', 'el mes que viene', 'a partir de',
    '2:contratarte|contratarle', '2:contar contigo|con usted', 'estas libre', 'tienes tiempo',
  ],
  'deadline-too-tight': [
    '2:urgent*', '2:para manana', 'manana', '2:para el viernes|lunes|martes|miercoles|jueves', '2:antes del',
    '2:adelantar', '2:cuanto antes', '2:lo antes posible', 'plazo*', 'fecha de entrega', 'entrega*',
    'en dos|tres dias', '24|48 horas', 'esta misma semana', 'corre prisa', 'prisa', 'mas rapido',
  ],
  'out-of-scope': [
    '2:ya que estas|esta', '2:de paso', '2:aprovechando', 'de regalo', 'un extra', 'extra', 'favorcito',
    'un favor', '2:algo rapido', 'rapidito', '2:no te llevara|costara', 'cinco|dos minutos',
    '2:tambien podrias|puedes|podria', 'anadir', 'de propina', '2:no estaba en', 'incluir tambien', 'sin coste',
    'una cosita', 'un momento',
  ],
  'not-my-specialty': [
    '2:tu especialidad', "2:no es lo tuyo", 'tu campo', 'tu area', 'sabes algo de', '2:ya se que eres',
    '2:aunque eres|seas', '2:tambien haces', 'entiendes de', 'se te da bien', '2:como eres diseñador|informatico|programador', 'eres diseñador|informatico|programador',
    'otra area', '2:eres mas de', '2:ya se que tu eres', 'echar una mano con', 'seo|contabilidad|impuestos|abogado|traduccion|fotografia|video',
  ],
  'budget-too-low': [
    '2:presupuesto', '2:muy caro', 'caro', '2:mas barato', 'barat*', 'precio', 'tarifa', 'rebaja*',
    'descuento', '2:no nos llega', '2:no llegamos', '2:solo tenemos', 'como mucho', 'maximo',
    'ajustar el precio', 'por menos', 'mejor precio', 'negociable', 'se nos va', 'se sale de',
  ],
  'cannot-pay': [
    '2:gratis', '2:gratuit*', '2:sin cobrar', '2:no podemos|puedo pagar', '2:pagar ~ mas adelante',
    '2:te pagare', '2:cuando tengamos|cobremos|consigamos', '2:visibilidad', 'portfolio|portafolio',
    '2:a cambio de', 'intercambio', '2:trueque', 'canje', 'por amistad', '2:aun no ~ pagado', 'retras*',
    '2:factura ~ mes que viene', '2:a plazos', 'fraccionar', 'ong', 'sin animo de lucro', 'solidari*',
    'te debo', '2:fatal|mal de dinero', '2:esperar a cobrar', '2:en cuanto podamos', 'te pagamos', 'aprecio', 'no tenemos dinero', 'inversores', 'financiacion', 'te lo compensamos',
  ],
  'discount-after-delivery': [
    '2:ahora que ~ terminado|hecho|entregado|publicado|acabado', '2:pagar menos', '2:rebajar ~ factura',
    '2:descuento en la factura', 'factura', 'factura final', 'menos horas', '2:te llevo menos|poco',
    'no vale', 'devolucion', 'reembolso', 'descontar', 'la mitad', 'pagar solo', 'descuento',
    'al final', 'te costo poco',
  ],
  'extra-revisions': [
    '2:otra ronda', '2:ronda|rondas de cambios', '2:mas cambios', '2:otra revision', 'revision*',
    'retoque*', '2:otra version', '2:cambiar ~ otra vez', 'ultimo cambio', '2:un cambio mas',
    'unos cambios', 'ajustes', 'modificacion*', 'volver a cambiar', 'cambios', 'todavia no',
    'no acaba de convencer*',
  ],
  'as-agreed-in-writing': [
    '2:como acordamos', '2:lo acordado', 'acordamos', '2:quedamos en', '2:habiamos quedado', '2:dijiste',
    'me dijiste', '2:prometiste', 'entendi que', 'entendimos que', '2:estaba incluido', '2:incluido en el precio|presupuesto',
    'incluia', 'el contrato dice', 'por escrito', 'de palabra', '2:nunca dijimos|acordamos', 'eso no es lo que',
    'lo hablado', 'acordado',
  ],
  'guarantee-demanded': [
    '2:garanti*', '2:garantiz*', 'asegur*', '2:me aseguras|asegura', 'prometer', '2:si no funciona',
    '2:si no hay resultados', '2:si no vendo|vendemos', '2:solo pago si', '2:solo pagamos si', '100%',
    'sin riesgo', 'resultados', 'me devuelves',
  ],
  'unrealistic-expectations': [
    '2:viral', '2:primera pagina de google', '2:primeros en google', '2:numero uno', 'millones',
    '2:duplicar|triplicar', '2:de la noche a la manana', 'en una semana', '2:magia', 'milagro*',
    '2:como amazon|apple|zara|nike|airbnb', 'dispar*', 'explot*', 'todo el mundo', 'arrasar',
    'miles de',
  ],
  'already-helped': [
    '2:mismo problema|error|fallo', '2:otra vez', '2:de nuevo', 'igual que la otra vez', 'la ultima vez',
    '2:ya me ayudaste', '2:ya lo arreglaste', 'vuelve a', 'volvio a', '2:sigue sin funcionar',
    'sigue fallando|igual', 'como antes', 'recordarme', 'lo mismo',
  ],
  'third-party-request': [
    '2:de parte de', '2:en nombre de', '2:mi jefe|jefa|amigo|amiga|socio|socia|cunado|cunada|hermano|hermana|primo|prima|mujer|marido|pareja|cliente|madre|padre|tio|tia',
    '2:un amigo|una amiga', '2:me pide|pidio que', '2:me ha pedido', 'quiere saber', 'le reenvio',
    'un cliente nuestro', 'para el|ella',
  ],
  'after-hours': [
    '2:esta noche', '2:por la noche', '2:fin de semana', 'finde', '2:sabado|domingo', '2:festivo*',
    'vacaciones', 'navidad', 'puente', 'semana santa', 'de madrugada', '2:llamame', 'te llamo',
    '2:una llamada', 'llamada', 'por telefono', 'whatsapp', 'coger el telefono', 'cogeme el telefono',
    'fuera de horario', 'de la noche', 'a las 10|11', 'telefono',
  ],
  'disrespect-or-ethics': [
    '2:ridicul*', '2:inutil', '2:incompetente', '2:verguenza', '2:estupid*', '2:idiota', 'chapuza',
    '2:en negro', '2:sin factura', 'en b', '2:comision para ti', '2:bajo cuerda', '2:por debajo de la mesa',
    '2:resenas|opiniones falsas', '2:copiar|copia', '2:nadie se va a enterar', 'nadie se enterara',
    'entre nosotros', '2:soborno', 'mentir', 'haz tu trabajo', '2:sin iva', '2:en efectivo', '2:nadie se entera', 'estoy harto|harta', '2:para que te pago', 'una broma',
  ],
  'contract-terms': [
    '2:no competencia', '2:exclusiv*', '2:competidor*', 'competencia', '2:clausula', 'contrato', 'firmar',
    'penalizacion*', 'propiedad intelectual', 'todos los derechos', 'confidencialidad', 'condiciones',
    '2:a 60|90|120 dias', 'solo para nosotros',
  ],
  'partial-yes': [
    '2:todo el proyecto', '2:encargarte|ocuparte de todo', 'todo', 'entero', 'integral',
    '2:de principio a fin', '2:llave en mano', 'y ademas', 'completo', '2:paquete completo',
    'de la a a la z', 'tanto ~ como', 'tambien',
  ],
  'not-a-fit': [
    '2:colaboracion', 'colaborar', '2:a largo plazo', '2:seguir trabajando', '2:trabajar juntos',
    'relacion', 'socio*', 'iguala', 'mensual', '2:jornada completa', '2:unirte al equipo', 'incorporarte',
    'en plantilla', 'renovar', 'proximo proyecto', 'cada mes', '2:algo mas estable', 'el mismo dia', 'fija|fijo',
  ],
  'buy-time': [
    '2:hoy mismo', '2:ahora mismo', '2:hoy', 'respuesta', '2:decidir', '2:decision', 'si o no', 'ya mismo',
    'en el momento', '2:me confirmas', '2:confirmame', 'confirmar', 'necesito saber', 'cuanto antes',
    'la oferta caduca', 'antes de que acabe el dia', 'esta tarde',
  ],
};
