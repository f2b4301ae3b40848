// What a template check tells the user, in the language of the page they are editing in.
import type { Locale } from '../types';

export type TemplateIssueCode =
  | 'unknown-variable'
  | 'malformed-variable'
  | 'unclosed-variable'
  | 'unopened-variable'
  | 'missing'
  | 'too-long'
  | 'not-allowed';

export interface IssueDetail {
  found: string;
  suggestion?: string;
  field: string;
  max?: number;
}

type Say = (d: IssueDetail) => string;
const hint = (d: IssueDetail, word: string): string => (d.suggestion ? ` ${word} ${d.suggestion}` : '');

type Field = 'name' | 'label' | 'reason' | 'locale' | 'tone' | 'body';
type Extras = { at: (line: number, column: number) => string; fields: Record<Field, string> };

export const ISSUE_MESSAGES: Record<Locale, Record<TemplateIssueCode, Say> & Extras> = {
  en: {
    'unknown-variable': (d) => `${d.found} is not a variable this template can fill.${hint(d, 'Did you mean')}${d.suggestion ? '?' : ''}`,
    'malformed-variable': (d) => `${d.found} is not written as a variable.${hint(d, 'Write it as')}`,
    'unclosed-variable': (d) => `${d.found} opens a variable that is never closed with }}.`,
    'unopened-variable': (d) => `${d.found} closes a variable that was never opened with {{.`,
    missing: (d) => `The ${d.field} is empty.`,
    'too-long': (d) => `The ${d.field} is longer than ${d.max} characters.`,
    'not-allowed': (d) => `The ${d.field} "${d.found}" is not one of the choices.`,
    at: (line, column) => `Line ${line}, column ${column}`,
    fields: { name: 'name', label: 'label', reason: 'reason', locale: 'language', tone: 'tone', body: 'text' },
  },
  es: {
    'unknown-variable': (d) => `${d.found} no es una variable que esta plantilla pueda rellenar.${d.suggestion ? ` ¿Querías decir ${d.suggestion}?` : ''}`,
    'malformed-variable': (d) => `${d.found} no está escrito como variable.${hint(d, 'Escríbelo así:')}`,
    'unclosed-variable': (d) => `${d.found} abre una variable que nunca se cierra con }}.`,
    'unopened-variable': (d) => `${d.found} cierra una variable que nunca se abrió con {{.`,
    missing: (d) => `El campo «${d.field}» está vacío.`,
    'too-long': (d) => `El campo «${d.field}» supera los ${d.max} caracteres.`,
    'not-allowed': (d) => `«${d.found}» no es una opción válida para «${d.field}».`,
    at: (line, column) => `Línea ${line}, columna ${column}`,
    fields: { name: 'nombre', label: 'etiqueta', reason: 'motivo', locale: 'idioma', tone: 'tono', body: 'texto' },
  },
  it: {
    'unknown-variable': (d) => `${d.found} non è una variabile che questo modello può compilare.${d.suggestion ? ` Forse intendevi ${d.suggestion}?` : ''}`,
    'malformed-variable': (d) => `${d.found} non è scritto come una variabile.${hint(d, 'Scrivilo così:')}`,
    'unclosed-variable': (d) => `${d.found} apre una variabile che non viene mai chiusa con }}.`,
    'unopened-variable': (d) => `${d.found} chiude una variabile che non è mai stata aperta con {{.`,
    missing: (d) => `Il campo «${d.field}» è vuoto.`,
    'too-long': (d) => `Il campo «${d.field}» supera i ${d.max} caratteri.`,
    'not-allowed': (d) => `«${d.found}» non è una scelta valida per «${d.field}».`,
    at: (line, column) => `Riga ${line}, colonna ${column}`,
    fields: { name: 'nome', label: 'etichetta', reason: 'motivo', locale: 'lingua', tone: 'tono', body: 'testo' },
  },
};
