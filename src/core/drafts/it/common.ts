// Italian greeting and sign-off. [tu|Lei|Voi|voi]: the courtesy form keeps its capital on a word of
// its own (Lei, La, Le, Suo), but not inside a verb (proporle, dirglielo), and a group is lowercase
// (vi, vostro) whether formal or not: the capitals inside words and for a group read as dated.
// House style: "Ciao Giulia," / "Gentile Giulia," and then a lowercase body; a formal group is greeted
// "Buongiorno,", an informal one "Ciao," in a warm or neutral draft (never "a tutti": a gendered
// guess). Side by side, "Buongiorno," read as the formal draft's opening there, while a firm draft
// signed "Saluti," kept "Buongiorno,": "Ciao… Saluti" clashed.
import type { LanguageDrafts } from '../library';
import { tones } from '../by-tone';

const greetingFor = (informalGroup: string): string[] => [
  `[Ciao {{clientFirstName}},|Gentile {{clientFirstName}},|Buongiorno,|${informalGroup}]`,
  `[Ciao,|Buongiorno,|Buongiorno,|${informalGroup}]`,
];

export const greeting: LanguageDrafts['greeting'] = tones(greetingFor('Ciao,'), greetingFor('Ciao,'), greetingFor('Buongiorno,'));

/** A group being turned away for disrespect or an improper request is not greeted "Ciao,". */
export const distantGreeting = greetingFor('Buongiorno,');

export const signOff: LanguageDrafts['signOff'] = tones(
  ['[Un caro saluto,|Un cordiale saluto,|Un cordiale saluto,|Un caro saluto,]'],
  ['[Un saluto,|Cordiali saluti,|Cordiali saluti,|Un saluto,]'],
  ['[Saluti,|Cordiali saluti,|Cordiali saluti,|Saluti,]'],
);
