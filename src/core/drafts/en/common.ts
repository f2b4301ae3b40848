// English parts shared by every reason. English has no tú/usted: the address forms only pick a
// greeting ([informal|formal|plural]).
import type { LanguageDrafts } from '../library';
import { tones } from '../by-tone';

export const greeting: LanguageDrafts['greeting'] = tones(
  ['[Hi {{clientFirstName}},|Dear {{clientFirstName}},|Hi all,]', '[Hello {{clientFirstName}},|Hello {{clientFirstName}},|Hello everyone,]',
    '[Hi,|Hello,|Hi all,]', '[Hi there,|Hello there,|Hello everyone,]'],
  ['[Hi {{clientFirstName}},|Dear {{clientFirstName}},|Hello all,]', '[Hello {{clientFirstName}},|Hello {{clientFirstName}},|Hello everyone,]',
    '[Hi,|Hello,|Hello all,]', '[Hello there,|Hello there,|Hello everyone,]'],
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
    ['Please keep me in mind for future projects: it would be a pleasure to work together.', 'I would love to work together on a future project.'],
    ['Feel free to get in touch about future projects.', "I'd be glad to hear from you about future work."],
    ["You're welcome to contact me about future projects.", 'I remain available for future projects on my usual terms.'],
  ),
  ongoing: tones(
    ['I really value working with you and look forward to what comes next.', 'I enjoy our work together and look forward to continuing it.'],
    ['I look forward to continuing our work together.', "I'm glad to keep working together on the agreed basis."],
    ['I look forward to continuing our work on the agreed terms.', 'I remain available for the work we agreed.'],
  ),
};

export const alternatives: LanguageDrafts['alternatives'] = {
  'later-date': tones(
    ["If your timing is flexible, I'd be glad to take it on from {{date}}.", "I'd be glad to take it on from {{date}}, if that works for you.",
      "If your timeline has some room, I'd be glad to find a later start date that works for us both."],
    ['My next available start date is {{date}}.', 'I could start from {{date}}, if that suits your timeline.',
      'I could offer a later start date if your timeline allows.'],
    ['My next available start date is {{date}}.', 'I can offer a later start date.'],
  ),
  referral: tones(
    ["I'd warmly recommend {{referralName}} ({{referralContact}}), who does excellent work in this area.",
      "{{referralName}} would be a great fit for this, and you can reach them at {{referralContact}}.",
      "I'd warmly recommend {{referralName}}, who does excellent work in this area.",
      'A trusted colleague who specialises in this can be reached at {{referralContact}}.',
      "I'd be glad to recommend a trusted colleague who specialises in this."],
    ['I recommend {{referralName}} ({{referralContact}}), who specialises in this.',
      'I recommend {{referralName}}, who specialises in this.',
      'A colleague who specialises in this can be reached at {{referralContact}}.',
      'I can recommend a colleague who specialises in this.'],
    ['I recommend contacting {{referralName}} ({{referralContact}}).', 'I recommend contacting {{referralName}}.',
      'A colleague who specialises in this can be reached at {{referralContact}}.',
      'I can refer you to a colleague who specialises in this.'],
  ),
  'smaller-scope': tones(
    ["What I can do is {{offer}}, if that would help.", "I'd be glad to suggest a smaller scope that fits, if that would help."],
    ['What I can offer instead is {{offer}}.', 'I could take on a smaller scope that fits.'],
    ['What I can do is {{offer}}.', 'I can offer a reduced scope.'],
  ),
  'separate-quote': tones(
    ["I'd be happy to quote it separately: my rate for this kind of work is {{rate}}.", "I'd be glad to prepare a separate quote for it."],
    ['I can quote it separately; my rate for this is {{rate}}.', 'I can send you a separate quote for it.'],
    ['It can be quoted separately at {{rate}}.', 'It can be quoted separately.'],
  ),
  'free-resources': tones(
    ["In the meantime, I'd be glad to point you to some free resources that cover this well."],
    ['I can point you to some free resources that cover this.'],
    ['I can point you to free resources on this topic.'],
  ),
  'payment-first': tones(
    ["I'll gladly get started as soon as the payment is in place.", "Once the payment is settled, I'll be glad to move ahead."],
    ['I can move ahead as soon as the payment is settled.', 'Work can go ahead once the payment is in place.'],
    ['Work will go ahead once payment has been received.', "I'll start once payment has been received."],
  ),
  'written-agreement': tones(
    ["I'm happy to go through {{agreement}} together if anything in it is unclear.",
      "I'm happy to go through our written agreement together if anything in it is unclear."],
    ["I'm happy to review {{agreement}} with you if anything is unclear.",
      "I'm happy to review our written agreement with you if anything is unclear."],
    ['Any change to {{agreement}} needs to be agreed in writing.', 'Any change from here needs a new written agreement.'],
  ),
  'paid-extra': tones(
    ["I'd be glad to take on more as paid extra work, at {{rate}}.", "I'd be glad to take on more as paid extra work."],
    ['Additional work is billed at {{rate}}.', 'Additional work can be billed as an extra.'],
    ['Additional work is billed at {{rate}}.', 'Additional work is billed separately.'],
  ),
  'what-i-can-do': tones(
    ['What I can do is {{offer}}.', "I'd be glad to suggest what I can take on instead."],
    ['What I can offer is {{offer}}.', "I'm happy to suggest an alternative I can take on."],
    ['What I can do is {{offer}}.', 'I can suggest an alternative within my terms.'],
  ),
  'direct-contact': tones(
    ["If they'd like to work with me, they're very welcome to write to me directly."],
    ["They're welcome to contact me directly."],
    ['They can contact me directly.'],
  ),
  'working-hours': tones(
    ["I'm available {{policy}}, and I'll gladly pick this up then, by email.", "I'll gladly pick this up during my working hours, by email."],
    ["I'm available {{policy}} and will reply by email within those hours.", "I'll reply by email during my working hours."],
    ["I'm available {{policy}}, by email.", "I'll reply by email during my working hours."],
  ),
  'reply-by': tones(
    ["I'll get back to you in writing by {{date}}.", "I'll get back to you in writing as soon as I've looked at it properly."],
    ["I'll reply in writing by {{date}}.", "I'll reply in writing once I've reviewed it."],
    ["I'll reply in writing by {{date}}.", "I'll reply in writing once I've reviewed it."],
  ),
};
