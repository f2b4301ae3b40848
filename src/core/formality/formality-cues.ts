// Words and phrases that tell how a client addresses the user, in the cue syntax of
// suggest/cue-table.ts (matched on whole words, lower case, accents optional; "2:" weighs a cue).
// Strong cues (2) are pronouns and verb forms that can only be the second person, or a formal
// "le/la + first-person verb"; weak ones (1 or 0.5) are greetings and forms a third person shares.
import type { Formality } from '../types';

export type FormalityCues = Readonly<Record<Formality, readonly string[]>>;

export const ES_FORMALITY: FormalityCues = {
  informal: [
    '2:tu|tus|ti|te|contigo|tuyo|tuya|vos|vosotros|vosotras|os|vuestro|vuestra|vuestros|vuestras',
    '2:puedes|podrias|podes|tienes|tenes|tendrias|quieres|queres|querrias|sabes|sabrias|haces|harias|eres|sos|has|hiciste|pudiste|dijiste',
    '2:necesitas|crees|piensas|dices|vienes|cobras|cobrarias|aceptas|aceptarias|ayudas|ayudarias|mandas|envias|enviaste|mandaste',
    '2:podeis|teneis|quereis|sabeis|habeis|estais|podriais|necesitais|hicisteis',
    '2:dime|mandame|enviame|avisame|llamame|escribeme|confirmame|pasame|hazme|decime|dejame|cuentame|contame|oye|fijate',
  ],
  formal: [
    '2:usted|ustedes|ud|uds|vd|vds',
    '2:le|les escribo|pido|agradezco|agradeceria|agradeceriamos|comento|envio|adjunto|confirmo|informo|solicito|ruego|propongo|consulto|contacto|recuerdo|escribimos|pedimos|agradecemos|enviamos|informamos|confirmamos|comentamos|parece|importaria|interesa',
    '2:pedirle|consultarle|preguntarle|escribirle|enviarle|informarle|agradecerle|solicitarle|comentarle|proponerle|rogarle|molestarle|contactarle|recordarle|pedirles|consultarles|preguntarles',
    '2:digame|indiqueme|envieme|mandeme|aviseme|llameme|escribame|confirmeme|hagame|comuniquese|disculpe|perdone|tenga|sepa',
    '1:estimado|estimada|estimados|estimadas|distinguido|distinguida',
    '0.5:su|sus|podria|podrian',
  ],
};

export const IT_FORMALITY: FormalityCues = {
  informal: [
    '2:tu|ti|te|tuo|tua|tuoi|tue|voi|vostro|vostra|vostri|vostre',
    '2:puoi|potresti|hai|avresti|saresti|vuoi|vorresti|sai|sapresti|fai|faresti|devi|dovresti|riesci|riusciresti|pensi|credi|dici|mandi|manderesti|potete|potreste|avete|avreste|siete|sareste|volete|sapete|riuscite',
    '2:dimmi|fammi|mandami|inviami|scrivimi|chiamami|dammi|sentiamoci|guarda|senti|scusami|immagina',
    '1:ciao|sei|vi',
  ],
  formal: [
    '2:la ringrazio|ringraziamo|contatto|contattiamo|disturbo|prego',
    '2:le scrivo|chiedo|invio|confermo|ricordo|propongo|sarei|saremmo|scriviamo|chiediamo|segnalo|allego|inoltro|domando|chiederei|rubo',
    '2:mi|ci faccia|dica|scriva|conferma|sappia|perdoni|scusi|consenta|permetta', // not "mi mandi": tu says it too
    '2:ringraziarla|contattarla|disturbarla|chiederle|scriverle|inviarle|proporle|ricordarle|informarla|aggiornarla|pregarla',
    '1:gentile|gentilissimo|gentilissima|egregio|egregia|spettabile|spett',
    '0.5:lei|suo|sua|suoi|sue|potrebbe|vorrebbe|puo',
  ],
};

// Italian writes the courtesy pronoun with a capital inside a sentence ("La ringrazio", "a Lei").
export const IT_COURTESY_CAPITALS = /(?<=[\p{Ll}\p{N},;:] +)(?:Lei|La|Le|Suo|Sua|Suoi|Sue|Glielo|Gliela)(?![\p{L}\p{N}])/gu;
