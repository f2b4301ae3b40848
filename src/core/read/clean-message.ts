// The client's latest words out of the text a host reads: mail clients and people leave quoted
// history, signatures, sign-offs and legal footers in a message, and those words (an old request,
// "Cordiali saluti", "confidential") would otherwise decide the reason, the language and tú/usted.

// A line that opens quoted history: everything from it on is older mail.
const HISTORY_OPENERS = [
  /^-{2,}\s*(original message|mensaje original|messaggio originale|forwarded message|mensaje reenviado|messaggio inoltrato)\s*-{2,}$/i,
  /^_{10,}$/, // Outlook's rule above its From/Sent block
  /^(on|el|il giorno|il)\s.{4,240}\s(wrote|escribió|escribio|ha scritto)\s?:$/i,
  /^.{0,240}(@|\d).{0,240}\s(wrote|escribió|escribio|ha scritto)\s?:$/i, // a name and an address or a date
];
// Outlook's header of the quoted original, one field a line, in the three languages.
const HEADER_FROM = /^\*?(from|de|da)\s?:\*?\s/i;
const HEADER_FIELD = /^\*?(sent|date|to|cc|subject|enviado|fecha|para|asunto|inviato|data|a|oggetto)\s?:\*?\s/i;
// Gmail wraps a long "On … wrote:" line: the opener may span two lines.
const WRAPPED_OPENER = /^(on|el|il giorno)\s/i;
const WRAPPED_CLOSER = /(wrote|escribió|escribio|ha scritto)\s?:$/i;

// Phrases that close a message. A line made of one of them (and maybe a name) starts the sign-off;
// the longest is tried first so that "Best regards" is not "Best" followed by a word.
const SIGN_OFFS = [
  'best', 'best regards', 'best wishes', 'kind regards', 'warm regards', 'warmest regards', 'regards', 'many thanks',
  'thanks', 'thank you', 'thanks again', 'thanks in advance', 'cheers', 'all the best', 'sincerely', 'yours sincerely',
  'yours', 'talk soon', 'speak soon', 'take care', 'thx', 'ty',
  'saludos', 'un saludo', 'muchos saludos', 'saludos cordiales', 'un cordial saludo', 'cordialmente', 'atentamente',
  'un abrazo', 'abrazos', 'gracias', 'muchas gracias', 'mil gracias', 'gracias de antemano', 'besos', 'quedo atento',
  'quedo atenta', 'quedo a la espera', 'slds', 'cordiali saluti', 'distinti saluti', 'saluti', 'un saluto', 'a presto',
  'grazie', 'grazie mille', 'grazie ancora', 'grazie in anticipo', 'un abbraccio', 'buona giornata', 'buona serata',
  'buen día', 'buen dia', 'que tengas buen día', 'cordialità',
];
const SIGN_OFF_LINE = new RegExp(`^(${[...SIGN_OFFS].sort((a, b) => b.length - a.length).map((s) => s.replace(/ /g, '\\s+')).join('|')})[\\s,.!:;—-]*(.*)$`, 'iu');
// What may follow a sign-off on its line: a name, capitalised ("Cheers, Tom"), never a sentence.
const NAME = /^(\p{Lu}[\p{L}.' -]{0,40})?$/u;
const isSignOff = (line: string): boolean => NAME.test(SIGN_OFF_LINE.exec(line)?.[2] ?? '-');
// Legal and device footers: from the first one on, nothing is the client's.
const FOOTERS = [
  /(this (e-?mail|message)|the information).{0,80}(confidential|privileged|intended (only |solely )?for)/i,
  /(este (mensaje|correo)|la información).{0,80}(confidencial|destinatario)/i,
  /(questo messaggio|questa (e-?mail|comunicazione)|le informazioni).{0,80}(riservat|destinatari|confidenzial)/i,
  /^(confidentiality notice|disclaimer|aviso legal|aviso de confidencialidad|avviso di riservatezza)\b/i,
  /d\.\s?lgs\.?\s?\d|\bgdpr\b|2016\/679/i,
  /^(sent from|enviado desde|inviato da) (my|mi|il mio|iphone|android|outlook|samsung)/i,
  /before printing|antes de imprimir|prima di stampare/i,
];
// A footer or sign-off only counts near the end; the client's words rarely follow one.
const MAX_TAIL_LINES = 12;
const MAX_SIGNATURE_WORDS = 8;

function historyStart(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (HISTORY_OPENERS.some((opener) => opener.test(line))) return i;
    if (WRAPPED_OPENER.test(line) && WRAPPED_CLOSER.test(`${line} ${lines[i + 1]?.trim() ?? ''}`)) return i;
    if (HEADER_FROM.test(line) && lines.slice(i + 1, i + 5).filter((l) => HEADER_FIELD.test(l.trim())).length >= 2) return i;
  }
  return lines.length;
}

/** Where the signature, sign-off or footer starts: only in the last lines, only when short lines follow. */
function tailStart(lines: readonly string[]): number {
  const dashes = lines.findIndex((line) => line === '-- ' || line.trim() === '--');
  let end = dashes >= 0 ? dashes : lines.length;
  const from = Math.max(0, end - MAX_TAIL_LINES);
  for (let i = from; i < end; i++) {
    const line = lines[i]!.trim();
    if (line.length > 0 && FOOTERS.some((footer) => footer.test(line)) && i > 0) end = i;
  }
  for (let i = Math.max(1, end - MAX_TAIL_LINES); i < end; i++) {
    const rest = lines.slice(i + 1, end);
    if (isSignOff(lines[i]!.trim()) && rest.every((l) => l.trim().split(/\s+/).length <= MAX_SIGNATURE_WORDS) && rest.length <= 6) return i;
  }
  return end;
}

/**
 * The client's latest words: quoted history ("On … wrote:", "El … escribió:", "Il giorno … ha
 * scritto:", Outlook's From/Sent block, "-----Original Message-----", lines starting with ">"),
 * the signature after "-- ", the sign-off block and legal or device footers removed.
 */
export function cleanClientText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').filter((line) => !/^\s*>/.test(line));
  const latest = lines.slice(0, historyStart(lines));
  const own = latest.slice(0, tailStart(latest));
  return own.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
