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
    '2:necesitas|crees|piensas|dices|vienes|vas|ves|cobras|cobrarias|aceptas|aceptarias|ayudas|ayudarias|mandas|envias|pasas|enviaste|mandaste|pediste|hiciste|pasaste|quedaste|comentaste|dejaste',
    '2:tenes|queres|podes|sabes|haces|pones|crees|vendes|entendes|debes|pareces|conoces|vivis|decis|pedis|venis|escribis|salis|seguis',
    '2:que onda|che|wey|guey|tio|tia|chicos|chicas|chavales',
    '2:podeis|teneis|quereis|sabeis|habeis|estais|podriais|necesitais|hicisteis',
    '2:dime|mandame|enviame|avisame|llamame|escribeme|confirmame|pasame|hazme|decime|dejame|cuentame|contame|oye|fijate',
  ],
  formal: [
    '2:usted|ustedes|ud|uds|vd|vds',
    '2:le|les escribo|pido|agradezco|agradeceria|agradeceriamos|comento|envio|adjunto|confirmo|informo|solicito|ruego|propongo|consulto|contacto|recuerdo|escribimos|pedimos|agradecemos|enviamos|informamos|confirmamos|comentamos|parece|importaria|interesa|interesaria|pareceria|molesta|molestaria',
    '2:pedirle|consultarle|preguntarle|escribirle|enviarle|informarle|agradecerle|solicitarle|comentarle|proponerle|rogarle|molestarle|contactarle|recordarle|pedirles|consultarles|preguntarles',
    '2:digame|indiqueme|envieme|mandeme|aviseme|llameme|escribame|confirmeme|hagame|tengame|comuniquese|disculpe|perdone|oiga|mire|fijese',
    '2:se lo prometo|agradezco|agradeceria|envio|mando|confirmo|comento|aseguro|ruego|pido',
    '1:nos|me manda|envia|pasa|confirma|haria|podria|puede',
    '1.5:estimado|estimada|estimados|estimadas|distinguido|distinguida|sr|sra|srta|senor|senora|licenciado|licenciada|lic|ingeniero|ingeniera|contador|contadora|doctor|doctora|dr|dra',
    '0.5:su|sus|podria|podrian',
  ],
};

export const IT_FORMALITY: FormalityCues = {
  informal: [
    '2:tu|ti|te|tuo|tua|tuoi|tue|voi|vostro|vostra|vostri|vostre',
    '2:puoi|potresti|hai|avresti|saresti|vuoi|vorresti|sai|sapresti|fai|faresti|devi|dovresti|riesci|riusciresti|pensi|credi|dici|mandi|manderesti|potete|potreste|avete|avreste|siete|sareste|volete|sapete|riuscite',
    '2:dimmi|fammi|mandami|inviami|scrivimi|chiamami|dammi|sentiamoci|guarda|senti|scusami|immagina|scusa|ci sei|ci stai|stai',
    '2:scrivi|rimandi|prendi|rispondi|vieni|avevi|eri|potevi|volevi|sapevi|facevi|mettiamo che tu',
    '1.5:ciao|ehi|hey',
    '1:sei|vi|dai',
  ],
  formal: [
    '2:la ringrazio|ringraziamo|contatto|contattiamo|disturbo|prego',
    '2:le scrivo|chiedo|invio|confermo|ricordo|propongo|sarei|saremmo|scriviamo|chiediamo|segnalo|allego|inoltro|domando|chiederei|rubo',
    '2:mi|ci faccia|dica|scriva|conferma|sappia|perdoni|scusi|consenta|permetta|corregga', // not "mi mandi": tu says it too
    '2:le puo|potrebbe|interessa|interesserebbe|andrebbe|sarebbe|chiederemmo|chiederei|chiediamo|scriviamo',
    '2:si offenda|senta|abbia pazienza|creda',
    '2:ringraziarla|contattarla|disturbarla|chiederle|scriverle|inviarle|proporle|ricordarle|informarla|aggiornarla|pregarla',
    '1:gentile|gentilissimo|gentilissima|egregio|egregia|spettabile|spett',
    '1.5:sig|sigra|signor|signora|signorina|dottore|dottoressa|dott|dottssa|avvocato|avv|architetto|arch|ingegnere|ing|professore|professoressa|prof|geometra|geom',
    '0.5:lei|suo|sua|suoi|sue|potrebbe|vorrebbe|puo',
  ],
};

// Spanish second-person endings only the client's own accents show: vos (tenés, llevás, decís)
// and tú's future (podrás, tendrás), estás; the few nouns and adverbs with those endings are excluded.
export const ES_ACCENTED_SECOND_PERSON = /(?<![\p{L}])(?!(?:además|jamás|detrás|atrás|quizás|demás|compás|tomás|través|después|inglés|francés|portugués|japonés|holandés|interés|estrés|revés|marqués|cortés|país|maíz|anís|andrés|inés)(?![\p{L}]))\p{L}{2,}(?:ás|és|ís)(?![\p{L}])/giu;

// Italian writes the courtesy pronoun with a capital inside a sentence ("La ringrazio", "a Lei"),
// also joined to a verb ("coinvolgerLa", "ringraziarLa").
export const IT_COURTESY_CAPITALS = /(?:(?<=[\p{Ll}\p{N},;:] +)(?:Lei|La|Le|Suo|Sua|Suoi|Sue|Glielo|Gliela)|(?<=\p{Ll}{3})(?:La|Le|Lo))(?![\p{L}\p{N}])/gu;

// Italian second-person forms with a telling ending: the future (farai, avrai) and the
// conditional (potresti, faresti); "resti" and "testi" are too short to count.
export const IT_SECOND_PERSON_ENDINGS = /(?<![\p{L}])\p{L}{2,}(?:rai|resti)(?![\p{L}])/giu;
