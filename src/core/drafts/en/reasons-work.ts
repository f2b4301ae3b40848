// English parts for reasons about time and scope. Each reason words its own acknowledgement,
// alternatives and closing line for where the relationship stands (reasons.ts `stage`).
// Dates are framed as "is {{date}}", "by {{date}}" or "on {{date}}", where "on" becomes the preposition
// the typed date needs ("in early March", "next Friday"; values.ts). "No later than mid-September"
// sets a precise deadline with a vague date.
// A referral names the colleague and then says what they do with "who" ("Marta Ruiz, who does
// similar work"), which British English uses for a studio too; "as they do similar work" after a
// named person reads oddly to editors.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const workReasons = {
  // A new enquiry; my calendar is full.
  'schedule-full': {
    opening: tones(
      ["Thank you for your enquiry, and for thinking of me."],
      ['Thanks for your enquiry and for thinking of me.'],
      ['Thank you for considering me for this.', 'Thank you for your enquiry.'],
    ),
    empathy: ["It was good to hear about your project."],
    decision: tones(
      ["Unfortunately, I'm not able to take on any more work right now."],
      ["I can't take on new projects at the moment.", "I'm not able to take on any new work right now."],
      ["I can't take on another project right now."],
    ),
    explained: tones(
      // With a later start offered, the no is "not straight away": "at the moment" and "If you're able to
      // wait" contradicted a start date only days away (blind round 72).
      ["Unfortunately, my calendar is fully booked with existing clients, so I can't take this on at the moment.",
        "<a:later-date>Unfortunately, my calendar is fully booked with existing clients, so I can't start on this straight away."],
      ["I can't take on new projects at the moment: my schedule is fully booked with existing clients.",
        "My time is fully committed to existing clients, so I'm not able to take on any new work right now."],
      ["My calendar is full, so I can't take on another project right now."],
    ),
    alternatives: {
      'later-date': tones(
        ["I'll have time for your project from {{date}}, and I'd be glad to start then.",
          "If your timing is flexible, I'd be glad to find a later start date that works for [us both|us both|all of us|all of us]."],
        ["My earliest start date would be {{date}}.",
          'If your timeline allows, I could start at a later date that suits [us both|us both|all of us|all of us].'],
        ["I'll have space from {{date}}.", "I'm free to start on {{date}}.",
          'I could start once my current work is finished.'],
      ),
      referral: tones(
        ['You might like to contact {{referralName}} ({{referralContact}}), who does similar work and may have availability.',
          'You might like to contact {{referralName}}, who does similar work and may have availability.',
          'A colleague who does similar work may have availability; you can reach them at {{referralContact}}.',
          "I know a colleague who does similar work and may have availability."],
        ["I'd suggest contacting {{referralName}} ({{referralContact}}) to ask about availability.",
          "I'd suggest {{referralName}}, as they may have availability.",
          'A colleague who does similar work may be able to help, and can be reached at {{referralContact}}.',
          'I can recommend a colleague who does similar work.'],
        ['{{referralName}} ({{referralContact}}) may be able to help.',
          'I recommend contacting {{referralName}} instead.',
          'A colleague who does similar work can be reached at {{referralContact}}.', 'I can refer you to a colleague who does similar work.'],
      ),
    },
    nextStep: {
      'later-date': tones(
        ['Let me know if that would suit you, and we can plan from there.'],
        ["Let me know if you're happy to wait, and we can plan from there."],
        ["Let me know if you'd like me to pencil you in.", 'Let me know if you can wait until then.'],
      ),
      referral: tones(
        ["<n:referralContact>I'm happy to put you in touch if that would help, and if your timing is flexible, you'd be very welcome to come back to me later.",
          "<n:referralContact><r:I'm happy to put you in touch if that would help, and if your timing is flexible, you'd be very welcome to come back to me once my schedule frees up.>",
          "If your timing is flexible, you'd be very welcome to come back to me later.",
          "<r:If your timing is flexible, you'd be very welcome to come back to me once my schedule frees up.>"],
        ["<n:referralContact>Let me know if you'd like me to put you in touch. If your timing is flexible, I'd be glad to hear from you later on.",
          "<n:referralContact>I'm happy to put you in touch if you'd like, and you're welcome to contact me again for a future project.",
          "If your timing is flexible, I'd be glad to hear from you later on.",
          ],
        ["<n:referralContact>Let me know if you'd like me to put you in touch. You're welcome to write to me again about a future project.",
          "You're welcome to write to me again about a future project."],
      ),
    },
    door: tones(
      ['Please do keep me in mind for the future.'],
      ['Feel free to get in touch another time.', "I'd be glad to hear from you again in future."],
      ["You're welcome to get in touch again in future.", 'Feel free to contact me again in future.'],
    ),
  },

  // Work under way; they want it sooner or want to move the deadline up.
  'deadline-too-tight': {
    opening: tones(
      ['Thanks for letting me know you need this sooner.', 'Thank you for explaining the change to your timeline.'],
      ['Thank you for letting me know you need the work sooner.'],
      ['Thank you for explaining the new deadline.', "I've looked at the new deadline."],
    ),
    empathy: ["I've looked carefully at whether the new date could work."],
    decision: tones(
      ["I'm sorry, but I can't meet the new deadline."],
      ["I can't have the project ready by the new deadline."],
      ["<a:smaller-scope>I can't deliver everything by the date you've asked for.", "I can't deliver the work by the date you've asked for."],
    ),
    explained: tones(
      ["Unfortunately, I can't have everything ready by the date you've asked for without the quality suffering, and I'd rather not hand over work that falls short."],
      ["Completing the whole project by the date you've asked for would mean cutting corners, so I'm not able to agree to that deadline."],
      ["<a:smaller-scope>I can't deliver everything by the date you've asked for. Doing it all that quickly would mean compromising on quality.",
        "I can't deliver the work by the date you've asked for. Doing it that quickly would mean compromising on quality."],
    ),
    alternatives: {
      'later-date': tones(
        ['The soonest I could finish the whole project is {{date}}.', "I can have the full project ready by {{date}}.",
          "I'd be glad to go through what's left and let you know the earliest date I could finish."],
        ['The earliest I can have everything finished is {{date}}.', 'I can have everything finished by {{date}}.',
          "I can go through what's left and tell you the earliest date I could finish."],
        ['The soonest I can finish is {{date}}.', 'I can finish everything by {{date}}.',
          "I can review what's left and confirm the earliest date I can finish."],
      ),
      'smaller-scope': tones(
        ['By your new date, I could deliver {{offer}}. The remaining work would then follow on the original schedule.',
          'I could have the most urgent part ready by your new date, with the rest following on the original schedule.'],
        ['By then, I can deliver {{offer}}, with the remaining work to follow as planned.',
          'I could have the most urgent part ready by the date you need, with the rest to follow as planned.'],
        ['By your new date, I can hand over {{offer}}. The rest would follow as originally planned.',
          'I can hand over the most urgent part by your new date, and the rest as originally planned.'],
      ),
    },
    nextStep: {
      'later-date': tones(
        ["Let me know if that would work for you, and I'll update the schedule.", "If that works for you, let me know and I'll plan around it.",
          "<n:date>Do let me know if you'd like me to do that."],
        ["Let me know if that works for you, and I'll update the schedule.", "Please let me know if that would suit you, and we can agree the schedule."],
        ["Let me know if you'd like to proceed on that basis.", "<n:date>Let me know if you'd like me to do that."],
      ),
      'smaller-scope': tones(
        ["Let me know if that would work, and I'll adjust the timetable.", "If that suits you, I'll send over an updated timetable."],
        ["Let me know if that would work, and I'll adjust the timetable.", "If that suits you, I'll send you an updated timetable."],
        ["Let me know if that works, and I'll adjust the timetable.", "Please let me know if you'd like to split it this way."],
      ),
    },
    door: tones(
      ["I'll keep to the current timetable, and I'm happy to talk it through with you if that would help.",
        "I'll keep working to the schedule we agreed and will keep you posted as the work progresses."],
      ["I'll continue on the current timetable, and I'm happy to discuss the timing with you."],
      ["I'll keep to the schedule we agreed. If you'd like to discuss the timing, please let me know.",
        "I'll keep to the agreed timetable and have everything ready as planned."],
    ),
  },

  // Work under way; an extra "while you're at it" request outside the agreed scope.
  'out-of-scope': {
    opening: tones(
      ["Thanks for letting me know what else you'd like done.", 'Thank you for explaining the additional work you have in mind.'],
      ['Thanks for your message about the additional work.', "Thanks for explaining what else you'd like included."],
      ["Thanks for letting me know what you'd like to add.", 'Thank you for explaining what else you need.'],
    ),
    empathy: ['I understand it would be simpler to deal with everything in one go.', 'I can see the appeal of having it done at the same time.'],
    decision: tones(
      ["I'm afraid I can't include this new request in the current project.", "<a:separate-quote>Unfortunately, I can't take on the new request at no extra cost."],
      ["I'm not able to add this request to the current project.", "<a:separate-quote>I can't take on the new request at no extra cost."],
      ["I can't include this in the current project.", "<a:separate-quote>I can't take on the new request at no extra cost."],
    ),
    explained: tones(
      ["I'm afraid I can't include this new request in the current project: it goes beyond the brief we agreed, and the fee doesn't cover it.",
        "Unfortunately, the new request sits outside the original brief, so I can't take it on as part of this project."],
      ["I'm not able to add this request to the current project, as it falls outside the brief we agreed.",
        "The agreed fee covers the original brief only, so I can't take on the new request as part of this project."],
      ["I can't include this in the current project. It's outside the original brief.",
        "I can't take on the new request as part of this project. The original brief doesn't cover it."],
    ),
    alternatives: {
      'separate-quote': tones(
        ["I'd gladly handle it as a separate piece of work, at my rate of {{rate}}.", "I'd be happy to prepare a separate quote for it."],
        ['I can handle it as a separate job, at my rate of {{rate}}.', 'I can prepare a separate quote for it.'],
        ['I can do it as a separate job, at my rate of {{rate}}.', 'I can prepare a separate quote for it.'],
      ),
    },
    nextStep: tones(
      ["<n:rate>Do let me know if you'd like one.", 'Would you like me to send you a quote?'],
      ["<n:rate>Let me know if you'd like one.", "Let me know if you'd like a quote."],
      ["<n:rate>Let me know if you'd like one.", "Let me know if you'd like a quote."],
    ),
    door: tones(
      ["If you'd like to add it as a separate piece of work, I'd be happy to talk it through. In the meantime, I'll carry on as planned."],
      ["If you'd like me to quote for it separately, let me know. In the meantime, I'll carry on with the remaining work as planned."],
      ["I'll complete the agreed work as planned. If you'd like this done as a separate job, let me know.",
        "If you'd like it done as a separate job, let me know. In the meantime, I'll carry on with the agreed work as scheduled."],
    ),
  },

  // A new enquiry outside my field.
  'not-my-specialty': {
    opening: tones(
      ['Thank you for thinking of me.', 'Thank you for getting in touch and explaining what you need.'],
      ['Thank you for your enquiry.', 'Thanks for explaining what you need.'],
      ['Thanks for your enquiry.', 'Thank you for thinking of me.'],
    ),
    empathy: ["I'd have liked to say yes."],
    decision: tones(
      ["I'm sorry, but I can't take this one on.", "Unfortunately, I'm not able to take this on."],
      ["I can't take this on.", "I'm not able to help with this one."],
      ["I won't be taking this on.", "I can't help with this one."],
    ),
    explained: tones(
      ["<a:referral>I'm sorry, but I can't take this one on, as it's outside my area of expertise and a specialist would serve you better.",
        "I'm sorry, but I can't take this one on, as it falls outside my area of expertise and I wouldn't be able to do it justice."],
      ["I can't take this on, as it falls outside my area of expertise."],
      // One sentence: "I won't… It's outside…" read as a brush-off, as if the writer chose not to help.
      ["I can't take this on, as it's outside my area of expertise.",
        "I can't help with this one, as it's outside the work I do."],
    ),
    alternatives: {
      referral: tones(
        ["For this kind of work, I'd warmly recommend {{referralName}} ({{referralContact}}).",
          "<n:referralContact>For this kind of work, I'd warmly recommend {{referralName}}, and I'd be happy to introduce you.",
          'A colleague who does this kind of work may be able to help, and can be reached at {{referralContact}}.',
          "I'd be glad to recommend a colleague who does this kind of work."],
        ["I'd suggest contacting {{referralName}}, a specialist in this area, at {{referralContact}}.",
          "<n:referralContact>I'd suggest contacting {{referralName}}, a specialist in this area, and I'm happy to introduce you.",
          'You could get in touch with a specialist colleague at {{referralContact}}.',
          'I can recommend a colleague who specialises in this.'],
        ['You can reach {{referralName}}, a specialist in this area, at {{referralContact}}.',
          "<n:referralContact>I'd recommend {{referralName}} for this, and I can introduce you.",
          'You can reach a colleague who specialises in this at {{referralContact}}.',
          'I can refer you to a colleague who specialises in this.'],
      ),
      'free-resources': tones(
        ["If you'd like to tackle it [yourself|yourself|yourselves|yourselves], I'd suggest starting with {{resources}}.",
          "I'd be glad to point you to some free resources on the subject, if that would help."],
        ["If you'd like to try it [yourself|yourself|yourselves|yourselves], {{resources}} would be a good place to start.", "If you'd like to tackle it [yourself|yourself|yourselves|yourselves], you may find {{resources}} useful.",
          "If it helps, I can point you to some free resources on the subject."],
        ['I recommend {{resources}} as a starting point.',
          "I can point you to some free resources on the subject if you'd like."],
      ),
    },
    nextStep: {
      // The referral itself offers the introduction when no contact was typed, so this line does not.
      referral: tones(
        ["If you need help with something in my field, you're very welcome to come back to me."],
        ["If you need help with anything within my field, feel free to get in touch."],
        ["If you need anything within my field, do get in touch."],
      ),
      'free-resources': tones(
        ["<r:Should you need help with anything in my field later on, you're very welcome to come back to me.>",
          "Should you need help with anything else later on, you're very welcome to come back to me."],
        ["<r:Should you need help with anything in my field later on, feel free to get in touch.>", "<r:For anything within my field, you're welcome to contact me.>",
          'Should you need help with anything else later on, feel free to get in touch.'],
        ["<r:For work within my field, you're welcome to contact me.>", "<r:You're welcome to contact me about work in my field.>",
          "You're welcome to contact me about other work."],
      ),
    },
    // "My field" stays without the reason: side by side, readers preferred it to "future projects",
    // which could invite another request outside it.
    door: tones(
      ["I hope you find the right person for the project. If you need help with anything in my field, I'd be glad to hear from you.", 'Please keep me in mind for anything within my field in future.'],
      ['If you need help with anything in my field in future, feel free to get in touch.', "I'd be glad to hear from you about anything within my field."],
      ["You're welcome to contact me about work within my field.", "If a future project falls within my field, I'd be glad to hear from you."],
    ),
  },

  // Work under way; more rounds of changes than the policy includes.
  // Frames around {{policy}} never say "rounds", "revisions" or "changes": the value does.
  'extra-revisions': {
    opening: tones(
      ['Thanks for your latest feedback.', "I've been through your comments on the latest draft."],
      ['Thanks for your notes on the latest version.', 'I appreciate your latest feedback.'],
      ['Thanks for your latest comments.', "I've gone through your feedback on this version."],
    ),
    empathy: ["I appreciate the care you've put into reviewing the work."],
    decision: tones(
      ["I'm afraid I can't make the new edits within the agreed fee.", "Unfortunately, I can't include the new edits in the agreed price."],
      ["I can't make these edits within the agreed fee.", "I'm not able to make these edits at no extra cost."],
      ["I can't make further edits within the agreed fee.", "I can't include these edits in the agreed fee."],
    ),
    explained: tones(
      ["I'm afraid I can't make the new edits within the current fee: the price we agreed covers {{policy}}, and we've now used that allowance.",
        "Unfortunately, the agreed price covers only {{policy}}, which we've already used, so I can't make the new edits at no extra cost.",
        "I'm afraid I can't make the new edits within the current fee, as the revisions it includes have now been used."],
      ["I can't make these edits within the current fee. The agreed price covers {{policy}}, and that allowance has now been used.",
        "The agreed price covers {{policy}}, which we've now used, so I'm not able to make these edits at no extra cost.",
        "I can't make these edits within the current fee, as the revision rounds included in the agreed price have now been used."],
      ["I can't make further edits within the agreed fee, which covers {{policy}}. That allowance has been used.",
        "I can't include these edits in the agreed fee. It covers {{policy}}, and that allowance has been used.",
        "I can't make further edits within the agreed fee, as the revision rounds it covers have all been used."],
    ),
    alternatives: {
      'paid-extra': tones(
        ["I'd be happy to make them, billed at {{rate}}.",
          "I'd be glad to take them on for an additional fee.", "I'd be happy to take them on as additional paid work."],
        ['I can take them on as additional work, billed at {{rate}}.',
          'I can make them for an additional fee.', 'I can take them on as additional paid work.'],
        ['Additional changes would be billed at {{rate}}.',
          'Additional changes would be billed separately.'],
      ),
    },
    nextStep: tones(
      ["<n:rate>If you'd like me to go ahead, I'll confirm the cost before I start.", "If you'd like me to go ahead, let me know and I'll get started."],
      ["Let me know if you'd like me to go ahead.", "If you'd like me to go ahead, let me know and I'll confirm the cost before I start.",
        "<n:rate>If you'd like me to go ahead, I'll send you a quote for this round."],
      ["Let me know if you'd like me to go ahead on that basis.", "Please confirm in writing if you'd like me to proceed.", "<n:rate>If you'd like me to proceed, I'll send you a quote first."],
    ),
    door: tones(
      ["I'd be glad to finalise the work as it stands whenever you're ready."],
      ["If you'd still like these changes, we can discuss them as additional work. Otherwise, I'm ready to finalise everything as it stands."],
      ["Once you confirm you're happy with the current version, I'll prepare the final files.", "If you'd still like these changes, I can quote for them separately; otherwise I'll finalise the work as it stands."],
    ),
  },

  // A new enquiry that expects a "magic" result.
  'unrealistic-expectations': {
    opening: tones(
      ['Thank you for telling me about your goals for the project.', 'Thanks for getting in touch and setting out what you hope to achieve.'],
      ['Thank you for sharing your goals for the project.', 'Thanks for your enquiry and for explaining what you want to achieve.'],
      ['Thanks for outlining your goals.', 'Thank you for explaining what you want to achieve.', "I've read through your goals for the project."],
    ),
    empathy: ["I'd rather be straight with you from the start."],
    decision: tones(
      ["I'm sorry to say I can't promise the result you've described.", "Unfortunately, I can't commit to the outcome you have in mind."],
      ["I can't promise the results you're hoping for.", "I'm not able to commit to the outcome you've described."],
      ["I can't promise the result you've described.", "I can't commit to the outcome you've described."],
    ),
    explained: tones(
      ["Unfortunately, the outcome you have in mind depends on too many things outside the work itself, so I can't promise it."],
      ["I can't promise the results you're hoping for, since they depend partly on factors outside anyone's control.",
        "The outcome you've described goes beyond what this kind of work can do on its own, so I'm not able to promise it."],
      ["I can't promise the result you've described. It depends partly on factors outside my control.",
        "I can't commit to the outcome you've described, as it depends on factors that no one can control."],
    ),
    alternatives: {
      'smaller-scope': tones(
        ["I'd suggest starting with {{offer}}, and we can build from there.", "I'd be glad to begin with {{offer}}, and then we can decide the next step together.",
          "I'd suggest starting with a smaller first phase and building from there.", "I'd be glad to propose a smaller first step with targets we can measure."],
        ["I'd suggest starting with {{offer}}.", 'We could begin with {{offer}} and build from there.',
          "I'd suggest a smaller first phase with targets we can measure.", 'I could take on a smaller first phase and build from there.'],
        ['I suggest starting with {{offer}}.', 'We can begin with {{offer}} and decide on next steps from there.',
          'I can take on a smaller first phase with measurable targets.', 'I can offer a smaller piece of work with a clearly defined scope.'],
      ),
      'what-i-can-do': tones(
        ["I'd be glad to offer you {{offer}} instead.", "Instead, I'd be glad to put together a plan with clear targets that we agree on beforehand.", "I'd be happy to work with you on realistic targets we can [both|both|all|all] commit to."],
        ['I can offer you {{offer}}.', 'What I can offer is {{offer}}.',
          "Instead, I'd be happy to talk through what the work can realistically achieve.", 'I can put together a plan built around targets we can measure.'],
        ['I can offer you {{offer}}.', 'What I can offer instead is {{offer}}.', 'I can set out in writing what the work can achieve.'],
      ),
    },
    nextStep: tones(
      ["Let me know if that appeals, and I'll send over the details of how it would work.", '<n:offer>Let me know if that appeals.'],
      ["Let me know if you'd like me to go ahead with that.", "If that interests you, I'll send the details.", '<n:offer>Let me know if that interests you.'],
      ['Let me know if that works for you.'],
    ),
    door: tones(
      ["If you'd like to talk through what's realistic, I'd be glad to hear from you.", "I'm happy to discuss what the work could realistically deliver whenever it suits you."],
      ["I'd be glad to talk through what the work could realistically deliver."],
      ["You're welcome to contact me to discuss what's realistic.", "I'm available to discuss a realistic scope if you'd like."],
    ),
  },

  // A new enquiry; I can do part of it. Always says what I will do.
  'partial-yes': {
    opening: tones(
      ['Thank you for your enquiry and for setting out everything you need.', 'Thank you for sending through your full list of requirements.'],
      ['Thanks for sending through the details of what you need.', 'Thank you for setting out everything you need.'],
      ['Thanks for setting out the full scope.', "I've read through your requirements."],
    ),
    empathy: ['I can see the appeal of having one person handle all of it.', "I'd like to help where I can."],
    decision: tones(
      ["I'm afraid I can't take on {{declined}}.", "Unfortunately, I'm not able to include {{declined}}.",
        "I'm afraid I can't cover everything you've listed.", "Unfortunately, I'm not able to take on everything you've asked for."],
      ["I can't take on {{declined}}.", "I'm not able to include {{declined}}.",
        "I can't take on the whole project.", "I'm not able to take on all of it."],
      ["I won't be taking on {{declined}}.", "I can't include {{declined}}.",
        "I won't be taking on the whole project.", "I can't cover all of it."],
    ),
    explained: tones(
      ["I'm afraid I can't take on {{declined}}, as it's not a service I offer.",
        "Unfortunately, I'm not able to include {{declined}}; it falls outside the services I offer and would be better handled by a specialist.",
        "I'm afraid I can't cover everything you've listed, as some of it falls outside the services I offer.",
        "Unfortunately, some items fall outside what I offer, so I'm not able to take on everything you've asked for."],
      ["I can't take on {{declined}}, as it isn't one of the services I offer.", "I'm not able to include {{declined}}: it falls outside what I do.",
        "I can't take on the whole project, as some of it falls outside the services I offer."],
      ["I won't be taking on {{declined}}. It isn't one of the services I offer.", "I can't include {{declined}}, as it falls outside what I do.",
        "I can't take on the whole project, as some of it falls outside the services I offer."],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ["That said, I'd be glad to work on {{offer}}.", "I'd be happy to take care of {{offer}}.",
          "I'd be glad to look after the rest.", "<n:declined><n:offer>I'd be glad to go through your list with you and confirm which parts I can take on."],
        ['I can, however, take care of {{offer}}.', "I'd be glad to take care of {{offer}}.",
          "I'm happy to handle everything else.", "I'd be glad to take care of the rest.",
          '<n:declined><n:offer>I can go through your list and confirm which parts I can take on.'],
        ['I can, however, take care of {{offer}}.', 'I can handle {{offer}}.',
          "I can handle everything else.", 'I can take care of the rest.',
          "<n:declined><n:offer>I can go through your list with you and confirm which parts I'll cover."],
      ),
    },
    nextStep: tones(
      ["If that works for you, I'll put together a quote and a timeline.", '<n:declined><n:offer>Do let me know if that would help.'],
      ["Let me know if you'd like a quote on that basis.", "If that works for you, I'll send you a quote and a timeline.", '<n:declined><n:offer>Let me know if that would help.'],
      ["Let me know if you'd like a quote for that work.", "If you'd like to proceed, I'll send you a quote.", '<n:declined><n:offer>Let me know what time suits you.'],
    ),
  },

  // Not a no yet: they want a decision on the spot; I'll answer in writing.
  'buy-time': {
    opening: tones(
      ['Thank you for explaining what you have in mind.', 'Thanks for telling me what you have in mind.'],
      ['Thanks for the details of your proposal.', 'Thank you for the details.'],
      ['Thanks for the details.', "I've read through your proposal."],
    ),
    empathy: ['I realise you were hoping for a quick decision.', "I know you'd like to settle this quickly."],
    decision: tones(
      ["I can't give you a yes or no straight away.", "I'd rather not decide on the spot."],
      ["I can't give you an answer right away.", "I'd prefer not to decide on the spot."],
      ["I can't give you an answer on the spot.", "I won't be deciding on the spot."],
    ),
    explained: tones(
      ["I can't give you a yes or no straight away, as I'd like to consider everything carefully first.",
        "I'd rather not decide on the spot: I want to give you a considered answer, and that takes a little time."],
      ["I can't give you an answer right away, since I'd like to look at everything carefully first."],
      ["I won't be giving you a decision straight away, as I need time to weigh everything up."],
    ),
    alternatives: {
      'reply-by': tones(
        ["I'll come back to you with my answer by {{date}}.",
          "I'll come back to you once I've made up my mind.", "I'll reply as soon as I've thought it over."],
        ["I'll get back to you in writing by {{date}}.", "You'll have my answer in writing by {{date}}.",
          "I'll get back to you in writing as soon as I've reached a decision.", "You'll have my answer in writing once I've made up my mind."],
        ["I'll reply in writing by {{date}}.", "I'll send my answer in writing by {{date}}.",
          "I'll reply in writing once I've reached a decision.", "I'll send my answer in writing once I've made up my mind."],
      ),
    },
    nextStep: tones(
      ["In the meantime, feel free to send me anything else you'd like me to take into account.", "If there's anything else I should know in the meantime, I'd be glad to hear it."],
      ["In the meantime, please send anything else you'd like me to take into account.", "If there's anything else you'd like me to weigh up, feel free to send it in the meantime."],
      ['Please send anything else I should take into account in the meantime.', "If there's anything else I should know in the meantime, please send it over."],
    ),
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
