// Italian greeting and sign-off. [tu|Lei|Voi|voi]: the courtesy form keeps its capital on a word of
// its own (Lei, La, Le, Suo), but not inside a verb (proporle, dirglielo), and a group is lowercase
// (vi, vostro) whether formal or not: the capitals inside words and for a group read as dated.
// House style: "Ciao Giulia," / "Gentile Giulia," and then a lowercase body; a formal group is greeted
// "Buongiorno,", an informal one "Ciao," (never "a tutti": a gendered guess). Reviewers read
// "Buongiorno," to a group on first-name terms as the formal draft's opening.
import type { LanguageDrafts } from '../library';
import { tones } from '../by-tone';

export const greeting: LanguageDrafts['greeting'] = [
  '[Ciao {{clientFirstName}},|Gentile {{clientFirstName}},|Buongiorno,|Ciao,]',
  '[Ciao,|Buongiorno,|Buongiorno,|Ciao,]',
];

export const signOff: LanguageDrafts['signOff'] = tones(
  ['[Un caro saluto,|Un cordiale saluto,|Un cordiale saluto,|Un caro saluto,]'],
  ['[Un saluto,|Cordiali saluti,|Cordiali saluti,|Un saluto,]'],
  ['[Saluti,|Cordiali saluti,|Cordiali saluti,|Saluti,]'],
);
