// What a refused import file tells the user, in the language of the page importing it. Each
// message says what is wrong and, where the user can do something, what to do.
import type { Locale } from '../types';
import type { HiddenCharacter } from './hidden-characters';
import { ISSUE_MESSAGES } from './validate-messages';

export type TransferErrorCode =
  | 'too-large'
  | 'not-json'
  | 'too-deep'
  | 'not-ours'
  | 'bad-version'
  | 'newer-version'
  | 'wrong-type'
  | 'too-many'
  | 'bad-id'
  | 'duplicate-id'
  | 'template'
  | 'hidden-character'
  | 'profile';

/** Where in the file: a template (counted from 1, with its name when it is safe to show) or the profile. */
export type Where = { template: number; name?: string } | 'profile' | 'file';

export type Expected = 'text' | 'list' | 'object' | 'date';

export interface TransferDetail {
  where: Where;
  /** The file's own key, e.g. "body" or "exportedAt". */
  key?: string;
  expected?: Expected;
  /** A number from the file: its version, how many templates it holds, the other template with the same id. */
  found?: number;
  /** A limit: the newest version read, the most templates, megabytes. */
  max?: number;
  /** An already worded explanation of a template issue. */
  text?: string;
  /** How a profile field is wrong, and the value found when it is safe to show. */
  problem?: 'not-allowed' | 'too-long';
  value?: string;
  hidden?: HiddenCharacter;
}

type Say = (d: TransferDetail) => string;
const hidden = (locale: Locale, d: TransferDetail): string => ISSUE_MESSAGES[locale].hidden(d.hidden?.kind ?? 'control', d.hidden?.codePoint ?? '');
/** 6.5 → "6,5", as Spanish and Italian write it. */
const decimal = (n: number | undefined): string => String(n).replace('.', ',');

const inTemplate = (where: Where, word: string, open: string, close: string): string =>
  typeof where === 'object' ? `${word} ${where.template}${where.name === undefined ? '' : ` (${open}${where.name}${close})`}: ` : '';

function en(): Record<TransferErrorCode, Say> {
  const at = (d: TransferDetail): string => inTemplate(d.where, 'Template', '"', '"');
  const expected: Record<Expected, string> = { text: 'text', list: 'a list', object: 'a group of fields', date: 'a date such as 2026-01-31T12:00:00Z' };
  return {
    'too-large': (d) => `This file is larger than ${d.max} MB, more than an export of every template you could have. Choose a file exported by Decline Politely.`,
    'not-json': () => 'This file is not a Decline Politely export: it is not valid JSON (it may be cut short or damaged).',
    'too-deep': () => 'This file is not a Decline Politely export: its data is nested far deeper than an export ever is.',
    'not-ours': () => 'This file is not a Decline Politely export (it does not say "format": "decline-politely").',
    'bad-version': () => 'This file has no valid version number, so it cannot be read safely.',
    'newer-version': (d) => `This file was made by a newer version of Decline Politely (file version ${d.found}; this one reads up to ${d.max}). Update the extension, then import it again.`,
    'wrong-type': (d) => `${at(d)}${d.where === 'profile' ? 'In the profile, ' : ''}${d.key === undefined ? 'it' : `"${d.key}"`} should be ${expected[d.expected ?? 'text']}.`,
    'too-many': (d) => `This file holds ${d.found} templates; at most ${d.max} can be imported, as many as the browser's sync can ever hold.`,
    'bad-id': (d) => `${at(d)}"id" should be a template id: up to 200 letters, digits and - _ . ~ : characters.`,
    'duplicate-id': (d) => `${at(d)}it has the same id as template ${d.found}.`,
    template: (d) => `${at(d)}${d.text}`,
    'hidden-character': (d) => `The profile's "${d.key}" ${hidden('en', d)}.`,
    profile: (d) => d.problem === 'too-long'
      ? `The profile's "${d.key}" should be text of at most ${d.max} characters.`
      : `The profile's "${d.key}" cannot be ${d.value === undefined ? 'what the file says' : `"${d.value}"`}.`,
  };
}

function es(): Record<TransferErrorCode, Say> {
  const at = (d: TransferDetail): string => inTemplate(d.where, 'Plantilla', '«', '»');
  const expected: Record<Expected, string> = { text: 'un texto', list: 'una lista', object: 'un grupo de campos', date: 'una fecha como 2026-01-31T12:00:00Z' };
  return {
    'too-large': (d) => `Este archivo ocupa más de ${decimal(d.max)} MB, más de lo que ocuparía una exportación con todas las plantillas posibles. Elige un archivo exportado por Decline Politely.`,
    'not-json': () => 'Este archivo no es una exportación de Decline Politely: no es un JSON válido (puede estar incompleto o dañado).',
    'too-deep': () => 'Este archivo no es una exportación de Decline Politely: sus datos están anidados mucho más de lo que lo está nunca una exportación.',
    'not-ours': () => 'Este archivo no es una exportación de Decline Politely (no indica "format": "decline-politely").',
    'bad-version': () => 'Este archivo no tiene un número de versión válido, así que no se puede leer con seguridad.',
    'newer-version': (d) => `Este archivo lo creó una versión más reciente de Decline Politely (versión del archivo: ${d.found}; esta lee hasta la ${d.max}). Actualiza la extensión y vuelve a importarlo.`,
    'wrong-type': (d) => `${at(d)}${d.where === 'profile' ? 'En el perfil, ' : ''}${d.key === undefined ? '' : `«${d.key}» `}debería ser ${expected[d.expected ?? 'text']}.`,
    'too-many': (d) => `Este archivo contiene ${d.found} plantillas; se pueden importar ${d.max} como máximo, las que caben en la sincronización del navegador.`,
    'bad-id': (d) => `${at(d)}«id» debería ser un identificador de plantilla: hasta 200 letras, cifras y caracteres - _ . ~ :.`,
    'duplicate-id': (d) => `${at(d)}tiene el mismo identificador que la plantilla ${d.found}.`,
    template: (d) => `${at(d)}${d.text}`,
    'hidden-character': (d) => `El campo «${d.key}» del perfil ${hidden('es', d)}.`,
    profile: (d) => d.problem === 'too-long'
      ? `El campo «${d.key}» del perfil debería ser un texto de ${d.max} caracteres como máximo.`
      : `El campo «${d.key}» del perfil no admite ${d.value === undefined ? 'el valor del archivo' : `«${d.value}»`}.`,
  };
}

function it(): Record<TransferErrorCode, Say> {
  const at = (d: TransferDetail): string => inTemplate(d.where, 'Modello', '«', '»');
  const expected: Record<Expected, string> = { text: 'un testo', list: 'un elenco', object: 'un gruppo di campi', date: 'una data come 2026-01-31T12:00:00Z' };
  return {
    'too-large': (d) => `Questo file supera i ${decimal(d.max)} MB, più di quanto occuperebbe un'esportazione con tutti i modelli possibili. Scegli un file esportato da Decline Politely.`,
    'not-json': () => 'Questo file non è un\'esportazione di Decline Politely: non è un JSON valido (potrebbe essere incompleto o danneggiato).',
    'too-deep': () => 'Questo file non è un\'esportazione di Decline Politely: i suoi dati sono annidati molto più di quanto lo sia mai un\'esportazione.',
    'not-ours': () => 'Questo file non è un\'esportazione di Decline Politely (non indica "format": "decline-politely").',
    'bad-version': () => 'Questo file non ha un numero di versione valido, quindi non si può leggere in sicurezza.',
    'newer-version': (d) => `Questo file è stato creato da una versione più recente di Decline Politely (versione del file: ${d.found}; questa legge fino alla ${d.max}). Aggiorna l'estensione e importalo di nuovo.`,
    'wrong-type': (d) => `${at(d)}${d.where === 'profile' ? 'Nel profilo, ' : ''}${d.key === undefined ? '' : `«${d.key}» `}dovrebbe essere ${expected[d.expected ?? 'text']}.`,
    'too-many': (d) => `Questo file contiene ${d.found} modelli; se ne possono importare al massimo ${d.max}, quanti ne può contenere la sincronizzazione del browser.`,
    'bad-id': (d) => `${at(d)}«id» dovrebbe essere un identificativo di modello: fino a 200 lettere, cifre e caratteri - _ . ~ :.`,
    'duplicate-id': (d) => `${at(d)}ha lo stesso identificativo del modello ${d.found}.`,
    template: (d) => `${at(d)}${d.text}`,
    'hidden-character': (d) => `Il campo «${d.key}» del profilo ${hidden('it', d)}.`,
    profile: (d) => d.problem === 'too-long'
      ? `Il campo «${d.key}» del profilo dovrebbe essere un testo di al massimo ${d.max} caratteri.`
      : `Il campo «${d.key}» del profilo non ammette ${d.value === undefined ? 'il valore del file' : `«${d.value}»`}.`,
  };
}

export const TRANSFER_MESSAGES: Record<Locale, Record<TransferErrorCode, Say>> = { en: en(), es: es(), it: it() };
