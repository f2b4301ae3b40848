// What a template check tells the user, in the language of the page they are editing in.
import type { Locale } from '../types';
import type { HiddenKind } from './hidden-characters';

export type TemplateIssueCode =
  | 'unknown-variable'
  | 'malformed-variable'
  | 'unclosed-variable'
  | 'unopened-variable'
  | 'missing'
  | 'too-long'
  | 'not-allowed'
  | 'hidden-character';

export interface IssueDetail {
  found: string;
  suggestion?: string;
  field: string;
  max?: number;
  hidden?: HiddenKind;
}

type Say = (d: IssueDetail) => string;
const hint = (d: IssueDetail, word: string): string => (d.suggestion ? ` ${word} ${d.suggestion}` : '');

type Field = 'name' | 'label' | 'reason' | 'locale' | 'tone' | 'body';
type Extras = {
  at: (line: number, column: number) => string;
  fields: Record<Field, string>;
  /** "contains U+202E, …": what a hidden character is and why it is refused. */
  hidden: (kind: HiddenKind, codePoint: string) => string;
};

export const ISSUE_MESSAGES: Record<Locale, Record<TemplateIssueCode, Say> & Extras> = {
  en: {
    'unknown-variable': (d) => `${d.found} is not a variable this template can fill.${hint(d, 'Did you mean')}${d.suggestion ? '?' : ''}`,
    'malformed-variable': (d) => `${d.found} is not written as a variable.${hint(d, 'Write it as')}`,
    'unclosed-variable': (d) => `${d.found} opens a variable that is never closed with }}.`,
    'unopened-variable': (d) => `${d.found} closes a variable that was never opened with {{.`,
    missing: (d) => `The ${d.field} is empty.`,
    'too-long': (d) => `The ${d.field} is longer than ${d.max} characters.`,
    'not-allowed': (d) => `The ${d.field} "${d.found}" is not one of the choices.`,
    'hidden-character': (d) => `The ${d.field} ${ISSUE_MESSAGES.en.hidden(d.hidden ?? 'control', d.found)}.`,
    at: (line, column) => `Line ${line}, column ${column}`,
    fields: { name: 'name', label: 'label', reason: 'reason', locale: 'language', tone: 'tone', body: 'text' },
    hidden: (kind, codePoint) => ({
      control: `contains ${codePoint}, an invisible control character that no keyboard types`,
      direction: `contains ${codePoint}, an invisible direction mark that can make text display in a misleading order`,
      broken: 'contains a broken character (half of an emoji or symbol)',
    })[kind],
  },
  es: {
    'unknown-variable': (d) => `${d.found} no es una variable que esta plantilla pueda rellenar.${d.suggestion ? ` ¿Querías decir ${d.suggestion}?` : ''}`,
    'malformed-variable': (d) => `${d.found} no está escrito como variable.${hint(d, 'Escríbelo así:')}`,
    'unclosed-variable': (d) => `${d.found} abre una variable que nunca se cierra con }}.`,
    'unopened-variable': (d) => `${d.found} cierra una variable que nunca se abrió con {{.`,
    missing: (d) => `El campo «${d.field}» está vacío.`,
    'too-long': (d) => `El campo «${d.field}» supera los ${d.max} caracteres.`,
    'not-allowed': (d) => `«${d.found}» no es una opción válida para «${d.field}».`,
    'hidden-character': (d) => `El campo «${d.field}» ${ISSUE_MESSAGES.es.hidden(d.hidden ?? 'control', d.found)}.`,
    at: (line, column) => `Línea ${line}, columna ${column}`,
    fields: { name: 'nombre', label: 'etiqueta', reason: 'motivo', locale: 'idioma', tone: 'tono', body: 'texto' },
    hidden: (kind, codePoint) => ({
      control: `contiene ${codePoint}, un carácter de control invisible que no se escribe con el teclado`,
      direction: `contiene ${codePoint}, una marca invisible de dirección que puede mostrar el texto en un orden engañoso`,
      broken: 'contiene un carácter roto (la mitad de un emoji o de un símbolo)',
    })[kind],
  },
  it: {
    'unknown-variable': (d) => `${d.found} non è una variabile che questo modello può compilare.${d.suggestion ? ` Forse intendevi ${d.suggestion}?` : ''}`,
    'malformed-variable': (d) => `${d.found} non è scritto come una variabile.${hint(d, 'Scrivilo così:')}`,
    'unclosed-variable': (d) => `${d.found} apre una variabile che non viene mai chiusa con }}.`,
    'unopened-variable': (d) => `${d.found} chiude una variabile che non è mai stata aperta con {{.`,
    missing: (d) => `Il campo «${d.field}» è vuoto.`,
    'too-long': (d) => `Il campo «${d.field}» supera il limite di ${d.max} caratteri.`,
    'not-allowed': (d) => `«${d.found}» non è una scelta valida per «${d.field}».`,
    'hidden-character': (d) => `Il campo «${d.field}» ${ISSUE_MESSAGES.it.hidden(d.hidden ?? 'control', d.found)}.`,
    at: (line, column) => `Riga ${line}, colonna ${column}`,
    fields: { name: 'nome', label: 'etichetta', reason: 'motivo', locale: 'lingua', tone: 'tono', body: 'testo' },
    hidden: (kind, codePoint) => ({
      control: `contiene ${codePoint}, un carattere di controllo invisibile che non si digita da tastiera`,
      direction: `contiene ${codePoint}, un segno invisibile di direzione che può mostrare il testo in un ordine ingannevole`,
      broken: 'contiene un carattere danneggiato (metà di un\'emoji o di un simbolo)',
    })[kind],
  },
};
