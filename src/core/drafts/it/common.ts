// Italian greeting and sign-off. [tu|Lei|Voi|voi]: the courtesy form keeps its capitals (Lei, La, Le,
// Suo; a formal group Vi, Vostro), as formal business mail does; an informal group is lowercase voi.
// House style: "Ciao Giulia," / "Gentile Giulia," and then a lowercase body; a formal group is greeted
// "Buongiorno,", an informal one "Buongiorno," too (never "a tutti").
import type { LanguageDrafts } from '../library';
import { tones } from '../by-tone';

export const greeting: LanguageDrafts['greeting'] = [
  '[Ciao {{clientFirstName}},|Gentile {{clientFirstName}},|Buongiorno,|Buongiorno,]',
  '[Ciao,|Buongiorno,|Buongiorno,|Buongiorno,]',
];

export const signOff: LanguageDrafts['signOff'] = tones(
  ['[Un caro saluto,|Un cordiale saluto,|Un cordiale saluto,|Un caro saluto,]'],
  ['[Un saluto,|Cordiali saluti,|Cordiali saluti,|Un saluto,]'],
  ['[Saluti,|Cordiali saluti,|Cordiali saluti,|Saluti,]'],
);
