// Spanish greeting and sign-off, the same for every reason. Brackets are
// [tú|usted|ustedes|vosotros]: a group is greeted without a name and without a gendered word
// ("Hola:", "Buenos días:"), and "Estimado/a" appears only when the client's gender is known.
// The "<c:Hola|Hola>" form says the same either way: it lets a plain "Hola" stand beside
// "Estimada" when the gender is known, so another wording can still pick it.
import type { LanguageDrafts } from '../library';
import { tones } from '../by-tone';

export const greeting: LanguageDrafts['greeting'] = tones(
  [
    '[Hola, {{clientFirstName}}:|Buenos días, {{clientFirstName}}:|<i:Hola|Buenos días>:|Hola:]',
    '[Hola, {{clientFirstName}}:|Buenos días, {{clientFirstName}}:|<i:Hola|Buenos días>:|Hola:]',
    '[<c:Hola|Hola>, {{clientFirstName}}:|Estimad<c:o|a> {{clientFirstName}}:||]',
    '[<c:Hola|Hola>, {{clientFirstName}}:|<c:Buenos días|Buenos días>, {{clientFirstName}}:||]',
    '[Hola:|Buenos días:|<i:Hola|Buenos días>:|Hola:]',
  ],
  [
    '[Hola, {{clientFirstName}}:|Buenos días, {{clientFirstName}}:|<i:Hola|Buenos días>:|Hola:]',
    '[Hola, {{clientFirstName}}:|Buenos días, {{clientFirstName}}:|<i:Hola|Buenos días>:|Hola:]',
    '[<c:Hola|Hola>, {{clientFirstName}}:|Estimad<c:o|a> {{clientFirstName}}:||]',
    '[<c:Hola|Hola>, {{clientFirstName}}:|<c:Buenos días|Buenos días>, {{clientFirstName}}:||]',
    '[Hola:|Buenos días:|<i:Hola|Buenos días>:|Hola:]',
  ],
  [
    '[Hola, {{clientFirstName}}:|Buenos días, {{clientFirstName}}:|<i:Hola|Buenos días>:|Hola:]',
    '[Hola, {{clientFirstName}}:|Estimad<c:o|a> {{clientFirstName}}:||]',
    '[<c:Hola|Hola>, {{clientFirstName}}:|<c:Buenos días|Buenos días>, {{clientFirstName}}:||]',
    '[Hola:|Buenos días:|<i:Hola|Buenos días>:|Hola:]',
  ],
);

export const signOff: LanguageDrafts['signOff'] = tones(
  ['[<v:Un saludo|Saludos>,|Saludos cordiales,|<i:Saludos|Saludos cordiales>,|Un saludo,]', '[<v:Un saludo cordial|Saludos>,|Saludos cordiales,|<i:Saludos|Saludos cordiales>,|Un saludo cordial,]'],
  ['[<v:Un saludo|Saludos>,|Saludos cordiales,|<i:Saludos|Saludos cordiales>,|Un saludo,]', '[<v:Un saludo|Saludos>,|<v:Un saludo cordial|Saludos>,|Saludos,|Un saludo,]'],
  ['[<v:Un saludo|Saludos>,|Saludos cordiales,|<i:Saludos|Saludos cordiales>,|Un saludo,]', '[Saludos,|Atentamente,|<i:Saludos|Saludos cordiales>,|Saludos,]'],
);
