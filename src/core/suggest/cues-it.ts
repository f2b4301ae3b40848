import type { CueTable } from './cue-table';

// Italian phrases clients write; syntax in cue-table.ts (accents are optional when matching).
export const IT_CUES: CueTable = {
  'schedule-full': [
    'disponibil*', '2:sei libero|libera', '2:hai tempo', 'spazio', '2:iniziare|cominciare', 'partire',
    'nuovo progetto', 'prendere in carico', 'il mese prossimo', 'la settimana prossima', 'da lunedi',
    'potresti occuparti', 'agenda', 'calendario',
  ],
  'deadline-too-tight': [
    '2:urgent*', '2:per domani', '2:entro domani', '2:entro venerdi|lunedi|martedi|mercoledi|giovedi',
    '0.5:entro', '2:anticipare', '2:il prima possibile', '2:al piu presto', 'scadenz*', 'consegna',
    'in due|tre giorni', '24|48 ore', 'di corsa', 'fretta', 'domattina', 'piu veloce',
  ],
  'out-of-scope': [
    '2:gia che ci sei', '2:visto che ci sei', 'un extra', 'extra', 'in piu', 'un favore', 'favore',
    '2:una cosa veloce', 'velocissim*', 'cinque|due minuti', "2:non ti ci vuole", 'omaggio', 'in regalo',
    'aggiungere|aggiungi|aggiungeresti', "2:non era previsto", '2:potresti anche', '2:puoi anche',
    'una cosetta', 'piccola aggiunta',
  ],
  'not-my-specialty': [
    '2:il tuo campo|settore', '2:la tua specialita', "2:non e il tuo", 'so che sei|fai', '2:te ne intendi',
    'ne capisci', '2:visto che sei', '2:dato che sei', 'ti occupi anche', 'sai qualcosa', 'non e proprio',
    'seo|contabilita|tasse|avvocato|traduzione|fotografia|video',
  ],
  'budget-too-low': [
    '2:budget', '2:troppo caro', 'caro', 'costoso', '2:piu economico', 'economic*', 'prezzo', 'tariffa',
    'sconto', 'ribasso', '2:abbiamo solo', 'massimo', '2:non possiamo spendere', 'spendere', 'troppo alto',
    'preventivo', 'venirci incontro', 'cifra',
  ],
  'cannot-pay': [
    '2:gratis', '2:gratuitamente', 'gratuito', '2:senza pagare', '2:non posso|possiamo pagare',
    '2:pagare ~ piu avanti', '2:ti pago ~ dopo|piu avanti', '2:quando avremo|arriveranno', '2:visibilita',
    'portfolio', '2:in cambio', 'scambio', '2:baratto', 'per amicizia', 'volontariato', 'beneficenza',
    'onlus', '2:non ho ancora pagato', 'ritard*', '2:a rate', 'ti devo', 'non abbiamo soldi',
    'investitori', 'finanziamento', 'startup',
  ],
  'discount-after-delivery': [
    "2:ora|adesso che ~ finito|consegnato|pronto|online", '2:pagare meno', '2:ridurre ~ fattura',
    '2:sconto sulla fattura', 'fattura', 'fattura finale', '2:ci hai messo poco|meno', 'rimborso',
    'togliere', 'detrarre', 'la meta', 'pagare solo', 'non vale', 'sconto', 'alla fine',
  ],
  'extra-revisions': [
    "2:un'altra revisione", '2:altra revisione', 'revision*', '2:giro di modifiche', '2:altro giro', 'modifiche',
    'ritocc*', '2:giro', 'qualche ritocco', 'bozze', "2:un'altra versione", 'altra versione', '2:cambiare ancora', '2:ancora una modifica',
    'ultima modifica', 'ultimissim*', 'rifare', 'non ci siamo ancora', 'non mi convince',
  ],
  'as-agreed-in-writing': [
    '2:come concordato', "2:come d'accordo", '2:avevamo concordato', 'concordat*', 'accordo',
    '2:avevamo detto', '2:mi avevi detto', 'hai detto', '2:avevi promesso', '2:pensavo fosse incluso',
    '2:era incluso', '2:compreso nel prezzo', '2:incluso nel preventivo', 'per iscritto', 'a voce',
    'il contratto dice', "non e quello che", 'ci eravamo detti',
  ],
  'guarantee-demanded': [
    '2:garanzi*', 'garanzia scritta', '2:garantir*', '2:garantisc*', 'assicur*', 'mi prometti', '2:soddisfatti o rimborsati',
    '2:se non funziona', '2:se non ci sono risultati', '2:pago solo se', '2:paghiamo solo se', '100%',
    'senza rischi', 'risultati', 'rimborsati',
  ],
  'unrealistic-expectations': [
    '2:virale', '2:prima pagina di google', '2:primi|primo su google', 'milioni', '2:raddoppiare|triplicare',
    "2:dall'oggi al domani", 'in una settimana', '2:magia', 'miracol*', '2:come amazon|apple|nike|airbnb',
    'esplodere', 'boom', 'tutti', 'migliaia di',
  ],
  'already-helped': [
    '2:stesso problema|errore', '2:di nuovo', 'ancora', "come l'altra volta", "l'ultima volta",
    '2:mi avevi gia', '2:mi hai gia aiutato', '2:avevi gia sistemato', '2:si e ripresentato', 'ricapita',
    '2:ancora non funziona', 'continua a non', 'come prima', 'ricordarmi', 'la stessa cosa',
  ],
  'third-party-request': [
    '2:per conto di', '2:da parte di', '2:a nome di', '2:il mio capo|socio', '2:un mio amico|cliente',
    '2:una mia amica|cliente', '2:mio cugino|cognato|fratello|marito|padre|zio',
    '2:mia sorella|moglie|cugina|madre|zia', 'un nostro cliente', '2:mi ha chiesto di', 'mi chiede di',
    'vorrebbe sapere', 'per lui|lei',
  ],
  'after-hours': [
    '2:stasera', '2:stanotte', '2:questa sera', 'di sera', '2:weekend', '2:fine settimana',
    '2:sabato|domenica', 'festivi|festivo', 'ferragosto', 'natale', 'pasqua', 'ferie', '2:chiamami',
    'ti chiamo', '2:telefonata', 'sentirci al telefono', 'per telefono', 'whatsapp', 'rispondi al telefono',
    'fuori orario', 'alle 22|23', 'a mezzanotte', 'telefono',
  ],
  'disrespect-or-ethics': [
    '2:ridicol*', '2:incapace', '2:incompetente', '2:vergogn*', '2:stupid*', '2:idiota', '2:in nero',
    '2:senza fattura', 'fuori busta', '2:bustarella', '2:tangente', 'percentuale per te',
    '2:recensioni false|finte', '2:finte recensioni', '2:copiare|copia', '2:nessuno se ne accorge*',
    'tra noi', 'fai il tuo lavoro', '2:per cosa ti pago', 'uno scherzo', 'imbarazzante', 'nessuno controlla',
  ],
  'contract-terms': [
    '2:non concorrenza', '2:esclusiv*', '2:concorrenti', 'concorrenza', '2:clausola', 'contratto', 'firmare',
    'penal*', 'proprieta intellettuale', 'tutti i diritti', 'riservatezza', '2:a 60|90|120 giorni',
    'condizioni', 'solo per noi',
  ],
  'partial-yes': [
    '2:tutto il progetto', '2:tutto quanto', 'tutto', '2:chiavi in mano', '2:dalla a alla z', 'completo',
    '2:pacchetto completo', '2:occuparti di tutto', 'sia ~ che', 'anche', 'dall inizio alla fine',
  ],
  'not-a-fit': [
    '2:collaborazione', 'collaborare', '2:a lungo termine', '2:continuare a lavorare', '2:lavorare insieme',
    'rapporto', 'partner*', 'retainer', 'mensile', '2:tempo pieno', "2:entrare nel team", 'rinnovare',
    'prossimo progetto', 'ogni mese', '2:continuativa', 'fisso mensile',
  ],
  'buy-time': [
    '2:oggi stesso', '2:subito', 'adesso', 'ora', 'risposta', '2:decidere', '2:decisione', 'si o no',
    '2:seduta stante', '2:su due piedi', '2:confermami', 'conferma', '2:entro stasera|oggi',
    "l'offerta scade", 'entro fine giornata',
  ],
};
