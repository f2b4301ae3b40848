// English greeting and sign-off. English has no tú/usted: the address forms only pick a
// greeting ([informal|formal|plural]). A named client gets "Hi Laura," or "Dear Laura,"; without a
// name, "Hello,"; a group "Hi all," (warm) or "Hello all,".
import type { LanguageDrafts } from '../library';
import { tones } from '../by-tone';

export const greeting: LanguageDrafts['greeting'] = tones(
  ['[Hi {{clientFirstName}},|Dear {{clientFirstName}},|Hi all,]', '[Hello,|Hello,|Hi all,]'],
  ['[Hi {{clientFirstName}},|Dear {{clientFirstName}},|Hello all,]', '[Hello,|Hello,|Hello all,]'],
  ['[Hi {{clientFirstName}},|Dear {{clientFirstName}},|Hello all,]', '[Hello,|Hello,|Hello all,]'],
);

export const signOff: LanguageDrafts['signOff'] = tones(
  ['Kind regards,', 'Best regards,'],
  ['Kind regards,', 'Best regards,'],
  ['Regards,', 'Kind regards,'],
);
