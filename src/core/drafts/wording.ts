// One wording of a draft part, written as data with a little markup so that it can be sent to
// the panel as JSON and still adapt to the person addressed:
//   {{date}}          a variable; a wording whose variable has no value is not used
//   [tú|usted|ustedes|vosotros] the form for informal singular | formal singular | plural |
//                      informal plural ("Ciao," and "vi" to a team on first-name terms; vosotros
//                      in Spain, while Latin America's ustedes takes the third form). Without a
//                      fourth form the plural's is used, so a wording that differs must give four.
//   <c:o|a>  <m:o|a>   the form for a male | female client (c) or writer (m); a wording with one
//                      is used only when that gender is known (never guessed)
//   <v:presupuesto|cotización> the word of Spain | of Latin America, for the few business words
//                      the two name differently (Spanish only); it may hold address forms,
//                      <v:me [has|ha|han|habéis] escrito|me [escribiste|escribió|escribieron|escribieron]>,
//                      for the past Latin America tells in the preterite
//   <i:Hola|Buenos días> the informal | formal form where the address cannot tell them apart:
//                      Latin American Spanish calls a group ustedes on first-name terms or not
//   <r:…>              text that leans on the reason, used only when the draft explains it: a
//                      closing may look forward to "work closer to what I do" after the reason,
//                      never in a draft whose user chose not to give one
//   <n:referralContact> a wording for when the user left that field empty: "Let me know if you'd
//                      like me to put you in touch" only where no address was given to write to
//   <a:referral>       a wording for when the draft offers that alternative: a reason may say
//                      "a specialist would serve you better" before a referral, never before
//                      links for doing the work oneself
//   <k:payment>        a wording for when the typed {{clause}} is of that kind (clause-kind.ts): the
//                      reason a 90-day payment term costs the writer is not a non-compete's. It
//                      counts twice, so the real reason beats a general one that fits the offer
//   <#resources:sia utile|siano utili> the form for a typed value that names one thing | several
//                      (value-number.ts, from its article); a wording with one is used only when
//                      the value was typed with an article that tells
// A wording whose <r:…>, <n:…> or <a:…> holds counts as fitting better than its plain siblings.
// Of the wordings that can be used, those that use the most of the given values win, so a
// name or a date that was given always appears; `variant` picks among the winners.
import type { AlternativeId, Gender, Locale, Variety } from '../types';
import { clauseKindOf } from './clause-kind';
import { fillVars, varsIn } from './fill-vars';
import { numberOf } from './value-number';

export type Wording = string;
export type Wordings = readonly Wording[];

export type Address = 0 | 1 | 2 | 3; // informal singular, formal singular, plural, informal plural

export interface WordingContext {
  locale: Locale;
  address: Address;
  clientGender?: Gender;
  myGender?: Gender;
  /** Which Spanish the client reads; picks the word in a `<v:…|…>`. */
  variety: Variety;
  /** Whether the user chose the formal address; picks the form in an `<i:…|…>`. */
  formal: boolean;
  /** Whether the draft explains its reason; a wording with `<r:…>` is used only when it does. */
  reasonGiven: boolean;
  /** The alternative the draft offers ('none' without one); a wording with `<a:…>` is used only with it. */
  alternative: AlternativeId;
  /** Cleaned values still available to this part (a value used by an earlier part is left out). */
  values: Readonly<Record<string, string | undefined>>;
  /** Every cleaned value the user gave, used or not; decides `<n:…>`, `<k:…>` and `<#…>`. */
  typed: Readonly<Record<string, string | undefined>>;
}

export interface Resolved {
  text: string;
  vars: string[];
  weight: number;
}

const GENDER = /<([cm]):([^<>|]*)\|([^<>|]*)>/gu;
const ADDRESS = /\[([^[\]]*)\]/gu;
const VARIETY = /<v:([^<>|]*)\|([^<>|]*)>/gu;
const REASON = /<r:([^<>]*)>/gu;
const FORMALITY = /<i:([^<>|]*)\|([^<>|]*)>/gu;
const UNTYPED = /<n:(\w+)>/gu;
const OFFERED = /<a:([\w-]+)>/gu;
const CLAUSE_KIND = /<k:([\w-]+)>/gu;
const NUMBER = /<#(\w+):([^<>|]*)\|([^<>|]*)>/gu;

export function resolveWording(wording: Wording, ctx: WordingContext): Resolved | undefined {
  let usable = true;
  let weight = 0;
  // A marker that holds makes its wording fit better than plain siblings; one that fails rules it out.
  const condition = (holds: boolean, counts = 1): void => {
    if (!holds) usable = false;
    weight += counts;
  };
  let text = wording.replace(GENDER, (_, whose: string, male: string, female: string) => {
    const gender = whose === 'c' ? (ctx.address >= 2 ? undefined : ctx.clientGender) : ctx.myGender;
    condition(gender !== undefined);
    return gender === 'f' ? female : male;
  });
  const byVariety = (_: string, spain: string, latam: string): string => (ctx.variety === 'spain' ? spain : latam);
  text = text.replace(VARIETY, byVariety);
  text = text.replace(FORMALITY, (_, informal: string, formal: string) => (ctx.formal ? formal : informal));
  text = text.replace(REASON, (_, leaning: string) => {
    condition(ctx.reasonGiven);
    return leaning;
  });
  text = text.replace(UNTYPED, (_, name: string) => {
    condition(ctx.typed[name] === undefined);
    return '';
  });
  text = text.replace(OFFERED, (_, alternative: string) => {
    condition(ctx.alternative === alternative);
    return '';
  });
  text = text.replace(CLAUSE_KIND, (_, kind: string) => {
    condition(clauseKindOf(ctx.typed.clause) === kind, 2);
    return '';
  });
  text = text.replace(NUMBER, (_, name: string, singular: string, plural: string) => {
    const number = numberOf(ctx.typed[name], ctx.locale);
    condition(number !== undefined);
    return number === 'plural' ? plural : singular;
  });
  text = text.replace(ADDRESS, (_, forms: string) => {
    const split = forms.split('|');
    return split[ctx.address] ?? (ctx.address === 3 ? split[2] : undefined) ?? '';
  });
  // A variety choice that held address forms could only be read once they were resolved.
  text = text.replace(VARIETY, byVariety);
  if (!usable || text.trim() === '') return undefined;
  const vars = varsIn(text);
  if (vars.some((name) => ctx.values[name] === undefined)) return undefined;
  return { text: fillVars(text, ctx.values, ctx.locale), vars, weight: weight + vars.length };
}

/** The wording for this variant among those that use the most of what was given, or undefined when none fits. */
export function pickWording(wordings: Wordings, ctx: WordingContext, variant: number): Resolved | undefined {
  const usable = wordings.map((w) => resolveWording(w, ctx)).filter((r): r is Resolved => r !== undefined);
  if (usable.length === 0) return undefined;
  const best = Math.max(...usable.map((r) => r.weight));
  const winners = usable.filter((r) => r.weight === best);
  return winners[((variant % winners.length) + winners.length) % winners.length];
}
