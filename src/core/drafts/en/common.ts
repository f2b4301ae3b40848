// English parts shared by every reason. English has no tú/usted: the address forms only pick a
// greeting ([informal|formal|plural]).
import type { LanguageDrafts } from '../library';
import { tones } from '../by-tone';

export const greeting: LanguageDrafts['greeting'] = tones(
  ['[Hi {{clientFirstName}},|Dear {{clientFirstName}},|Hi all,]', '[Hello {{clientFirstName}},|Hello {{clientFirstName}},|Hello everyone,]',
    '[Hi,|Hello,|Hi all,]', '[Hi there,|Hello,|Hello everyone,]'],
  ['[Hi {{clientFirstName}},|Dear {{clientFirstName}},|Hello all,]', '[Hello {{clientFirstName}},|Hello {{clientFirstName}},|Hello everyone,]',
    '[Hi,|Hello,|Hello all,]', '[Hello there,|Hello,|Hello everyone,]'],
  ['[Hi {{clientFirstName}},|Dear {{clientFirstName}},|Dear all,]', '[Hello {{clientFirstName}},|Hello {{clientFirstName}},|Hello all,]',
    '[Hello,|Hello,|Dear all,]'],
);

export const closing: LanguageDrafts['closing'] = tones(
  ['Warm regards,', 'All the best,', 'With best wishes,'],
  ['Kind regards,', 'Best regards,'],
  ['Regards,', 'Kind regards,'],
);

export const openDoor: LanguageDrafts['openDoor'] = {
  new: tones(
    ["I'd love to work with you in the future, so please keep me in mind.", "I hope we'll have the chance to work together on a future project."],
    ['Feel free to get in touch about future projects.', "I'd be glad to hear from you about future work."],
    ["You're welcome to contact me about future projects.", 'I remain available for future projects on my usual terms.'],
  ),
  ongoing: tones(
    ['I really value working with you and look forward to what comes next.', "I've enjoyed our work together and look forward to continuing it."],
    ['I look forward to continuing our work together.', "I'm happy to continue our work as planned."],
    ['I look forward to continuing our work on the current terms.', 'I remain available to continue the work as planned.'],
  ),
};

export const alternatives: LanguageDrafts['alternatives'] = {
  'later-date': tones(
    ["If your timing is flexible, I'd be glad to start on it from {{date}}.", "I'd be glad to pick it up from {{date}}, if that works for you.",
      "If you're able to wait, I'd be glad to find a later start date that suits us both."],
    ['My next available start date is {{date}}.', 'I could start from {{date}}, if that suits your timeline.',
      'I could offer a later start date if your timeline allows.'],
    ['My next available start date is {{date}}.', 'I can offer a later start date.'],
  ),
  referral: tones(
    ["I'd warmly recommend {{referralName}} ({{referralContact}}), who does excellent work in this area.",
      "{{referralName}} would be ideal for this, and you can reach them at {{referralContact}}.",
      "I'd warmly recommend {{referralName}}, who does excellent work in this area.",
      "I'd recommend a trusted colleague who specialises in this; you can reach them at {{referralContact}}.",
      "I'd be glad to recommend a trusted colleague who specialises in this."],
    ["I'd recommend {{referralName}} ({{referralContact}}), who specialises in this area.",
      "I'd recommend {{referralName}}, who specialises in this area.",
      'A colleague of mine specialises in this, and you can reach them at {{referralContact}}.',
      'I can recommend a colleague who specialises in this.'],
    ['I recommend contacting {{referralName}} ({{referralContact}}).', 'I recommend contacting {{referralName}}.',
      'You can contact a colleague who specialises in this at {{referralContact}}.',
      'I can refer you to a colleague who specialises in this.'],
  ),
  'smaller-scope': tones(
    ["I could take on {{offer}} instead, if that would help.", "I'd be glad to suggest a smaller scope, if that would help."],
    ['I could offer {{offer}} instead.', 'I could take on a smaller scope.'],
    ['I can offer {{offer}} instead.', 'I can offer a reduced scope.'],
  ),
  'separate-quote': tones(
    ["I'd be happy to quote it separately: my rate for work like this is {{rate}}.", "I'd be glad to prepare a separate quote for it."],
    ['I can quote it separately; my rate for this is {{rate}}.', 'I can send you a separate quote for it.'],
    ['It can be quoted separately at {{rate}}.', 'It can be quoted separately.'],
  ),
  'free-resources': tones(
    ["I'd be glad to point you to some free resources that cover this well."],
    ['I can point you to some free resources on this.'],
    ['I can point you to free resources on this topic.'],
  ),
  'payment-first': tones(
    ["I'll gladly get started as soon as payment is in place.", "Once payment is settled, I'll be glad to begin."],
    ["I'll be able to start as soon as payment is settled.", 'Work can begin once payment is in place.'],
    ['Work will go ahead once payment has been received.', "I'll start once payment has been received."],
  ),
  'written-agreement': tones(
    ["I'm happy to go through {{agreement}} with you if anything in it is unclear.",
      "I'm happy to go through the details with you if anything is unclear."],
    ['I can go over {{agreement}} with you if anything in it is unclear.',
      'I can go over the details with you if anything is unclear.'],
    ['If anything in {{agreement}} is unclear, I can go through it with you.',
      'If anything is unclear, I can go through the details with you.'],
  ),
  'paid-extra': tones(
    ["I'd be glad to take on more as paid extra work at {{rate}}.", "I'd be glad to take on more as paid extra work."],
    ['Additional work is billed at {{rate}}.', 'Additional work can be billed as an extra.'],
    ['Additional work is billed at {{rate}}.', 'Additional work is billed separately.'],
  ),
  'what-i-can-do': tones(
    ["Instead, I can offer {{offer}}.", "I'd be glad to suggest what I can take on instead."],
    ['What I can offer is {{offer}}.', "I'm happy to suggest an alternative I can take on."],
    ['What I can offer is {{offer}}.', 'I can suggest an alternative within my terms.'],
  ),
  'direct-contact': tones(
    ["If they'd like my help, they're very welcome to get in touch with me themselves."],
    ["They're welcome to contact me themselves."],
    ['They can contact me themselves.'],
  ),
  'working-hours': tones(
    ["I'm available {{policy}}, and I'll gladly pick this up by email then.", "I'll gladly pick this up by email first thing on my next working day."],
    ["I'm available {{policy}} and will reply by email within those hours.", "I'll reply by email on my next working day."],
    ['I respond to email {{policy}}.', "I'll reply by email on my next working day."],
  ),
  'reply-by': tones(
    ["I'll get back to you in writing by {{date}}.", "I'll get back to you in writing within a few days."],
    ["I'll reply in writing by {{date}}.", "I'll reply in writing within a few days."],
    ["You'll have my answer in writing by {{date}}.", "You'll have my answer in writing within a few days."],
  ),
};
