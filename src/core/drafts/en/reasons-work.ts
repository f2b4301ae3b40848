// English parts for reasons about time and scope. Each reason words its own acknowledgement,
// alternatives and closing line for where the relationship stands (reasons.ts `stage`).
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const workReasons = {
  // A new enquiry; my calendar is full.
  'schedule-full': {
    opening: tones(
      ['Thank you for getting in touch about your project.', 'Thank you for your enquiry, and for thinking of me.'],
      ['Thanks for your enquiry.', 'I appreciate you getting in touch about your plans.'],
      ['Thank you for getting in touch.', 'Thank you for thinking of me.'],
    ),
    empathy: ["I'm glad you'd like to work with me.", "It's good to hear what you have in mind."],
    decision: tones(
      ["I'm afraid I can't take on new work at the moment.", "Unfortunately, I'm not able to take on any more work right now."],
      ["I can't take on new projects at the moment.", "I'm not able to take on any new work right now."],
      ["I'm not taking on new work at the moment.", "I can't take on another project right now."],
    ),
    explained: tones(
      ["I'm sorry, but I can't take on new work at the moment, as my schedule is fully booked with existing clients.",
        "Unfortunately, I'm not able to take on any more work right now, because my existing clients fill my calendar."],
      ["I can't take on new projects at the moment, as my schedule is fully booked with existing clients.",
        "I'm not able to take on any new work right now, as my calendar is fully committed to existing clients."],
      ["I'm not taking on new work at the moment. My schedule is fully booked.",
        "I can't take on another project right now, as my calendar is full."],
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
        ['{{referralName}}, who does similar work, may have availability and can be reached at {{referralContact}}.',
          '{{referralName}} does similar work and may have availability.',
          'A colleague who does similar work may have availability, and you can reach them at {{referralContact}}.',
          "I'd be glad to recommend a colleague who does similar work and may have availability."],
        ["I'd suggest {{referralName}} ({{referralContact}}), who does similar work and may be able to help.",
          '{{referralName}} does similar work and may be able to help.',
          'A colleague who does similar work may be able to help. You can reach them at {{referralContact}}.',
          'I can recommend a colleague who does similar work.'],
        ['I recommend contacting {{referralName}} at {{referralContact}} instead.', 'You can contact {{referralName}} at {{referralContact}}.',
          'I recommend contacting {{referralName}} instead.',
          'A colleague who does similar work can be reached at {{referralContact}}.', 'I can refer you to a colleague who does similar work.'],
      ),
    },
    nextStep: {
      'later-date': tones(
        ['Let me know if that would suit you, and we can plan from there.', "If that suits you, I'd be glad to pencil in a start date."],
        ["Let me know if you're happy to wait, and we can plan from there.", 'If that works for you, we can plan from there.'],
        ["Let me know if you'd like me to hold a start date for you.", 'Let me know if you can wait until then.'],
      ),
      referral: tones(
        ["I'm happy to put you in touch if that would help.", "Do let me know if you'd like me to put you in touch."],
        ["Let me know if you'd like me to put you in touch.", "I'm happy to put you in touch if you'd like."],
        ["Let me know if you'd like me to put you in touch.", "I'll put you in touch if you'd like."],
      ),
    },
    door: tones(
      ["I'd be happy to hear from you another time.", 'Please do keep me in mind for anything else that comes up.'],
      ['Feel free to get in touch another time.', "I'd be glad to hear from you about future work."],
      ["You're welcome to contact me another time.", "You're welcome to get in touch about future work."],
    ),
  },

  // Work under way; they want it sooner or want to move the deadline up.
  'deadline-too-tight': {
    opening: tones(
      ['Thanks for letting me know you need this sooner.', 'Thank you for letting me know about the change to your timeline.'],
      ['I appreciate you letting me know about the change in timing.', 'Thanks for your message about the new date.'],
      ["I've noted that you now need this sooner.", 'Thanks for letting me know about the new timing.'],
    ),
    empathy: ['I know the new timing matters to you.', 'I understand a quicker turnaround would make things easier on your side.'],
    decision: tones(
      ["I'm afraid I can't deliver by the date you've asked for.", "Unfortunately, I can't have everything ready by the new date."],
      ["I can't meet the new deadline.", "I'm not able to bring the delivery forward."],
      ["I can't meet the date you've asked for.", "I won't be able to move the deadline forward."],
    ),
    explained: tones(
      ["I'm not able to deliver by the date you've asked for, because the work needs the time we set aside for it.",
        "Unfortunately, I can't have everything ready by the new date without the quality suffering."],
      ["I can't meet the new deadline, as the work needs the time we set for it to be done well.",
        "I'm not able to bring the delivery forward without cutting corners on the quality of the work."],
      ["I can't meet the date you've asked for. A shorter timeframe would compromise the quality of the work.",
        "I won't be able to move the deadline forward, as the work needs the time we scheduled."],
    ),
    alternatives: {
      'later-date': tones(
        ['I could complete the work by {{date}}.', 'The earliest I could deliver is {{date}}.',
          "I'd be glad to go through what's left and tell you the soonest I could finish."],
        ['I can have everything finished by {{date}}.', 'The soonest I could finish is {{date}}.',
          "I can go through what's left and tell you the soonest I could finish."],
        ['I can deliver everything by {{date}}.', 'The soonest I can finish is {{date}}.',
          "I can review what's left and give you the soonest possible finish."],
      ),
      'smaller-scope': tones(
        ['I could have {{offer}} ready by your new date, with the rest following on the original schedule.',
          "I'd be glad to deliver {{offer}} by the date you need and hand over the rest afterwards.",
          'I could have the most urgent part ready by your new date, with the rest following on the original schedule.'],
        ['I can have {{offer}} ready by your new date, with the rest to follow as planned.', 'I could have {{offer}} done by the date you need and send the rest afterwards.',
          'I could have the most urgent part ready by your new date, with the rest to follow as planned.'],
        ['I can deliver {{offer}} by your new date and the rest as originally planned.', 'I can deliver {{offer}} by the date you need, with the rest to follow.',
          'I can deliver the most urgent part by your new date and the rest as originally planned.'],
      ),
    },
    nextStep: {
      'later-date': tones(
        ["Let me know if that would work for you, and I'll confirm the new date in writing.", "If that suits you, I'll update the timetable and send you the revised version in writing."],
        ["Let me know if that works for you, and I'll confirm the new date in writing.", "Please let me know if that would suit you, and I'll update the schedule."],
        ["Let me know if you'd like to proceed on that basis.", 'Please let me know if that works for you.'],
      ),
      'smaller-scope': tones(
        ["Let me know if that would work, and I'll adjust the timetable.", "If that suits you, I'll send over an updated timetable."],
        ["Let me know if that would work, and I'll adjust the timetable.", "If that suits you, I'll send you an updated timetable."],
        ["Let me know if that works, and I'll adjust the timetable.", "Please let me know if you'd like to split it this way."],
      ),
    },
    door: tones(
      ["I'll keep to the current timetable. If anything changes on your side, I'm happy to talk it through.",
        "I'll keep working to the schedule we agreed, and I'm happy to answer any questions in the meantime."],
      ["I'll keep to the current timetable and am happy to answer any questions about it.",
        "I'll continue on the current timetable. If anything changes on your side, let me know."],
      ["I'll deliver on the date we agreed. If anything changes on your side, please let me know.",
        "I'll keep to the agreed delivery date, and I'm happy to answer any questions before then."],
    ),
  },

  // Work under way; an extra "while you're at it" request outside the agreed scope.
  'out-of-scope': {
    opening: tones(
      ["Thanks for letting me know what else you'd like done.", 'Thank you for sending over the additional request.'],
      ["I appreciate you letting me know what else you need.", 'Thanks for sending over the new request.'],
      ['Thanks for your message about the additional work.', "I've noted the extra task you mentioned."],
    ),
    empathy: ['I understand it would be convenient to have it done at the same time.', 'I know it would be simpler to sort everything out in one go.'],
    decision: tones(
      ["I'm afraid I can't include it in the current project.", "Unfortunately, I can't take it on at no extra cost."],
      ["I'm not able to fold it into this project.", "I can't add it at no extra cost."],
      ["I can't include it in the current project.", "I won't be able to add it at no extra cost."],
    ),
    explained: tones(
      ["I won't be able to include it in the current project, as it goes beyond the original brief and the fee doesn't cover it.",
        "Unfortunately, I can't take it on at no extra cost, because it sits outside the original brief."],
      ["I'm not able to fold it into this project, as it falls outside the brief we agreed.",
        "I can't add it at no extra cost, since the agreed fee covers the original brief only."],
      ["I can't include it in the current project, as it's outside the original brief.",
        "I won't be able to add it at no extra cost. The original brief doesn't cover it."],
    ),
    alternatives: {
      'separate-quote': tones(
        ["I'd be happy to quote for it separately, based on my rate of {{rate}}.", "I'd gladly handle it as a separate piece of work, billed at {{rate}}.",
          "I'd be happy to quote for it separately.", "I'd gladly handle it as a separate piece of work with its own quote."],
        ['I can quote for it separately, based on my rate of {{rate}}.', 'I can handle it as a separate job, billed at {{rate}}.',
          'I can send you a separate quote for it.', 'I can handle it as a separate job with its own quote.'],
        ['I can quote for it separately, based on my rate of {{rate}}.', 'I can take it on separately, billed at {{rate}}.',
          'I can quote for it separately.', 'I can take it on as separate, paid work.'],
      ),
    },
    nextStep: tones(
      ["Let me know if you'd like to see the cost and timing, and I'll send them over.", "If that would help, I'll set out the cost and timing so you can decide."],
      ["Let me know if you'd like me to price it, and I'll include the timing.", "If you'd like to go ahead, I'll send you the cost and timing."],
      ["Let me know if you'd like me to price it up.", "If you'd like to go ahead, I'll send you the cost."],
    ),
    door: tones(
      ["I'll carry on with everything we agreed. If you'd like the new task done separately, I'm glad to talk it through.",
        "I'll continue with the agreed scope in the meantime, and I'm happy to discuss the new task whenever suits you."],
      ["I'll go on with the current scope. If you have any questions about it, let me know.",
        "I'll keep working on the current brief. Let me know if you have any questions."],
      ["I'll complete the work as agreed, and I'm happy to answer any questions about it.",
        "I'll continue with the current scope. If you have questions about it, please ask."],
    ),
  },

  // A new enquiry outside my field.
  'not-my-specialty': {
    opening: tones(
      ['Thank you for thinking of me for this.', 'It was good to hear from you about this.'],
      ['Thank you for your enquiry and for thinking of me.', 'Thank you for asking me about this.'],
      ['Thank you for your enquiry.', 'Thanks for getting in touch.'],
    ),
    empathy: ['I appreciate you taking the time to explain what you need.', 'I appreciate you asking me.'],
    decision: tones(
      ["I'm afraid I can't take this one on.", "Unfortunately, I'm not able to help on this occasion."],
      ["I can't take this on.", "I'm not able to help with this one."],
      ["I won't be taking this on.", "I can't help with this one."],
    ),
    explained: tones(
      ["I'm afraid I can't take this one on, as it's outside my area of expertise, and someone who does this work every day would serve you better.",
        "Unfortunately, I'm not able to help on this occasion, because it isn't my field and someone with more experience in it would get you a better result."],
      ["I can't take this on, as it falls outside my area of expertise.",
        "I'm not able to help with this one, as it's a different field from mine, and you'd get a better result from someone who works in it every day."],
      ["I won't be taking this on. It's outside my area of expertise.",
        "I can't help with this one, as it's outside the work I do."],
    ),
    alternatives: {
      referral: tones(
        ["I'd warmly recommend {{referralName}}, who specialises in this and can be reached at {{referralContact}}.",
          '{{referralName}}, who specialises in this, would be well placed to help and can be reached at {{referralContact}}.',
          '{{referralName}} specialises in this and would be well placed to help.',
          'A colleague who specialises in this may be able to help, and can be reached at {{referralContact}}.',
          'I can recommend a colleague who specialises in this.'],
        ["I'd recommend {{referralName}}, who specialises in this and can be reached at {{referralContact}}.",
          '{{referralName}} specialises in this work and would be well placed to help. The best contact is {{referralContact}}.',
          "I'd recommend {{referralName}}, who specialises in this.",
          'You could get in touch with a specialist colleague at {{referralContact}}.',
          'I can recommend a colleague who specialises in this.'],
        ['{{referralName}} specialises in this and can be reached at {{referralContact}}.',
          'I recommend contacting {{referralName}} at {{referralContact}}.',
          '{{referralName}} specialises in this.',
          'You can reach a colleague who specialises in this at {{referralContact}}.',
          'I can refer you to a colleague who specialises in this.'],
      ),
      'free-resources': tones(
        ["I'd suggest starting with {{resources}}.", "If you'd like to tackle it yourself, {{resources}} would be a good place to start.",
          "If it would be useful, I'd be happy to point you to some free material to get you started."],
        ['You could start with {{resources}}.', "If you'd like to tackle it yourself, {{resources}} would be a good starting point.",
          'I can point you to some free material to get you started, if that would be useful.'],
        ['I recommend {{resources}} as a starting point.', 'You could start with {{resources}}.',
          'I can point you to free material on this.'],
      ),
    },
    nextStep: {
      referral: tones(
        ["Let me know if you'd like me to make an introduction.", "I'd be glad to introduce you if that would be useful."],
        ["Let me know if you'd like me to make an introduction.", "I'd be happy to introduce you if that would help."],
        ["Let me know if you'd like an introduction.", "I'll make an introduction if you'd like."],
      ),
      'free-resources': tones(
        ["I'm happy to send you the links if that would help.", "Do let me know if you'd like the links."],
        ["Let me know if you'd like me to send the links.", "I'm happy to send you the links if that would help."],
        ["Let me know if you'd like the links.", "I'll send you the links if you'd like."],
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
      ['I appreciate your comments on the latest draft.', 'Thanks for your latest feedback.'],
      ["I've gone through your latest feedback.", "I've been through your latest comments."],
    ),
    empathy: ["I can see you're keen to get this right.", 'I can see the result matters to you.'],
    decision: tones(
      ["I'm afraid I can't make the new edits within the current fee.", "Unfortunately, I can't include the new edits in the agreed price."],
      ["I can't make these edits within the current fee.", "I'm not able to include this round in the agreed price."],
      ["I can't make further edits within the agreed fee.", "I won't be able to include these edits in the agreed fee."],
    ),
    explained: tones(
      ["I'm sorry, but I can't make the new edits within the current fee, as the price we agreed covers {{policy}}, and that allowance has now been used.",
        "Unfortunately, I can't include the new edits in the agreed price, because it covers {{policy}}, and we've already reached that limit.",
        "I'm sorry, but I can't make the new edits within the current fee, as the rounds included in the price we agreed have now been used.",
        "Unfortunately, I can't include the new edits in the agreed price, because we've already been through the rounds it covers."],
      ["I can't make these edits within the current fee. The agreed price covers {{policy}}, and that allowance has now been used.",
        "I'm not able to include this round in the agreed price, since it covers {{policy}} and we've reached that limit.",
        "I can't make these edits within the current fee, as the rounds the agreed price includes have now been used.",
        "I'm not able to include this round in the agreed price, since we've already had the rounds it covers."],
      ["I can't make further edits within the agreed fee. It covers {{policy}}, and that allowance has been used.",
        "I won't be able to include these edits in the agreed fee, which covers {{policy}}. That allowance has been used.",
        "I can't make further edits within the agreed fee, as the rounds it includes have been used.",
        "I won't be able to include these edits in the agreed fee, as we've had the rounds it covers."],
    ),
    alternatives: {
      'paid-extra': tones(
        ["I'd be glad to make them at {{rate}}.", "I'd be happy to take them on at {{rate}}.",
          "I'd be glad to make them for an additional fee.", "I'd be happy to take them on as paid extra work."],
        ['I can make them as paid work, at {{rate}}.', 'I can take them on at {{rate}}.',
          'I can make them for an additional fee.', 'I can take them on as paid extra work.'],
        ['This work would be billed at {{rate}}.', 'I can make them for a fee of {{rate}}.',
          'This work would be billed separately.', 'I can make them as separately paid work.'],
      ),
    },
    nextStep: tones(
      ["Let me know if you'd like to go ahead, and I'll confirm the cost before I start.", "If you'd like me to make them, I'll confirm the total before I start."],
      ["Let me know if you'd like me to go ahead.", "If you'd like to proceed, I'll confirm the total first."],
      ["Let me know if you'd like to go ahead.", "Please confirm in writing if you'd like me to proceed."],
    ),
    door: tones(
      ["If you have any questions about the work so far, I'm happy to go through them with you.", "I'm glad to talk through anything about the current version."],
      ["I'm happy to answer any questions about the work so far.", 'Let me know if you have any questions about the current version.'],
      ["If you have questions about the current version, I'm happy to answer them.", "I'm happy to answer any questions about the work to date."],
    ),
  },

  // A new enquiry that expects a "magic" result.
  'unrealistic-expectations': {
    opening: tones(
      ['Thank you for sharing your goals.', 'Thanks for getting in touch about your goals.'],
      ['I appreciate you setting out your goals.', 'Thanks for your enquiry.'],
      ['Thank you for your enquiry.', 'Thanks for outlining your goals.'],
    ),
    empathy: ["I can see what you're aiming for.", 'I understand how important this is to you.'],
    decision: tones(
      ["I'm afraid I can't promise the result you've described.", "Unfortunately, I can't commit to the outcome you have in mind."],
      ["I can't promise that result.", "I'm not able to commit to the outcome you're after."],
      ["I can't promise the result you've described.", "I can't commit to that outcome."],
    ),
    explained: tones(
      ["I'm afraid I can't promise the result you've described, as it depends on factors beyond the work itself.",
        "Unfortunately, I can't commit to the outcome you have in mind, because no one could guarantee it."],
      ["I can't promise that result, since it depends on factors that no one can control.",
        "I'm not able to commit to the outcome you're after, as it goes beyond what this kind of work can achieve on its own."],
      ["I can't promise the result you've described. It depends on factors outside my control.",
        "I can't commit to that outcome, as no one could guarantee it."],
    ),
    alternatives: {
      'smaller-scope': tones(
        ["I'd suggest starting with {{offer}}, so we can set goals we can measure.", "I'd be glad to begin with {{offer}} and build from there once we see results.",
          "I'd suggest starting with a smaller first phase and building from there.", "I'd be glad to propose a smaller first step with goals we can measure."],
        ["I'd suggest {{offer}} as a starting point.", 'We could begin with {{offer}} and build from there.',
          "I'd suggest a smaller first phase with goals we can measure.", 'I could take on a smaller first phase and build from there.'],
        ['I suggest starting with {{offer}}.', 'We can begin with {{offer}} and see what it delivers.',
          'I can take on a smaller first phase with measurable goals.', 'I can offer a smaller, clearly defined piece of work.'],
      ),
      'what-i-can-do': tones(
        ["Instead, I'd be glad to offer {{offer}}, with the scope agreed in writing.", "I'd be happy to suggest {{offer}} instead, with the scope settled before I begin.",
          "Instead, I'd be glad to put together a plan with clear, measurable goals that we agree at the start.", "I'd be happy to draw up a plan with goals we can both stand behind."],
        ['Instead, I can offer {{offer}}, with the scope agreed in writing.', 'I can suggest {{offer}} instead, with the scope agreed in advance.',
          'Instead, I can offer a plan with clear, measurable goals agreed at the start.', 'I can put together a plan built around goals we can measure.'],
        ['I can offer {{offer}} instead, with a defined scope.', 'I can provide {{offer}}, with the scope set in writing.',
          'I can offer a plan with measurable goals instead.', 'I can set out in writing what the work can achieve.'],
      ),
    },
    nextStep: tones(
      ["Let me know if you'd like to explore that, and I'll send over a short proposal.", "If that appeals, I'll send over a short outline."],
      ["Let me know if you'd like me to put that in a proposal.", "If that interests you, I'll send the details."],
      ["Let me know if you'd like me to set that out in a proposal.", "Please let me know if you'd like the details."],
    ),
    door: tones(
      ["If you'd like to talk through what's realistic, I'd be glad to hear from you.", "I wish you every success, and I'm happy to discuss what the work could realistically deliver whenever suits you."],
      ["If you'd like to discuss what's realistic, feel free to get in touch.", "I'd be glad to talk through what the work could realistically deliver."],
      ["You're welcome to contact me to discuss what's realistic.", "I'm available to discuss a realistic scope if you'd like."],
    ),
  },

  // A new enquiry; I can do part of it. Always says what I will do.
  'partial-yes': {
    opening: tones(
      ['Thank you for your enquiry and the details you sent.', 'Thank you for setting out everything you need.'],
      ["I've looked through what you sent, and I appreciate the detail.", 'Thanks for sending over the details of the project.'],
      ["I've gone through your request item by item.", 'Thanks for the details of what you need.'],
    ),
    empathy: ['I can see the appeal of having one person handle all of it.', "I'd like to help where I can."],
    decision: tones(
      ["I'm afraid I can't take on {{declined}}.", "Unfortunately, I'm not able to include {{declined}}.",
        "I'm afraid I can't cover everything you've listed.", "Unfortunately, I'm not able to take on everything you've asked for."],
      ["I can't take on {{declined}}.", "I'm not able to include {{declined}}.",
        "I can't cover every item.", "I'm not able to take on all of it."],
      ["I won't be taking on {{declined}}.", "I can't include {{declined}}.",
        "I won't be taking on every item.", "I can't cover all of it."],
    ),
    explained: tones(
      ["I won't be able to take on {{declined}}, as it's not a service I offer and a specialist would do it better.",
        "Unfortunately, I'm not able to include {{declined}}, because it falls outside the services I offer and would be better handled by a specialist.",
        "I'm afraid I can't cover everything you've listed, as some of it falls outside the services I offer.",
        "Unfortunately, I'm not able to take on everything you've asked for, because some items fall outside what I offer."],
      ["I can't take on {{declined}}, as it isn't one of the services I offer.", "I'm not able to include {{declined}} because it falls outside what I do.",
        "I can't cover every item, as some of them fall outside the services I offer.", "I'm not able to take on all of it, since part of it falls outside what I do."],
      ["I won't be taking on {{declined}}. It isn't one of the services I offer.", "I can't include {{declined}}, as it falls outside what I do.",
        "I won't be taking on every item. Some fall outside the services I offer.", "I can't cover all of it, as part of it falls outside what I do."],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ["I'd be glad to look after {{offer}}.", "I'd be happy to take care of {{offer}}.",
          "I'd be glad to look after the rest.", "I'd be happy to take care of everything else."],
        ['I can look after {{offer}} on my usual terms.', "I'd be glad to take care of {{offer}}.",
          "I'm happy to handle everything else on my usual terms.", "I'd be glad to take care of the rest."],
        ['I can take care of {{offer}} on my usual terms.', 'I can handle {{offer}}.',
          "I can handle everything else on my usual terms.", 'I can take care of the rest.'],
      ),
    },
    nextStep: tones(
      ["Let me know if you'd like me to go ahead, and I'll send over a quote and timeline.", "If that works for you, I'll put together a quote and a timeline."],
      ["Let me know if you'd like a quote on that basis.", "If that works, I'll send you a quote and a timeline."],
      ["Let me know if you'd like a quote for it.", "If you'd like to proceed, I'll send you a quote."],
    ),
  },

  // Not a no yet: they want a decision on the spot; I'll answer in writing.
  'buy-time': {
    opening: tones(
      ['Thank you for sending over the details.', "Thanks for walking me through what you have in mind."],
      ['Thanks for setting out your request.', 'I appreciate you sending the details.'],
      ['Thanks for the details.', 'Thank you for sending this over.'],
    ),
    empathy: ["I understand you'd like a decision soon.", "I know you'd like to settle this quickly."],
    decision: tones(
      ["I'm afraid I can't give you an answer straight away.", "I'd rather not decide on the spot."],
      ["I can't give you an answer right away.", "I'd prefer not to decide on the spot."],
      ["I can't give you an answer on the spot.", "I won't be deciding on the spot."],
    ),
    explained: tones(
      ["I'm afraid I can't give you an answer straight away, as I'd like time to go through everything carefully before I commit.",
        "I'd rather not decide on the spot, because I want to think it through and give you a considered answer."],
      ["I can't give you an answer right away, since I'd like to go through everything carefully before I decide.",
        "I'd prefer not to decide on the spot, as I want to give everything you've sent proper thought."],
      ["I can't give you an answer on the spot. I need time to consider everything you've sent.",
        "I won't be deciding on the spot, as I need time to go through the details."],
    ),
    alternatives: {
      'reply-by': tones(
        ["I'll reply in writing by {{date}}.", "You'll have my reply in writing by {{date}}.",
          "I'll reply in writing within the next few days.", "You'll have my reply in writing within a few days."],
        ["I'll get back to you in writing by {{date}}.", "You'll have my answer in writing by {{date}}.",
          "I'll get back to you in writing within the next few days.", "You'll have my answer in writing within a few days."],
        ["I'll reply in writing by {{date}}.", "I'll send my answer in writing by {{date}}.",
          "I'll reply in writing within a few working days.", "I'll send my answer in writing within a few working days."],
      ),
    },
    nextStep: tones(
      ["In the meantime, feel free to send me anything else you'd like me to take into account.", "If there's anything else I should know before then, I'd be glad to have it."],
      ["In the meantime, please send anything else you'd like me to consider.", "If there's anything else you'd like me to weigh up before then, please send it over."],
      ['Please send anything else I should take into account before then.', "If there's anything else I should know, please send it to me before then."],
    ),
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
