// Italian greeting and sign-off. [tu|Lei|voi]: the courtesy form keeps its capitals (Lei, La, Le,
// Suo), as formal business mail does; a group is voi. House style: "Ciao Giulia," / "Gentile
// Giulia," and then a lowercase body; a group is greeted "Buongiorno," (never "a tutti").
import type { LanguageDrafts } from '../library';
import { tones } from '../by-tone';

export const greeting: LanguageDrafts['greeting'] = [
  '[Ciao {{clientFirstName}},|Gentile {{clientFirstName}},|Buongiorno,]',
  '[Ciao,|Buongiorno,|Buongiorno,]',
];

export const signOff: LanguageDrafts['signOff'] = tones(
  ['[Un caro saluto,|Un cordiale saluto,|Un cordiale saluto,]'],
  ['[Un saluto,|Cordiali saluti,|Cordiali saluti,]'],
  ['[Saluti,|Cordiali saluti,|Cordiali saluti,]'],
);
