// English parts for reasons about boundaries and the relationship itself.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const boundaryReasons: Partial<Record<ReasonId, ReasonDrafts>> = {
  'already-helped': {
    thanks: ['Thanks for getting back in touch.', 'Thank you for the update.'],
    empathy: ['I understand how frustrating it is to have the same issue come back.', "I know it's tiring to run into the same problem again."],
    decision: tones(
      ["Unfortunately, I can't offer further help on this free of charge.", "I'm afraid I can't take this on again at no cost."],
      ["I can't offer further help on this free of charge.", "I'm not able to take this on again at no cost."],
      ["I can't take this on again at no cost.", "I can't provide further support on this free of charge."],
    ),
    reason: tones(
      ['We worked through this together before, and the steps we agreed on still apply.'],
      ['We covered this in our previous work together.'],
      ['This was covered in full in our previous work.'],
    ),
    alternatives: {
      'paid-extra': tones(
        ["If you'd like further support, I'd be glad to set up a paid session at {{rate}}.", "If you'd like further support, I'd be glad to set up a new paid session."],
        ['I can offer a new paid session at {{rate}}.', "I can offer a new paid session if you'd like further help."],
        ['Further help is available as a paid session at {{rate}}.', 'Further help is available as a paid session.'],
      ),
    },
    openDoor: tones(
      ["If anything new comes up, I'm always happy to hear from you.", 'Do get in touch whenever something new comes up.'],
      ['Feel free to contact me if anything new comes up.', "I'd be glad to hear from you about any new issue."],
      ["You're welcome to contact me about any new issue.", "You're welcome to contact me about new work on my usual terms."],
    ),
  },
  'third-party-request': {
    thanks: ['Thank you for thinking of me for someone close to you.', 'Thanks for thinking of me to help someone you know.'],
    empathy: ["It's clear you want to help them.", 'I can see how much you care about them.'],
    decision: tones(
      ["Unfortunately, I can't take on requests made on someone else's behalf.", "I'm afraid I can't help them through an intermediary."],
      ["I can't accept requests made on someone else's behalf.", "I'm not able to work through a third party."],
      ["I don't take on requests made on someone else's behalf.", "I can't work through a third party."],
    ),
    reason: tones(
      ['I work directly with the person who needs help, so I can understand their situation first-hand.'],
      ['I work directly with the person concerned.'],
      ['I work directly with the person concerned.'],
    ),
  },
  'after-hours': {
    thanks: ['Thank you for your message.', 'Thanks for reaching out.'],
    empathy: ['I know things can come up at any hour.', 'I understand this feels urgent on your side.'],
    decision: tones(
      ["Unfortunately, I can't take calls or work in the evenings and at weekends.", "I'm afraid I'm not available outside my working hours."],
      ["I'm not available outside my working hours.", "I can't take calls outside my working hours."],
      ["I don't take calls or requests outside my working hours.", "I'm not available outside my working hours."],
    ),
    reason: tones(
      ['I work {{policy}}, and keeping to those hours lets me give every client my full attention.',
        'Keeping that time free is what lets me give my clients my full attention during the week.'],
      ['I handle client requests in writing, {{policy}}.',
        'I handle client requests in writing, so that everything is clear and on record.'],
      ['I work {{policy}}.', 'I handle all client requests in writing.'],
    ),
  },
  'disrespect-or-ethics': {
    thanks: ['Thank you for your message.', 'Thanks for getting in touch.'],
    empathy: ['I can see this matters a great deal to you.'],
    decision: tones(
      ["I'm afraid I can't continue on this basis.", "Unfortunately, I can't go ahead with this."],
      ["I can't go ahead with this.", "I'm not able to continue on this basis."],
      ["I won't proceed with this.", "I can't continue on this basis."],
    ),
    reason: tones(
      ['My work rests on honesty and mutual respect, and this falls short of that standard.'],
      ['It goes against the principles I work by.'],
      ['It goes against the principles I work by.', 'It conflicts with the standards I work to.'],
    ),
  },
  'not-a-fit': {
    thanks: ['Thank you for your trust in my work.', 'Thanks for thinking of me.'],
    empathy: ["I know this isn't the answer you were hoping for.", "I appreciate the time you've put into this."],
    decision: tones(
      ["After careful thought, I'm afraid I won't be able to take this forward.", "Unfortunately, I'm not the right person to take this forward."],
      ["After careful thought, I won't be able to go ahead.", "I'm not able to continue with this work."],
      ["I won't proceed with this work.", "I won't be continuing with this work."],
    ),
    reason: tones(
      ["Your needs and the way I work don't align closely enough, and you deserve someone who is the right fit."],
      ['Your needs and the way I work are not a good match.'],
      ['Your needs and my services are not a good match.'],
    ),
    alternatives: {
      referral: tones(
        ["I'd warmly recommend {{referralName}} ({{referralContact}}), who would be well placed to help.",
          '{{referralName}} would be well placed to help, and you can reach them at {{referralContact}}.',
          "I'd warmly recommend {{referralName}}, who would be well placed to help.",
          "I'd recommend a trusted colleague who would be well placed to help; you can reach them at {{referralContact}}.",
          "I'd be glad to recommend a trusted colleague who may be better suited to this."],
        ["I'd recommend {{referralName}} ({{referralContact}}), who may be better suited to this.",
          "I'd recommend {{referralName}}, who may be better suited to this.",
          'A colleague of mine may be better suited to this, and you can reach them at {{referralContact}}.',
          'I can recommend a colleague who may be better suited to this.'],
        ['I recommend contacting {{referralName}} ({{referralContact}}).', 'I recommend contacting {{referralName}}.',
          'I recommend contacting a colleague of mine at {{referralContact}}.',
          'I can refer you to a colleague.'],
      ),
    },
    openDoor: tones(
      ["I wish you every success, and if your plans change, I'd love to hear from you.",
        "If your plans change in future, please don't hesitate to get in touch."],
      ['If your plans change, feel free to get in touch.', "If your plans change, I'd be glad to hear from you."],
      ["If your plans change, you're welcome to contact me.", 'You are welcome to contact me if your plans change.'],
    ),
  },
};
