// English parts for reasons about time and scope. Each reason words its own acknowledgement,
// alternatives and closing line for where the relationship stands (reasons.ts `stage`).
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const workReasons = {
  // A new enquiry; my calendar is full.
  'schedule-full': {
    opening: tones(
      ['Thanks so much for getting in touch, and for thinking of me.', 'Thank you for your enquiry, and for thinking of me.'],
      ['Thank you for getting in touch about your project.', 'Thanks for your enquiry and for thinking of me.'],
      ['Thank you for your enquiry.', 'Thanks for getting in touch about your project.'],
    ),
    empathy: ["It's good to hear you'd like to work with me.", 'I appreciate you explaining what you need.'],
    decision: tones(
      ["I'm afraid I can't take on new work at the moment.", "Unfortunately, I'm not able to take on new work right now."],
      ["I can't take on new work at the moment.", "I'm not able to take on new work right now."],
      ["I can't take on new work at the moment.", "I'm not able to take on new work right now."],
    ),
    explained: tones(
      ["I'm afraid I can't take on new work at the moment, as my schedule is fully booked with existing clients.",
        "Unfortunately, I'm not able to take on new work right now: my calendar is full with commitments to existing clients."],
      ["I can't take on new work at the moment, as my schedule is fully booked with existing clients.",
        "I'm not able to take on new work right now: my calendar is full with commitments to existing clients."],
      ["I can't take on new work at the moment. My schedule is fully booked with existing clients.",
        "I'm not able to take on new work right now, as my calendar is full."],
    ),
    alternatives: {
      'later-date': tones(
        ['If your timing is flexible, the earliest I could start is {{date}}.', 'My next available start date is {{date}}, if that could work for you.',
          "If your timing is flexible, I'd be glad to start at a later date."],
        ['The earliest I could start is {{date}}, if your timeline allows.', 'My next available start date is {{date}}.',
          'I could start at a later date, if your timeline has room for that.'],
        ['My next available start date is {{date}}.', 'The earliest I can start is {{date}}.',
          'I can start at a later date.'],
      ),
      referral: tones(
        ['{{referralName}} ({{referralContact}}) does similar work and may have availability.',
          '{{referralName}} does similar work and may have availability.',
          'It may be worth contacting {{referralContact}}, who does similar work and may have availability.',
          "I'd be glad to recommend a colleague who does similar work and may have availability."],
        ['{{referralName}} ({{referralContact}}) does similar work and may be able to help.',
          '{{referralName}} does similar work and may be able to help.',
          'You could contact {{referralContact}}, who does similar work.',
          'I can recommend a colleague who does similar work.'],
        ['I recommend contacting {{referralName}} ({{referralContact}}) instead.', 'You can contact {{referralName}} at {{referralContact}}.',
          'I recommend contacting {{referralName}} instead.',
          'I recommend contacting {{referralContact}}, who does similar work.', 'I can refer you to a colleague who does similar work.'],
      ),
    },
    nextStep: {
      'later-date': tones(
        ['Let me know if that would suit you, and we can plan from there.', 'Do let me know if that could work for you.'],
        ["Let me know if you're happy to wait, and we can plan from there.", 'If that works for you, we can plan from there.'],
        ["Let me know if you'd like to book that.", 'Let me know if you can wait.'],
      ),
      referral: tones(
        ["I'm happy to put you in touch if that would help.", "Do let me know if you'd like me to put you in touch."],
        ["Let me know if you'd like me to put you in touch.", "I'm happy to put you in touch if that would help."],
        ["Let me know if you'd like me to put you in touch.", "I can put you in touch if you'd like."],
      ),
    },
    door: tones(
      ["I'd be glad to hear from you another time.", 'Please do keep me in mind for anything else that comes up.'],
      ['Feel free to get in touch another time.', "I'd be glad to hear from you about future work."],
      ["You're welcome to contact me another time.", "I'd be glad to hear from you about future work."],
    ),
  },

  // Work under way; they want it sooner or want to move the deadline up.
  'deadline-too-tight': {
    opening: tones(
      ["Thanks for letting me know you'd like it sooner.", 'Thank you for explaining the new timing on your side.'],
      ["Thanks for letting me know you'd like it sooner.", 'Thank you for explaining the new timing on your side.'],
      ["Thank you for letting me know you'd like it sooner.", 'Thank you for explaining the new timing.'],
    ),
    empathy: ['I understand why an earlier date would help.', 'I can see why having it sooner would make things easier for you.'],
    decision: tones(
      ["I'm afraid I can't deliver by the date you've asked for.", "Unfortunately, I can't have everything ready by the new date."],
      ["I can't deliver by the date you've asked for.", "I'm not able to have everything ready by the new date."],
      ["I can't deliver by the date you've asked for.", "I won't be able to have everything ready by the new date."],
    ),
    explained: tones(
      ["I'm afraid I can't deliver by the date you've asked for: the remaining stages need the time set aside for them, and rushing them would show in the result.",
        "Unfortunately, I can't have everything ready by the new date without the quality of the remaining stages suffering."],
      ["I can't deliver by the date you've asked for, as the remaining stages need the time set aside for them.",
        "I'm not able to have everything ready by the new date: shortening the remaining stages would affect the quality."],
      ["I can't deliver by the date you've asked for. The remaining stages need the time set aside for them.",
        "I won't be able to have everything ready by the new date, as a shorter timeframe would compromise the quality."],
    ),
    alternatives: {
      'later-date': tones(
        ['I could have it all finished by {{date}}.', 'The soonest I could have it all finished is {{date}}.',
          "I'd be glad to go through what's left and tell you the soonest I could finish."],
        ['I can have it all finished by {{date}}.', 'The soonest I could have it all finished is {{date}}.',
          "I can go through what's left and tell you the soonest I could finish."],
        ['I can have it all finished by {{date}}.', 'The soonest I can finish is {{date}}.',
          "I can review what's left and give you the soonest possible date."],
      ),
      'smaller-scope': tones(
        ['What I could have ready by then is {{offer}}, with the rest following as originally planned.',
          'I could prioritise {{offer}} for your date and deliver the rest afterwards.',
          'I could have the most urgent part ready by then, with the rest following as originally planned.'],
        ['What I can have ready by then is {{offer}}, with the rest to follow.', 'I could prioritise {{offer}} for your date and deliver the rest afterwards.',
          'I could have the most urgent part ready by then, with the rest to follow.'],
        ['What I can have ready by then is {{offer}}, with the rest to follow.', 'I can prioritise {{offer}} for your date.',
          'I can have the most urgent part ready by then, with the rest to follow.'],
      ),
    },
    nextStep: {
      'later-date': tones(
        ["Let me know if that would work for you, and I'll confirm the new date in writing.", 'Do let me know if that would suit you.'],
        ["Let me know if that works for you, and I'll confirm the new date in writing.", 'Please let me know if that would suit you.'],
        ["Let me know if you'd like to proceed on that basis.", 'Please let me know if that works for you.'],
      ),
      'smaller-scope': tones(
        ["Let me know if that would work, and I'll adjust the timetable.", "If that suits you, I'll send over an updated timetable."],
        ["Let me know if that would work, and I'll adjust the timetable.", "If that suits you, I'll send you an updated timetable."],
        ["Let me know if that works, and I'll adjust the timetable.", "Please let me know if you'd like to split it this way."],
      ),
    },
    door: tones(
      ["I'll keep working to the current timetable. If anything changes on your side, I'm happy to talk it through.", "I'll carry on to the current timetable, and I'm happy to answer any questions in the meantime."],
      ["I'll keep working to the current timetable, and I'm happy to answer any questions in the meantime.", "I'll carry on as planned. If anything changes on your side, I'm happy to talk it through."],
      ["I'll keep to the current timetable and am happy to answer any questions before then.", "I'll carry on as planned. If anything changes on your side, I'm happy to discuss it."],
    ),
  },

  // Work under way; an extra "while you're at it" request outside the agreed scope.
  'out-of-scope': {
    opening: tones(
      ["Thanks for letting me know what else you'd like done.", 'Thank you for sending over the additional request.'],
      ["Thank you for letting me know what else you'd like done.", 'Thanks for sending over the extra request.'],
      ['Thank you for the additional request.', 'Thanks for letting me know what else you need.'],
    ),
    empathy: ['I can see why it would be convenient to have it done at the same time.', 'It makes sense to want everything dealt with together.'],
    decision: tones(
      ["I'm afraid I can't include it in the current project.", "Unfortunately, I can't take it on at no extra cost."],
      ["I can't include it in the current project.", "I'm not able to take it on at no extra cost."],
      ["I can't include it in the current project.", "I can't take it on at no extra cost."],
    ),
    explained: tones(
      ["I'm afraid I can't include it in the current project, as it goes beyond the original brief and the fee doesn't cover it.",
        "Unfortunately, I can't take it on at no extra cost: it sits outside the original brief."],
      ["I can't include it in the current project, as it falls outside the original brief.",
        "I'm not able to take it on at no extra cost: it goes beyond the original brief."],
      ["I can't include it in the current project, as it's outside the original brief.",
        "I can't take it on at no extra cost. The original brief doesn't cover it."],
    ),
    alternatives: {
      'separate-quote': tones(
        ["I'd be happy to quote for it separately, based on my rate of {{rate}}.", "I'd gladly handle it as a separate piece of work, billed at {{rate}}.",
          "I'd be happy to quote for it separately.", "I'd gladly handle it as a separate piece of work with its own quote."],
        ['I can quote for it separately, based on my rate of {{rate}}.', 'I can handle it as a separate piece of work, billed at {{rate}}.',
          'I can send you a separate quote for it.', 'I can handle it as a separate piece of work with its own quote.'],
        ['I can quote for it separately, based on my rate of {{rate}}.', 'I can handle it separately, billed at {{rate}}.',
          'I can quote for it separately.', 'I can handle it as separate, paid work.'],
      ),
    },
    nextStep: tones(
      ["Let me know if you'd like to go ahead, and I'll send over the cost and timing.", "If you'd like that, I'll send the cost and timing so you can decide."],
      ["Let me know if you'd like to go ahead, and I'll send you the figures.", "If you'd like to go ahead, I'll send over the cost and timing."],
      ["Let me know if you'd like to go ahead, and I'll send the figures.", "Please let me know if you'd like to go ahead on that basis."],
    ),
    door: tones(
      ["I'll carry on with everything we agreed, and I'm happy to look at the addition separately if you'd like.", "I'll carry on with the agreed scope in the meantime, and I'm glad to talk the extra work through whenever suits you."],
      ["I'll carry on with everything we agreed, and I'm happy to answer any questions.", "I'll carry on with the agreed scope. Let me know if you have any questions."],
      ["I'll carry on with everything we agreed and am happy to answer any questions.", "I'll carry on with the agreed scope and can answer any questions about it."],
    ),
  },

  // A new enquiry outside my field.
  'not-my-specialty': {
    opening: tones(
      ['Thank you for thinking of me for this.', 'It was good to hear from you, and thank you for asking me to help.'],
      ['Thank you for your enquiry and for thinking of me.', 'Thanks for getting in touch and explaining what you need.'],
      ['Thank you for your enquiry.', 'Thanks for getting in touch.'],
    ),
    empathy: ['I appreciate you taking the time to explain what you need.', "It's good of you to think of me for it."],
    decision: tones(
      ["I'm afraid I can't take this one on.", "Unfortunately, I'm not able to help on this occasion."],
      ["I can't take this on.", "I'm not able to help on this occasion."],
      ["I can't take this on.", "I won't be taking this on."],
    ),
    explained: tones(
      ["I'm afraid I can't take this one on: it's outside my area of expertise, and you'd be better served by a specialist.",
        "Unfortunately, I'm not able to help on this occasion, as it isn't my field, and a specialist would get you a better result."],
      ["I can't take this on, as it falls outside my area of expertise.",
        "I'm not able to help on this occasion: it isn't my field, and a specialist would get you a better result."],
      ["I can't take this on. It's outside my area of expertise.",
        "I won't be taking this on, as it isn't my field."],
    ),
    alternatives: {
      referral: tones(
        ['{{referralName}} ({{referralContact}}) specialises in this and would be well placed to help.',
          "I'd warmly recommend {{referralName}} ({{referralContact}}), who specialises in this.",
          '{{referralName}} specialises in this and would be well placed to help.',
          'You might find a better match at {{referralContact}}.',
          'I can recommend a colleague who specialises in this.'],
        ['{{referralName}} ({{referralContact}}) specialises in this and would be well placed to help.',
          "I'd recommend {{referralName}} ({{referralContact}}), who specialises in this.",
          "I'd recommend {{referralName}}, who specialises in this.",
          'You may find a better match at {{referralContact}}.',
          'I can recommend a colleague who specialises in this.'],
        ['{{referralName}} ({{referralContact}}) specialises in this.',
          'I recommend contacting {{referralName}} ({{referralContact}}).',
          '{{referralName}} specialises in this.',
          'I recommend contacting {{referralContact}}.',
          'I can refer you to a colleague who specialises in this.'],
      ),
      'free-resources': tones(
        ["I'd suggest starting with {{resources}}.", 'A good place to begin would be {{resources}}.',
          "If it would be useful, I'd be happy to point you to some free material to get you started."],
        ['You could start with {{resources}}.', 'A useful place to begin would be {{resources}}.',
          'I can point you to some free material to get you started, if that would be useful.'],
        ['I recommend {{resources}} as a starting point.', 'A good place to begin is {{resources}}.',
          'I can point you to free material on this.'],
      ),
    },
    nextStep: {
      referral: tones(
        ["Let me know if you'd like me to make an introduction.", "I'd be glad to introduce you if that would be useful."],
        ["Let me know if you'd like me to make an introduction.", 'I can introduce you if that would be useful.'],
        ["Let me know if you'd like an introduction.", "I can make an introduction if you'd like."],
      ),
      'free-resources': tones(
        ["I'm happy to send a link if that would help.", "Do let me know if you'd like a link."],
        ["Let me know if you'd like a link.", "I'm happy to send a link if that would help."],
        ["Let me know if you'd like a link.", "I can send a link if you'd like."],
      ),
    },
    door: tones(
      ["I hope you find the right person for it. If you need help with anything in my field, I'd be glad to hear from you.", 'Please keep me in mind for anything within my field in future.'],
      ['If you need help with anything in my field in future, feel free to get in touch.', "I'd be glad to hear from you about anything within my field."],
      ["You're welcome to contact me about work within my field.", "If a future project falls within my field, I'd be glad to hear from you."],
    ),
  },

  // Work under way; more rounds of changes than the policy includes.
  'extra-revisions': {
    opening: tones(
      ['Thanks for your latest feedback.', 'Thank you for your comments on the latest draft.'],
      ['Thanks for your comments on the latest draft.', 'Thank you for your latest feedback.'],
      ['Thank you for your latest feedback.', 'Thank you for your comments.'],
    ),
    empathy: ['I want you to be happy with the result.', "I can see you're keen to get this right."],
    decision: tones(
      ["I'm afraid I can't make the new edits within the current fee.", "Unfortunately, I can't include the new edits in the agreed price."],
      ["I can't make the new edits within the current fee.", "I'm not able to include the new edits in the agreed price."],
      ["I can't make the new edits within the agreed fee.", "I can't include the new edits in the agreed fee."],
    ),
    explained: tones(
      ["I'm afraid I can't make the new edits within the current fee: the price we agreed covers {{policy}}, and we've now used that allowance.",
        "Unfortunately, I can't include the new edits in the agreed price, as it covers {{policy}}, and that allowance has been used.",
        "I'm afraid I can't make the new edits within the current fee: we've now used the revision rounds included in the price we agreed.",
        "Unfortunately, I can't include the new edits in the agreed price, as we've already been through the revision rounds it covers."],
      ["I can't make the new edits within the current fee: the agreed price covers {{policy}}, and we've now used that allowance.",
        "I'm not able to include the new edits in the agreed price, as it covers {{policy}}, and that allowance has been used.",
        "I can't make the new edits within the current fee, as we've now used the revision rounds the agreed price includes.",
        "I'm not able to include the new edits in the agreed price, as the revision rounds it covers have been used."],
      ["I can't make the new edits within the agreed fee. It covers {{policy}}, and that allowance has been used.",
        "I can't include the new edits in the agreed fee: it covers {{policy}}, and we've used that allowance.",
        "I can't make the new edits within the agreed fee. The revision rounds it includes have been used.",
        "I can't include the new edits in the agreed fee: the revision rounds it covers have been used."],
    ),
    alternatives: {
      'paid-extra': tones(
        ["I'd be glad to make them as paid work, at {{rate}}.", "I'd be happy to make them as additional paid work, at {{rate}}.",
          "I'd be glad to make them as paid work.", "I'd be happy to make them as additional paid work."],
        ['I can make them as paid work, at {{rate}}.', 'I can take them on as additional paid work, at {{rate}}.',
          'I can make them as paid work.', 'I can take them on as additional paid work.'],
        ['I can make them as paid work, at {{rate}}.', 'I can make them as additional paid work, at {{rate}}.',
          'I can make them as paid work.', 'I can make them as additional paid work.'],
      ),
    },
    nextStep: tones(
      ["Let me know if you'd like to go ahead, and I'll confirm the cost before I start.", "If you'd like to go ahead, I'll send you a quote for them first."],
      ["Let me know if you'd like to go ahead, and I'll confirm the cost before I start.", "If you'd like to proceed, I'll send you a quote first."],
      ["Let me know if you'd like to proceed, and I'll confirm the cost first.", "Please confirm in writing if you'd like to go ahead."],
    ),
    door: tones(
      ["If you have any questions about where things stand, I'm happy to go through them with you.", "I'm glad to talk through anything about the current version."],
      ["I'm happy to answer any questions about where things stand.", 'Let me know if you have any questions about the current version.'],
      ["If you have questions about where things stand, I'm happy to answer them.", "I'm happy to answer any questions about the current version."],
    ),
  },

  // A new enquiry that expects a "magic" result.
  'unrealistic-expectations': {
    opening: tones(
      ['Thank you for sharing your goals.', "Thanks for explaining what you'd like to achieve."],
      ["Thanks for explaining what you're hoping to achieve.", 'Thank you for setting out your goals.'],
      ['Thank you for setting out your goals.', 'Thank you for explaining what you want to achieve.'],
    ),
    empathy: ["I can see what you're aiming for.", 'I can see why this matters to you.'],
    decision: tones(
      ["I'm afraid I can't promise the result you've described.", "Unfortunately, I can't commit to the outcome you have in mind."],
      ["I can't promise the result you've described.", "I'm not able to commit to the outcome you have in mind."],
      ["I can't promise the result you've described.", "I can't commit to the outcome you have in mind."],
    ),
    explained: tones(
      ["I'm afraid I can't promise the result you've described: it depends on factors beyond the work itself, and I'd rather be clear about that now.",
        "Unfortunately, I can't commit to the outcome you have in mind, because no single piece of work could guarantee it."],
      ["I can't promise the result you've described, as it depends on factors that no single piece of work can control.",
        "I'm not able to commit to the outcome you have in mind: it goes beyond what this kind of work can achieve on its own."],
      ["I can't promise the result you've described. It depends on factors outside my control.",
        "I can't commit to the outcome you have in mind, as no single piece of work could guarantee it."],
    ),
    alternatives: {
      'smaller-scope': tones(
        ["I'd suggest starting with {{offer}} as a first step, with goals we can measure.", "I'd be glad to begin with {{offer}} and build from there once we see results.",
          "I'd suggest starting with a smaller first phase and building from there.", "I'd be glad to propose a smaller first step with goals we can measure."],
        ["I'd suggest starting with {{offer}} as a first step.", 'We could begin with {{offer}} and build from there.',
          "I'd suggest a smaller first phase with goals we can measure.", 'I could take on a smaller first phase and build from there.'],
        ['I suggest starting with {{offer}} as a first step.', 'We can begin with {{offer}} and build from there.',
          'I can take on a smaller first phase with measurable goals.', 'I can offer a smaller, clearly defined piece of work.'],
      ),
      'what-i-can-do': tones(
        ["What I can do instead is {{offer}}, with the scope agreed in writing.", "I'd be happy to suggest {{offer}} instead, with the scope settled before I begin.",
          'What I can offer is a plan with clear, measurable goals that we agree at the start.', "I'd be glad to put together a plan with goals we can both stand behind."],
        ['What I can do instead is {{offer}}, with the scope agreed in writing.', 'I can suggest {{offer}} instead, with the scope agreed in advance.',
          'What I can offer is a plan with clear, measurable goals agreed at the start.', 'I can put together a plan built around goals we can measure.'],
        ['What I can do instead is {{offer}}, with a defined scope.', 'I can suggest {{offer}} instead, with a clearly defined scope.',
          'What I can offer is a plan with measurable goals.', 'I can set out in writing what the work can achieve.'],
      ),
    },
    nextStep: tones(
      ["Let me know if you'd like to explore that, and I'll send over a short proposal.", "If that appeals, I'll send over a short outline."],
      ["Let me know if you'd like me to put that in a proposal.", "If that interests you, I'll send the details."],
      ["Let me know if you'd like me to set that out in a proposal.", "Please let me know if you'd like the details."],
    ),
    door: tones(
      ["If you'd like to talk through what's realistic, I'd be glad to hear from you.", "I wish you every success. I'm happy to discuss what the work could realistically deliver whenever suits you."],
      ["If you'd like to discuss what's realistic, feel free to get in touch.", "I'd be glad to talk through what the work could realistically deliver."],
      ["You're welcome to contact me to discuss what's realistic.", "I'm available to discuss a realistic scope if you'd like."],
    ),
  },

  // A new enquiry; I can do part of it. Always says what I will do.
  'partial-yes': {
    opening: tones(
      ['Thanks for explaining everything you need.', "Thank you for setting out what you're looking for."],
      ['Thanks for explaining what you need.', "Thanks for setting out what you're looking for."],
      ['Thank you for your request.', "Thank you for setting out what you're looking for."],
    ),
    empathy: ['I can see the appeal of having one person handle all of it.', "I'd like to help where I can."],
    decision: tones(
      ["I'm afraid I can't take on {{declined}}.", "Unfortunately, I'm not able to include {{declined}}.",
        "I'm afraid I can't cover everything you've listed.", "Unfortunately, I'm not able to take on the whole list."],
      ["I can't take on {{declined}}.", "I'm not able to include {{declined}}.",
        "I can't cover everything you've listed.", "I'm not able to take on the whole list."],
      ["I can't take on {{declined}}.", "I won't be able to include {{declined}}.",
        "I can't cover everything you've listed.", "I won't be able to take on the whole list."],
    ),
    explained: tones(
      ["I'm afraid I can't take on {{declined}}: it isn't one of the services I offer, so you'd need to arrange it separately.",
        "Unfortunately, I'm not able to include {{declined}}, as it falls outside the services I offer, so it would need to be arranged separately.",
        "I'm afraid I can't cover everything you've listed, as some of it falls outside the services I offer.",
        "Unfortunately, I'm not able to take on the whole list: part of it falls outside the services I offer and would need to be arranged separately."],
      ["I can't take on {{declined}}, as it isn't one of the services I offer.", "I'm not able to include {{declined}}: it falls outside the services I offer.",
        "I can't cover everything you've listed, as some of it falls outside the services I offer.", "I'm not able to take on the whole list: part of it falls outside the services I offer."],
      ["I can't take on {{declined}}. It isn't one of the services I offer.", "I won't be able to include {{declined}}, as it falls outside the services I offer.",
        "I can't cover everything you've listed. Some of it falls outside the services I offer.", "I won't be able to take on the whole list, as part of it falls outside the services I offer."],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ["I'd be glad to look after {{offer}}.", "I'd be happy to take care of {{offer}}.",
          "I'd be glad to look after the parts I can cover.", "I'd be happy to take care of the other parts."],
        ['I can look after {{offer}} on my usual terms.', "I'd be glad to take care of {{offer}}.",
          "I'm happy to handle the rest of the work on my usual terms.", "I'd be glad to take care of the other parts."],
        ['I can look after {{offer}} on my usual terms.', 'I can take care of {{offer}}.',
          "I'll handle the rest of the work on my usual terms.", 'I can take care of the other parts.'],
      ),
    },
    nextStep: tones(
      ["Let me know if you'd like me to go ahead, and I'll send over a quote and timeline.", "If that works for you, I'll put together a quote and a timeline."],
      ["Let me know if you'd like me to go ahead on that basis.", "If that works, I'll send you a quote and a timeline."],
      ["Let me know if you'd like to go ahead, and I'll send a quote.", "If you'd like to proceed, I'll send you a quote."],
    ),
  },

  // Not a no yet: they want a decision on the spot; I'll answer in writing.
  'buy-time': {
    opening: tones(
      ['Thank you for sending over the details.', "Thanks for walking me through what you're asking."],
      ['Thank you for the details, and for being clear about the timing you have in mind.',
        "Thanks for setting out what you're asking, and for letting me know you'd like an answer soon."],
      ['Thank you for the details.', "Thank you for setting out what you're asking."],
    ),
    empathy: ["I understand you'd like a decision soon.", "I know you'd like to settle this quickly."],
    decision: tones(
      ["I'm afraid I can't give you an answer straight away.", "I'd rather not decide on the spot."],
      ["I can't give you an answer straight away.", "I'd rather not decide on the spot."],
      ["I can't give you an answer on the spot.", "I won't be deciding on the spot."],
    ),
    explained: tones(
      ["I'm afraid I can't give you an answer straight away: I'd like time to go through everything carefully and weigh it up first.",
        "I'd rather not decide on the spot, as I'd like time to look at everything properly and give you a considered answer."],
      ["I can't give you an answer straight away, as I'd like time to look at everything properly first.",
        "I'd rather not decide on the spot: I'd like time to look at everything properly first."],
      ["I can't give you an answer on the spot. I need time to look at everything properly.",
        "I won't be deciding on the spot, as I need time to look at everything properly."],
    ),
    alternatives: {
      'reply-by': tones(
        ["I'll reply in writing by {{date}}.", "You'll have my reply in writing by {{date}}.",
          "I'll reply in writing within the next few days.", "You'll have my reply in writing within a few days."],
        ["I'll reply in writing by {{date}}.", "You'll have my reply in writing by {{date}}.",
          "I'll reply in writing within the next few days.", "You'll have my reply in writing within a few days."],
        ["I'll reply in writing by {{date}}.", "You'll have my reply in writing by {{date}}.",
          "I'll reply in writing within a few working days.", "You'll have my reply in writing within a few working days."],
      ),
    },
    nextStep: tones(
      ["In the meantime, feel free to send over anything else you'd like me to take into account.", "If there's anything else I should know in the meantime, do send it over."],
      ["In the meantime, please send anything else you'd like me to take into account.", "If there's anything else I should know, please send it over."],
      ['Please send anything else I should take into account before then.', "If there's anything else I should know, please send it over."],
    ),
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
