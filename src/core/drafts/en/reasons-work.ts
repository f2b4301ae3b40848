// English parts for reasons about time and scope.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const workReasons: Partial<Record<ReasonId, ReasonDrafts>> = {
  'schedule-full': {
    thanks: ['Thank you for thinking of me for this project.', 'Thanks so much for getting in touch about this project.'],
    empathy: ['It sounds like a great project, and I can see why the timing matters.', 'I can tell how much this project means to you.'],
    decision: tones(
      ["Unfortunately, I can't take it on right now.", "I'm afraid I won't be able to take it on at the moment."],
      ["I can't take on this project at the moment.", "I'm not able to take on new work right now."],
      ["I can't take on this project.", "I'm not taking on new projects at the moment."],
    ),
    reason: tones(
      ["My schedule is fully committed to my current clients, and I wouldn't be able to give your project the attention it deserves.",
        'My calendar is full with current clients, and I want every project I take on to get my full attention.'],
      ['My schedule is fully booked with current clients.', 'My calendar is full with existing commitments.'],
      ['My schedule is fully booked.', 'My calendar is full.'],
    ),
  },
  'deadline-too-tight': {
    thanks: ['Thank you for letting me know about the new timeline.', 'Thanks for explaining the timing and what is behind it.'],
    empathy: ['I understand how much is riding on this date.', "I can see why you'd like to have it sooner."],
    decision: tones(
      ["Unfortunately, I can't deliver it by then.", "I'm afraid I won't be able to meet that deadline."],
      ["I can't deliver it by that deadline.", "I'm not able to meet the new date."],
      ["I can't deliver it by that date.", "I won't be able to move the deadline forward."],
    ),
    reason: tones(
      ['Doing it properly takes more time, and rushing it would mean handing you work below the standard you expect.'],
      ['The work needs more time to be done well.', 'A shorter timeline would compromise the quality of the work.'],
      ['The agreed timeline reflects the time the work requires.', 'Good work needs the time we planned for it.'],
    ),
    alternatives: {
      'later-date': tones(
        ["I could deliver the complete work by {{date}}, if that helps.", "I could deliver the complete work on the original timeline, if that helps."],
        ['I can deliver the complete work by {{date}}.', 'I can deliver the complete work on the original timeline.'],
        ['I can deliver the complete work by {{date}}.', 'I can deliver the complete work on the original timeline.'],
      ),
      'smaller-scope': tones(
        ['By that date, what I could deliver is {{offer}}.', 'I could deliver a smaller first part by that date, if that helps.'],
        ['By that date, I can deliver {{offer}}.', 'I can deliver a smaller first part by that date.'],
        ['By that date, I can deliver {{offer}}.', 'I can deliver a smaller first part by that date.'],
      ),
    },
  },
  'out-of-scope': {
    thanks: ['Thanks for sending over the extra request.', 'Thank you for the details of the additional work.'],
    empathy: ['I can see it would be convenient to handle it all together.', 'I understand it would be simpler to have everything in one place.'],
    decision: tones(
      ["Unfortunately, I can't include it in the current project.", "I'm afraid I can't add it to the work we agreed."],
      ["I can't include it in the current project.", "I'm not able to add it to the current scope."],
      ["I can't include it in the current project.", "I won't be adding it to the current project."],
    ),
    reason: tones(
      ['It goes beyond the scope we agreed, and I want to keep the project on track for you.'],
      ['It falls outside the scope we agreed.'],
      ['It is outside the agreed scope.', 'The agreed scope does not cover it.'],
    ),
  },
  'not-my-specialty': {
    thanks: ['Thank you for thinking of me for this.', 'Thanks for reaching out about this.'],
    empathy: ['I really appreciate your trust in my work.', "I can see why you'd want someone you already know."],
    decision: tones(
      ["Unfortunately, I'm not the right person for this one.", "I'm afraid I can't take this on."],
      ["I can't take this on.", "I'm not the right person for this."],
      ["I can't take on this work.", "I don't take on this kind of work."],
    ),
    reason: tones(
      ['It falls outside my area of expertise, and you deserve a specialist.'],
      ['It falls outside my area of expertise.'],
      ['It is outside my field.'],
    ),
  },
  'extra-revisions': {
    thanks: ['Thank you for the new round of feedback.', 'Thanks for sending over your latest comments.'],
    empathy: ['I want you to be happy with the result.', 'I can see you care about getting this exactly right.'],
    decision: tones(
      ["Unfortunately, I can't include another round of revisions in the current fee.", "I'm afraid I can't include another round in the current fee."],
      ["I can't include further revisions in the current fee.", "I'm not able to add another round of revisions at no cost."],
      ["I can't include further revisions in the agreed fee.", "I can't take on further revisions at no cost."],
    ),
    reason: tones(
      ['My price includes {{policy}}, which we have now completed.', 'My price includes a set number of revision rounds, which we have now completed.'],
      ['My price includes {{policy}}, and we have completed it.', 'The revision rounds included in my price have been completed.'],
      ['As set out in my terms, my price includes {{policy}}.', 'The revision rounds included in my price have been used.'],
    ),
    alternatives: {
      'paid-extra': tones(
        ["I'd be glad to do further rounds as paid extra work, at {{rate}}.", "I'd be glad to do further rounds as paid extra work."],
        ['Further rounds are billed at {{rate}}.', 'Further rounds can be billed as extra work.'],
        ['Further rounds are billed at {{rate}}.', 'Further rounds are billed separately.'],
      ),
    },
  },
  'unrealistic-expectations': {
    thanks: ['Thank you for sharing your goals so clearly.', "Thanks for telling me what you're hoping to achieve."],
    empathy: ['I can see how much you want this to succeed.', 'I understand the ambition behind it.'],
    decision: tones(
      ["Unfortunately, I can't promise that result.", "I'm afraid I can't commit to that outcome."],
      ["I can't commit to that result.", "I'm not able to promise that outcome."],
      ["I can't promise that result.", "I won't commit to an outcome I can't stand behind."],
    ),
    reason: tones(
      ["It wouldn't be honest of me to promise something nobody could deliver in that time."],
      ["It isn't achievable in the time and budget available."],
      ["It isn't achievable with the time and resources available."],
    ),
    alternatives: {
      'smaller-scope': tones(
        ['What I can realistically deliver is {{offer}}.', "I'd be glad to propose a smaller first step with achievable goals."],
        ['What I can realistically deliver is {{offer}}.', 'I can propose a smaller first step with achievable goals.'],
        ['What I can realistically deliver is {{offer}}.', 'I can propose a smaller first step with achievable goals.'],
      ),
      'what-i-can-do': tones(
        ['What I can realistically offer is {{offer}}.', "I'd be glad to propose a realistic plan with achievable goals."],
        ['What I can realistically offer is {{offer}}.', 'I can propose a realistic plan with achievable goals.'],
        ['What I can realistically offer is {{offer}}.', 'I can propose a realistic plan with achievable goals.'],
      ),
    },
  },
  'partial-yes': {
    thanks: ['Thank you for sending over the full brief.', 'Thanks for the details of everything you need.'],
    empathy: ["I can see there's a lot to get done.", "I understand you'd like one person to handle all of it."],
    decision: tones(
      ["Unfortunately, I can't take on all of it.", "I'm afraid I won't be able to handle every part of it."],
      ["I can't take on all of it.", "I'm not able to take on the whole request."],
      ["I can't take on all of it.", "I won't be taking on the full request."],
    ),
    reason: tones(
      ['Some of it falls outside what I can do to the standard you deserve.'],
      ['Part of it falls outside what I can take on.'],
      ['Part of it is outside the services I offer.'],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ["I'd be glad to take on {{offer}}.", "I'd be glad to take on the parts that fit my work."],
        ['I can take on {{offer}}.', 'I can take on the parts that fit my work.'],
        ['I can take on {{offer}}.', 'I can take on the parts that fall within my services.'],
      ),
    },
  },
  'buy-time': {
    thanks: ['Thank you for the proposal.', 'Thanks for explaining what you need.'],
    empathy: ["I understand you'd like an answer soon.", "I know you're keen to get moving."],
    decision: tones(
      ["Before I give you an answer, I'd like some time to consider it properly.", "I'd like to take some time to think it over before I commit."],
      ["I'd like some time to review it before I give you an answer.", "I'll need some time to consider it before deciding."],
      ["I don't make decisions like this on the spot.", 'I need time to review it before I decide.'],
    ),
    reason: tones(
      ['That way I can give you a considered answer rather than a rushed one.'],
      ['I prefer to confirm decisions like this in writing.'],
      ['I confirm decisions of this kind in writing.'],
    ),
    openDoor: tones(
      ['In the meantime, feel free to send me any details in writing.'],
      ['In the meantime, feel free to send me any details in writing.'],
      ['Any further details are welcome by email.'],
    ),
  },
};
