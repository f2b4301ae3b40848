// English parts for reasons about time and scope.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const workReasons: Partial<Record<ReasonId, ReasonDrafts>> = {
  'schedule-full': {
    thanks: ['Thank you for thinking of me for this project.', 'Thanks so much for getting in touch about this project.'],
    empathy: ['It sounds like an exciting piece of work, and I can see why the timing matters.', 'I can tell how much it means to you.'],
    decision: tones(
      ["Unfortunately, I can't take it on right now.", "I'm afraid I won't be able to take it on at the moment."],
      ["I can't take it on at the moment.", "I'm not able to take on new work right now."],
      ["I can't take it on.", "I'm not taking on new projects at the moment."],
    ),
    reason: tones(
      ["My schedule is fully committed to my current clients, and I wouldn't be able to give your project the attention it deserves.",
        'My calendar is already full with existing clients, and I only accept work I can give my complete attention to.'],
      ['My schedule is fully booked with current clients.', 'My existing commitments fill my calendar.'],
      ['My schedule is fully booked.', 'My calendar is full.'],
    ),
  },
  'deadline-too-tight': {
    thanks: ['Thank you for letting me know about the new timeline.', 'Thanks for explaining the timing and the reasons behind it.'],
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
        ["I could deliver the complete work by {{date}}, if that would help.", "I'd be glad to agree a realistic delivery date with you."],
        ['I can deliver the complete work by {{date}}.', 'I can propose a realistic delivery date.'],
        ['I can deliver the complete work by {{date}}.', 'I can deliver the complete work on the original timeline.'],
      ),
      'smaller-scope': tones(
        ['By that date, I could deliver {{offer}}, if that would help.', 'I could deliver part of the work by that date, if that would help.'],
        ['By that date, I can deliver {{offer}}.', 'I can deliver part of the work by that date.'],
        ['By that date, I can deliver {{offer}}.', 'I can deliver part of the work by that date.'],
      ),
    },
  },
  'out-of-scope': {
    thanks: ['Thanks for sending over the extra request.', 'Thank you for the details of the additional work.'],
    empathy: ['I can see it would be convenient to handle it all together.', 'I understand it would be simpler to have everything in one place.'],
    decision: tones(
      ["Unfortunately, I can't include it in the current project.", "I'm afraid I can't add it to what we're currently working on."],
      ["I can't include it in the current project.", "I'm not able to add it to the project as it stands."],
      ["I can't include it in the current project.", "I won't take it on as part of the current project."],
    ),
    reason: tones(
      ['It goes beyond the scope we agreed, and I want to keep the project on track for you.'],
      ['It falls outside the scope we agreed.'],
      ['It is outside the agreed scope.', 'The agreed scope does not cover it.'],
    ),
  },
  'not-my-specialty': {
    thanks: ['Thank you for thinking of me.', 'Thanks for getting in touch about this.'],
    empathy: ['I really appreciate your trust in my work.', "I can see why you'd want someone you already know."],
    decision: tones(
      ["Unfortunately, I can't take this one on.", "I'm afraid I'm not the right person for this one."],
      ["I can't take this on.", "I'm not able to take on this work."],
      ["I can't take on this work.", "I don't take on this type of work."],
    ),
    reason: tones(
      ['It falls outside my area of expertise, and you deserve a specialist.'],
      ['It falls outside my area of expertise.'],
      ['It is outside my field.'],
    ),
  },
  'extra-revisions': {
    thanks: ['Thank you for your latest feedback.', 'Thanks for sending over your comments.'],
    empathy: ['I want you to be happy with the result.', 'I can see you care about getting this exactly right.'],
    decision: tones(
      ["Unfortunately, I can't include further revisions in the current fee.", "I'm afraid I can't make more changes within the current fee."],
      ["I can't include further revisions in the current fee.", "I'm not able to make further changes at no extra cost."],
      ["I can't include further revisions in the agreed fee.", "I can't take on further revisions at no cost."],
    ),
    reason: tones(
      ['My price includes {{policy}}, which we have now completed.', 'My price includes a set number of revision rounds, and we have now used them.'],
      ['My price includes {{policy}}, which we have already completed.', 'The revision rounds included in my price have been used.'],
      ['As set out in my terms, my price includes {{policy}}.', 'The revision rounds included in my price have been used.'],
    ),
    alternatives: {
      'paid-extra': tones(
        ["I'd be happy to do another round as extra work, billed at {{rate}}.", "I'd be happy to do another round as paid extra work."],
        ['Additional rounds are billed at {{rate}}.', 'Additional rounds are billed as extra work.'],
        ['Additional rounds are billed at {{rate}}.', 'Additional rounds are billed separately.'],
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
      ["It wouldn't be honest of me to say yes to something nobody could achieve with that time and budget."],
      ["It isn't achievable in the time and budget available."],
      ["It isn't achievable with the time and resources available."],
    ),
    alternatives: {
      'smaller-scope': tones(
        ["What I can realistically deliver is {{offer}}, and I'd be glad to start there.", "I'd be glad to propose a smaller first step with realistic goals."],
        ['What I can realistically deliver is {{offer}}.', 'I can propose a smaller first step with realistic goals.'],
        ['What I can realistically deliver is {{offer}}.', 'I can propose a smaller first step with realistic goals.'],
      ),
      'what-i-can-do': tones(
        ['What I can realistically offer is {{offer}}.', "I'd be glad to put together a plan with goals we can reach."],
        ['What I can realistically offer is {{offer}}.', 'I can put together a plan with goals we can reach.'],
        ['What I can realistically offer is {{offer}}.', 'I can put together a plan with goals we can reach.'],
      ),
    },
  },
  'partial-yes': {
    thanks: ['Thank you for sending over the full brief.', 'Thanks for setting out everything you need.'],
    empathy: ["I can see there's a lot to get done.", 'I understand it would be easier to have one person do it all.'],
    decision: tones(
      ["Unfortunately, I can't take on all of it.", "I'm afraid I won't be able to handle every part of it."],
      ["I can't take on all of it.", "I'm not able to take on the whole request."],
      ["I can't take on all of it.", "I won't be taking on the full request."],
    ),
    reason: tones(
      ['Some of it falls outside what I can do to the standard you deserve.'],
      ['Some of it falls outside my area of work.'],
      ['Part of it is outside the services I offer.'],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ["I'd be glad to take care of {{offer}}.", "I'd be glad to take care of the parts that suit my skills."],
        ['I can deliver {{offer}}.', 'I can deliver the rest of the brief.'],
        ['I can deliver {{offer}}.', 'I can deliver the parts within my remit.'],
      ),
    },
  },
  'buy-time': {
    thanks: ['Thank you for the proposal.', 'Thanks for explaining what you need.'],
    empathy: ["I understand you'd like a decision soon.", "I know you're keen to get moving."],
    decision: tones(
      ["Before I give you an answer, I'd like some time to think it over.", "I'd like to take some time to consider it carefully before I commit."],
      ["I'd like some time to review it before I give you an answer.", "I'll need some time to consider it before deciding."],
      ["I don't make decisions like this on the spot.", 'I need time to consider it before I decide.'],
    ),
    reason: tones(
      ["That way, you'll get a well-thought-out reply rather than a rushed one."],
      ['I prefer not to make decisions like this on the spot.'],
      ['I review every request carefully before committing to it.'],
    ),
    openDoor: tones(
      ["In the meantime, do send over any details you'd like me to consider."],
      ['In the meantime, feel free to send over any further details.'],
      ["Please send any further details you'd like me to consider."],
    ),
  },
};
