// English parts for reasons about boundaries and the relationship itself.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const boundaryReasons: Partial<Record<ReasonId, ReasonDrafts>> = {
  'already-helped': {
    thanks: ['Thanks for getting back in touch.', 'Thank you for the update.'],
    empathy: ['I understand how frustrating it is to have the same issue come back.', 'I know it is tiring to face the same problem again.'],
    decision: tones(
      ["Unfortunately, I can't offer further help on this free of charge.", "I'm afraid I can't take this on again at no cost."],
      ["I can't offer further help on this free of charge.", "I'm not able to take this on again at no cost."],
      ["I can't take this on again at no cost.", "I won't be covering this again under our previous work."],
    ),
    reason: tones(
      ['We worked through this together before, and the steps we agreed on still apply.'],
      ['We covered this in our previous work together.'],
      ['This was covered in full in our previous work.'],
    ),
    alternatives: {
      'paid-extra': tones(
        ["If you'd like more help, I'd be glad to book a paid session at {{rate}}.", "If you'd like more help, I'd be glad to book a new paid session."],
        ['A new paid session is available at {{rate}}.', 'A new paid session is available if you would like further help.'],
        ['Further help is available as a paid session at {{rate}}.', 'Further help is available as a paid session.'],
      ),
    },
  },
  'third-party-request': {
    thanks: ['Thank you for thinking of me for someone close to you.', 'Thanks for recommending my work.'],
    empathy: ['It is clear you want to help them.', 'I can see how much you care about them.'],
    decision: tones(
      ["Unfortunately, I can't take this on through you.", "I'm afraid I can't help through someone else."],
      ["I can't take on requests made on someone else's behalf.", "I'm not able to work through a third party."],
      ["I don't take on requests made on someone else's behalf.", "I can't work through a third party."],
    ),
    reason: tones(
      ['I work directly with the person who needs the help, so that I understand their situation first-hand.'],
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
      ["I don't work outside my working hours.", "I can't take calls or requests outside my working hours."],
    ),
    reason: tones(
      ['My working hours are {{policy}}, and keeping to them lets me give every client my full attention.',
        'Keeping evenings and weekends free is what lets me give my clients my full attention during the week.'],
      ['My working hours are {{policy}}, and I handle client requests by email.',
        'I handle client requests in writing, during working hours, so that everything is clear and on record.'],
      ['My working hours are {{policy}}, and I handle client requests by email.', 'I handle client requests by email, within my working hours.'],
    ),
  },
  'disrespect-or-ethics': {
    thanks: ['Thank you for your message.', 'Thanks for getting in touch.'],
    empathy: ['I can see this matters a great deal to you.'],
    decision: tones(
      ["I'm afraid I can't continue on this basis.", "Unfortunately, I can't go ahead with this."],
      ["I can't go ahead with this.", "I'm not able to continue on this basis."],
      ["I won't go ahead with this.", "I can't continue on this basis."],
    ),
    reason: tones(
      ["I keep my work ethical and based on mutual respect, and this request doesn't meet that standard."],
      ['This goes against the principles I work by.'],
      ['This goes against the principles I work by.', 'This is not something I do.'],
    ),
  },
  'not-a-fit': {
    thanks: ['Thank you for your trust in my work.', 'Thanks for thinking of me.'],
    empathy: ["I know this isn't the answer you were hoping for.", "I appreciate the time you've put into this."],
    decision: tones(
      ["After careful thought, I've decided not to go ahead.", "I'm afraid I'm not the right person for what you need."],
      ["I've decided not to go ahead.", "I won't be able to continue with this work."],
      ["I've decided not to go ahead.", "I won't be continuing with this work."],
    ),
    reason: tones(
      ["Your needs and the way I work don't match well enough, and you deserve someone who is a perfect fit."],
      ['Your needs and the way I work are not a good match.'],
      ['Your needs and my services are not a good match.'],
    ),
  },
};
