// English parts for reasons about time and scope. Each reason words its own acknowledgement,
// alternatives and closing line for where the relationship stands (reasons.ts `stage`).
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const workReasons = {
  // A new enquiry; my calendar is full.
  'schedule-full': {
    opening: tones(
      ['Thank you for thinking of me for this project.', 'Thank you for getting in touch about your project.'],
      ['Thank you for getting in touch about your project.', 'Thanks for your enquiry and for explaining what you need.'],
      ['Thank you for your enquiry.', 'Thanks for getting in touch about your project.'],
    ),
    empathy: ['I appreciate you taking the time to explain what you need.', "It's good to hear you'd like to work with me."],
    decision: tones(
      ["I'm afraid I can't take it on at the moment.", "Unfortunately, I'm not able to take it on right now."],
      ["I can't take it on at the moment.", "I'm not able to take it on right now."],
      ["I can't take on the project at the moment.", "I'm not able to take it on right now."],
    ),
    explained: tones(
      ["I'm afraid I can't take it on at the moment: my schedule is fully committed to existing clients, so I couldn't give it the time it needs.",
        "Unfortunately, I'm not able to take it on right now, as my calendar is full with work for existing clients."],
      ["I can't take it on at the moment, as my schedule is fully booked with work for existing clients.",
        "I'm not able to take it on at present: my calendar is full with work for existing clients."],
      ["I can't take on the project. My schedule is fully booked with existing clients.",
        "I'm not able to take it on at present, as my calendar is full."],
    ),
    alternatives: {
      'later-date': tones(
        ['If your timing has some flexibility, I could start from {{date}}.', "I'll have space to start from {{date}}, if that timing could work for you.",
          "If your timing has some flexibility, I'd be glad to suggest a later start date.", "I'd be happy to look at a later start date with you, if that could work."],
        ['My next available start date is {{date}}, if your timeline allows.', "I'll have space to start from {{date}}, if you can wait until then.",
          'I could offer a later start date, if your timeline allows.', 'I could start at a later date, if your timeline has room for that.'],
        ['My next available start date is {{date}}.', 'I can start from {{date}}.',
          'I can offer a later start date.', 'I can start at a later date.'],
      ),
      referral: tones(
        ["I'd recommend asking {{referralName}} ({{referralContact}}), whose work in this area I know and trust.",
          "You could ask {{referralName}} at {{referralContact}}: I know their work well and would happily recommend it.",
          "I'd recommend asking {{referralName}}, whose work in this area I know and trust.",
          'You could ask {{referralName}}: I know their work well and would happily recommend it.',
          "I'd recommend a colleague whose work I know and trust; you can reach them at {{referralContact}}.",
          "I'd be glad to recommend a colleague whose work I know and trust."],
        ["I'd suggest asking {{referralName}} ({{referralContact}}), whose work I can recommend.",
          'You could contact {{referralName}} at {{referralContact}}, whose work I know well.',
          "I'd suggest asking {{referralName}}, whose work I can recommend.",
          'You could contact {{referralName}}, whose work I know well.',
          'I can recommend a colleague, whom you can reach at {{referralContact}}.',
          'I can recommend a colleague whose work I know well.'],
        ['I recommend {{referralName}} ({{referralContact}}) for this project.', 'You can contact {{referralName}} at {{referralContact}}.',
          'I recommend {{referralName}} for this project.', 'I recommend contacting {{referralName}}.',
          'I recommend a colleague you can reach at {{referralContact}}.', 'I can refer you to a colleague for this project.'],
      ),
    },
    nextStep: {
      'later-date': tones(
        ['Let me know if that would work for you, and we can agree the details.', "If that suits you, I'd be glad to set out the details."],
        ['Let me know if that timing would suit you.', 'If that works for you, we can agree the details.'],
        ["Let me know if you'd like to book that.", 'Please confirm if that timing suits you.'],
      ),
      referral: tones(
        ['Do mention my name when you get in touch, and I hope it all goes well.', "You're welcome to say I suggested them, and I hope it all comes together well."],
        ['Feel free to mention my name when you contact them.', "You're welcome to say I referred you."],
        ["You're welcome to mention that I referred you.", 'Feel free to give them my name when you get in touch.'],
      ),
    },
    door: tones(
      ["I hope it all comes together well, and I'd be glad to hear from you another time.", "Please do keep me in mind for anything else that comes up; I'd be glad to hear from you."],
      ['Feel free to get in touch another time.', "I'd be glad to hear from you about future work."],
      ["You're welcome to contact me another time.", "I'd be glad to hear from you about future work."],
    ),
  },

  // Work under way; they want it sooner or want to move the deadline up.
  'deadline-too-tight': {
    opening: tones(
      ['Thanks for letting me know about the new timing.', 'Thank you for explaining the change of timing on your side.'],
      ['Thanks for letting me know about the change in timing.', 'Thank you for explaining the new timing on your side.'],
      ['Thank you for your message about the timing.', 'Thanks for letting me know about the new timing.'],
    ),
    empathy: ['I understand why an earlier delivery would help.', 'I can see why an earlier date would help your plans.'],
    decision: tones(
      ["I'm afraid I can't bring the deadline forward.", "Unfortunately, I can't deliver any earlier than we agreed."],
      ["I can't bring the deadline forward.", "I'm not able to deliver earlier than we agreed."],
      ["I can't bring the deadline forward.", "I won't be able to deliver earlier than agreed."],
    ),
    explained: tones(
      ["I'm afraid I can't bring the deadline forward: the schedule we agreed is what the work needs, and rushing it would show in the result.",
        'Unfortunately, I can\'t deliver any earlier than we agreed, as the remaining stages need the time we planned for them.'],
      ["I can't bring the deadline forward, as the remaining stages need the time we planned for them to be done properly.",
        "I'm not able to deliver earlier than we agreed: the remaining stages can't be shortened without affecting the result."],
      ["I can't bring the deadline forward. The remaining work needs the time we scheduled for it.",
        "I won't be able to deliver earlier than agreed, as a shorter schedule would compromise the result."],
    ),
    alternatives: {
      'later-date': tones(
        ['The earliest I could deliver everything is {{date}}.', 'I could have everything ready by {{date}}, if that helps with your planning.',
          "I'd be glad to work out the earliest date I could deliver everything and send it to you.",
          "I'll confirm the earliest date I can commit to once I've looked at what's left."],
        ['The earliest I can deliver everything is {{date}}.', 'I can have everything ready by {{date}}, if that helps with your planning.',
          "I can confirm the earliest date I can commit to once I've reviewed what's left.", 'I can work out the earliest date I could deliver everything and send it to you.'],
        ['The earliest delivery date I can commit to is {{date}}.', 'I can deliver everything by {{date}}.',
          'I can confirm the earliest date I can commit to.', 'I will deliver everything on the agreed date.'],
      ),
      'smaller-scope': tones(
        ['What I could do is have {{offer}} ready by the date you need, with the rest following as planned.',
          'If it would help, I could prioritise {{offer}} for the date you need and deliver the rest on the original schedule.',
          'If it would help, I could prioritise the most urgent part for the date you need and deliver the rest as planned.',
          "I'd be happy to look at which part could be ready by the date you need, with the rest following on schedule."],
        ['I could deliver {{offer}} by the date you need and the rest as originally planned.', 'I can prioritise {{offer}} for the date you need, with the rest on the original schedule.',
          'I could deliver the most urgent part by the date you need and the rest as planned.', 'I can prioritise one part of the work for the date you need.'],
        ['I can deliver {{offer}} by the date you need, with the rest on the agreed schedule.', 'By the date you need, I can deliver {{offer}}.',
          'I can deliver the most urgent part by the date you need and the rest on the agreed schedule.', 'I can prioritise one part of the work for the date you need.'],
      ),
    },
    nextStep: {
      'later-date': tones(
        ["Let me know if that works for you, and I'll plan the remaining work around it.", "If that helps, I'll confirm it in writing."],
        ['Let me know if that works for you.', "Let me know how you'd like to proceed."],
        ["Let me know if you'd like to proceed on that basis.", 'Please let me know if that works for you.'],
      ),
      'smaller-scope': tones(
        ["Let me know if that would help, and I'll adjust the schedule.", "If that suits you, I'll send over an updated schedule."],
        ["Let me know if that would work, and I'll adjust the schedule.", "If that helps, I'll update the plan and send it over."],
        ['Let me know if that helps, and I will update the schedule.', "Please let me know if you'd like the work split this way."],
      ),
    },
    door: tones(
      ["I'll carry on working to the date we agreed, and if anything changes on your side, I'm happy to talk it through.", "I'll keep to the timetable we agreed, and I'm glad to talk through the timing whenever it would help."],
      ["I'll deliver on the date we agreed, and I'm happy to answer any questions in the meantime.", "If the timing changes on your side, I'm happy to talk it through."],
      ["I'll deliver on the date we agreed and am happy to answer any questions before then.", "If your timing changes, I'm happy to discuss it."],
    ),
  },

  // Work under way; an extra "while you're at it" request outside the agreed scope.
  'out-of-scope': {
    opening: tones(
      ['Thanks for sending over the extra request.', 'Thank you for your note about the extra work.'],
      ['Thanks for your request about the extra work.', 'Thank you for sending over the additional request.'],
      ['Thank you for your request about the extra work.', 'Thank you for letting me know about the additional request.'],
    ),
    empathy: ['I can see why it would be convenient to have it done at the same time.', 'It makes sense to want it handled alongside everything else.'],
    decision: tones(
      ["I'm afraid I can't include it in the current project.", "Unfortunately, I can't add it to the work we've agreed."],
      ["I can't include it in the current project.", "I'm not able to add it to the current project at no extra cost."],
      ["I can't include it in the current project.", "I can't add it to the agreed work."],
    ),
    explained: tones(
      ["I'm afraid I can't include it in the current project, as it goes beyond the scope we agreed and would take time set aside for the work you've already commissioned.",
        "Unfortunately, I can't add it to the work we've agreed: it sits outside the original brief, so the current fee doesn't cover it."],
      ["I can't include it in the current project, as it falls outside the scope we agreed at the start.",
        "I'm not able to add it to the current project at no extra cost: it goes beyond the work set out in our agreement."],
      ["I can't include it in the current project, as it is outside the agreed scope.",
        "I can't add it to the agreed work, as our agreement does not cover it."],
    ),
    alternatives: {
      'separate-quote': tones(
        ["I'd be happy to quote for it separately: my rate for this kind of work is {{rate}}.", "I'd gladly take it on as a separate piece of work, billed at {{rate}}.",
          "I'd be happy to quote for it separately.", "I'd gladly take it on as a separate piece of work with its own quote."],
        ['I can quote for it separately, based on my rate of {{rate}}.', 'I can take it on as a separate piece of work, billed at {{rate}}.',
          'I can send you a separate quote for it.', 'I can take it on as a separate piece of work with its own quote.'],
        ['I can quote for it separately, at my rate of {{rate}}.', 'I can take it on as a separate piece of work, billed at {{rate}}.',
          'I can quote for it as a separate piece of work.', 'I can take it on as separate, paid work.'],
      ),
    },
    nextStep: tones(
      ["Let me know if you'd like to go ahead, and I'll send over the cost and timing.", "If you'd like that, I'll set out the cost and timing so you can decide."],
      ["Let me know if you'd like to go ahead, and I'll send you the figures.", "If you'd like to go ahead, I'll send over the cost and timing."],
      ['Let me know if you want to go ahead, and I will send the figures.', "Let me know if you'd like to go ahead on that basis."],
    ),
    door: tones(
      ["In the meantime, I'll carry on with what we agreed, and I'm happy to answer any questions.", "I'll carry on with everything else as planned, and I'm glad to talk through anything you'd like to clarify."],
      ["I'll carry on with what we agreed, and I'm happy to answer any questions.", "I'll carry on with everything else as planned; let me know if you have any questions."],
      ["I'll carry on with the agreed scope; let me know if you have any questions.", "I will continue with what we agreed, and I'm happy to answer any questions about it."],
    ),
  },

  // A new enquiry outside my field.
  'not-my-specialty': {
    opening: tones(
      ['Thank you for thinking of me for this.', 'It was good to hear from you, and thank you for asking me to help with this.'],
      ['Thank you for your enquiry and for thinking of me.', 'Thanks for getting in touch and explaining what you need.'],
      ['Thank you for your enquiry.', 'Thanks for getting in touch about this.'],
    ),
    empathy: ["I can see what you're hoping to achieve.", "I understand what you're looking for."],
    decision: tones(
      ["I'm afraid I can't take this one on.", "Unfortunately, I'm not able to help with this one."],
      ["I can't take this on.", "I'm not able to help with this."],
      ["I can't take this on.", "I won't be taking this on."],
    ),
    explained: tones(
      ["I'm afraid I can't take this one on: it's outside my area of expertise, and it needs a specialist.",
        "Unfortunately, I'm not able to help with this one, as it falls outside the work I specialise in."],
      ["I can't take this on, as it falls outside my area of expertise and calls for a specialist.",
        "I'm not able to help with this: it sits outside the services I offer and needs someone who specialises in it."],
      ["I can't take this on. It is outside my field.",
        "I won't be taking this on, as it falls outside the services I offer."],
    ),
    alternatives: {
      referral: tones(
        ["I'd warmly recommend {{referralName}} ({{referralContact}}): this is their field, and I know their work well.",
          "I'd suggest contacting {{referralName}} at {{referralContact}}, whose work in this area I rate highly.",
          "I'd warmly recommend {{referralName}}: this is their field, and I know their work well.",
          "I'd suggest contacting {{referralName}}, whose work in this area I rate highly.",
          "I'd warmly recommend a colleague who works in this field; you can reach them at {{referralContact}}.",
          "I'd be glad to put you in touch with a colleague who works in this field."],
        ["I'd recommend {{referralName}} ({{referralContact}}) for this, as it's their field.",
          '{{referralName}} ({{referralContact}}) would be a better fit for this work.',
          "I'd recommend {{referralName}} for this, as it's their field.",
          '{{referralName}} would be a better fit for this work.',
          "I'd recommend a colleague who specialises in this; you can reach them at {{referralContact}}.",
          'I can recommend a colleague who specialises in this.'],
        ['I recommend contacting {{referralName}} ({{referralContact}}), as this is their field.',
          '{{referralName}} ({{referralContact}}) covers this type of work.',
          'I recommend contacting {{referralName}}, as this is their field.',
          '{{referralName}} covers this type of work.',
          'A colleague who covers this type of work can be reached at {{referralContact}}.',
          'I can refer you to a colleague who covers this type of work.'],
      ),
      'free-resources': tones(
        ["If it helps, I'd suggest starting with {{resources}}.", 'A good starting point would be {{resources}}.',
          "If it helps, I'd be happy to point you to some free guides that would help you get started.",
          "I'd be glad to send you a few free resources that would help you make a start yourself."],
        ['You could start with {{resources}}.', 'A useful starting point would be {{resources}}.',
          'I can point you to some free resources that would help you get started.', 'There are good free guides on this that I can send you.'],
        ['I recommend {{resources}} as a starting point.', 'A good place to start is {{resources}}.',
          'I can point you to free resources on this.', 'Free guides on this are available, and I can send you some.'],
      ),
    },
    nextStep: {
      referral: tones(
        ['Feel free to mention my name when you get in touch with them, and good luck with the project.', 'Do say I sent you when you contact them; I hope the project goes well.'],
        ['Feel free to mention my name when you get in touch.', 'You can tell them I passed on their details.'],
        ['You may mention that I referred you.', 'You can tell them I passed on their details.'],
      ),
      'free-resources': tones(
        ['I hope that gives you a good start, and good luck with the project.', 'Good luck with it, and I hope it comes together well.'],
        ['I hope that helps you get started.', 'Good luck with the project.'],
        ['Good luck with the project.', 'I hope that is useful.'],
      ),
    },
    door: tones(
      ["I hope you find the right person for it, and if you need help with anything in my field, I'd be glad to hear from you.", "Good luck with it, and please keep me in mind for anything within my field in future."],
      ['If you need help with anything in my field in future, feel free to get in touch.', "I hope you find the right person for it, and I'd be glad to hear from you about work in my field."],
      ["You're welcome to contact me about work within my field.", "If a future project falls within my field, I'd be glad to hear from you."],
    ),
  },

  // Work under way; more rounds of changes than the policy includes.
  'extra-revisions': {
    opening: tones(
      ['Thanks for your latest feedback.', 'Thank you for your comments on the latest version.'],
      ['Thanks for your comments on the latest version.', 'I appreciate the feedback on this round.'],
      ['Thank you for your latest feedback.', 'Thank you for the feedback.'],
    ),
    empathy: ['I want you to be happy with the result.', "I can see how much care you're putting into getting this right."],
    decision: tones(
      ["I'm afraid I can't make the new edits within the current fee.", "Unfortunately, I can't include the new edits in the agreed price."],
      ["I can't make the new edits within the current fee.", "I'm not able to include the new edits in the agreed price."],
      ["I can't make the new edits within the agreed fee.", "I can't include the new edits in the agreed fee."],
    ),
    explained: tones(
      ["I'm afraid I can't make the new edits within the current fee: the price we agreed covers {{policy}}, which we've now completed.",
        "Unfortunately, I can't include the new edits in the agreed price, as it covers {{policy}}, and that allowance has been used.",
        "I'm afraid I can't make the new edits within the current fee: the revision rounds included in the price we agreed have now been used.",
        "Unfortunately, I can't include the new edits in the agreed price, as we've already worked through the revision rounds it covers."],
      ["I can't make the new edits within the current fee: the agreed price covers {{policy}}, which we've now completed.",
        "I'm not able to include the new edits in the agreed price, as it covers {{policy}}, and that allowance has been used.",
        "I can't make the new edits within the current fee, as we've now used the revision rounds the agreed price includes.",
        "I'm not able to include the new edits in the agreed price, as the revisions it covers have been used."],
      ["I can't make the new edits within the agreed fee. It covers {{policy}}, which we have now completed.",
        "I can't include the new edits in the agreed fee: it covers {{policy}}, and that allowance has been used.",
        "I can't make the new edits within the agreed fee. The revision rounds it includes have been used.",
        "I can't include the new edits in the agreed fee: the revisions it covers are complete."],
    ),
    alternatives: {
      'paid-extra': tones(
        ["I'd be glad to make them as paid work, at {{rate}}.", "I'd be happy to carry on as paid work, billed at {{rate}}.",
          "I'd be glad to make them as paid work.", "I'd be happy to carry on as paid work, with a quote agreed first."],
        ['I can make them as paid work, billed at {{rate}}.', 'I can take them on as paid work at {{rate}}.',
          'I can make them as paid work.', 'I can take them on as paid work, quoted in advance.'],
        ['I can make them as paid work at {{rate}}.', 'Further edits are billed at {{rate}}.',
          'I can make them as paid work.', 'Further edits are billed as additional work.'],
      ),
    },
    nextStep: tones(
      ["If that works for you, let me know and I'll get started.", "Let me know if you'd like to go ahead, and I'll schedule them."],
      ["Let me know if you'd like to go ahead on that basis.", "If you'd like to proceed, I'll confirm the total first."],
      ['Let me know if you want to proceed.', "Please confirm in writing if you'd like to go ahead."],
    ),
    door: tones(
      ["If you have any questions about the final version, I'm happy to go through them with you.", "I'm glad to talk through any questions you have about the current version."],
      ["I'm happy to answer any questions about the current version.", 'Let me know if anything in the current version is unclear.'],
      ["If you have any questions about the current version, I'm happy to answer them.", "I'm available if anything in the current version needs clarifying."],
    ),
  },

  // A new enquiry that expects a "magic" result.
  'unrealistic-expectations': {
    opening: tones(
      ['Thank you for sharing your goals for the project.', "Thanks for setting out what you'd like to achieve."],
      ["Thanks for explaining what you're hoping to achieve.", 'Thank you for sending over your goals for the project.'],
      ['Thank you for sharing your goals for the project.', 'Thank you for the outline of what you want to achieve.'],
    ),
    empathy: ["I can see what you're aiming for.", 'Your ambition comes through clearly.'],
    decision: tones(
      ["I'm afraid I can't promise that result.", "Unfortunately, I can't commit to that outcome."],
      ["I can't promise that result.", "I'm not able to commit to that outcome."],
      ["I can't promise that result.", "I can't commit to that outcome."],
    ),
    explained: tones(
      ["I'm afraid I can't promise that result: it depends on factors beyond the work itself, and I'd rather say so now than make a promise I couldn't keep.",
        "Unfortunately, I can't commit to that outcome, because no single piece of work could guarantee it, and agreeing to it now would lead to disappointment later."],
      ["I can't promise that result, as it depends on factors that no single piece of work can control.",
        "I'm not able to commit to that outcome: it goes beyond what this kind of work can achieve on its own."],
      ["I can't promise that result. It depends on factors outside my control.",
        "I can't commit to that outcome, as no single piece of work could guarantee it."],
    ),
    alternatives: {
      'smaller-scope': tones(
        ["I'd suggest {{offer}} instead, which I can deliver with confidence.", "What I'd be glad to take on is {{offer}}, with results we can measure.",
          "I'd suggest starting with a smaller first phase that I can deliver with confidence, and building from there.", "I'd be glad to propose a smaller first step with goals we can measure."],
        ["I'd suggest {{offer}} instead, with goals we can measure.", 'I could take on {{offer}}, which I can deliver with confidence.',
          "I'd suggest a smaller first phase with goals we can measure.", 'I could take on a smaller first phase and build from there.'],
        ['I can take on {{offer}} instead, with goals we can measure.', 'What I can deliver with confidence is {{offer}}.',
          'I can take on a smaller first phase with measurable goals.', 'I can offer a smaller, clearly defined piece of work.'],
      ),
      'what-i-can-do': tones(
        ["Instead, I'd be glad to offer {{offer}}, with clear goals agreed at the start.", 'I could offer {{offer}} instead, with goals we agree together before I begin.',
          "I'd be glad to put together a plan with goals we can both stand behind.", 'I could offer a plan with clear, measurable goals agreed at the start.'],
        ['I can offer {{offer}} instead, with goals we agree at the start.', 'Instead, I could offer {{offer}}.',
          'I can put together a plan with clear, measurable goals.', 'I could offer a plan built around goals we can measure.'],
        ['I can offer {{offer}} instead.', 'I can offer {{offer}} with clearly defined goals.',
          'I can offer a plan with measurable goals.', 'I can set out in writing what the work can achieve.'],
      ),
    },
    nextStep: tones(
      ["Let me know if you'd like to explore that, and I'll send over a short proposal.", "If that appeals, I'll send over a short outline."],
      ["Let me know if you'd like a proposal on that basis.", "If that interests you, I'll send the details."],
      ['Let me know if you want a proposal on that basis.', "Please let me know if you'd like the details."],
    ),
    door: tones(
      ["Whatever you decide, I wish you every success, and I'd be glad to hear from you another time.", "If your goals change, I'd be glad to hear from you."],
      ['If your goals change, feel free to get in touch.', "I'd be glad to hear from you if your plans change."],
      ["You're welcome to contact me if your goals change.", "If your plans change, I'd be glad to hear from you."],
    ),
  },

  // A new enquiry; I can do part of it. Always says what I will do.
  'partial-yes': {
    opening: tones(
      ['Thank you for setting out everything you need.', 'Thanks for sending over the details of the work.'],
      ['Thank you for setting out what you need.', 'Thanks for sending over the details of the work.'],
      ['Thank you for your request.', 'Thank you for setting out what you need.'],
    ),
    empathy: ['I can see the appeal of having one person handle all of it.', "I'd like to help where I can."],
    decision: tones(
      ["I'm afraid I can't take on {{declined}}.", "Unfortunately, I'm not able to include {{declined}}.",
        "I'm afraid I can't take on every part of it.", "Unfortunately, I'm not able to cover all of it."],
      ["I can't take on {{declined}}.", "I'm not able to include {{declined}}.",
        "I can't take on every part of it.", "I'm not able to cover all of it."],
      ["I can't take on {{declined}}.", "I won't be taking on {{declined}}.",
        "I can't take on every part of it.", "I won't be able to cover all of it."],
    ),
    explained: tones(
      ["I'm afraid I can't take on {{declined}}, as it falls outside the services I offer.",
        "Unfortunately, I'm not able to include {{declined}}: it isn't work I do, and you'd get better results from a specialist.",
        "I'm afraid I can't take on every part of it, as some of the work falls outside the services I offer.",
        "Unfortunately, I'm not able to cover all of it: some of what you've listed isn't work I do, and you'd get better results from a specialist."],
      ["I can't take on {{declined}}, as it falls outside the services I offer.", "I'm not able to include {{declined}}: it isn't part of the work I do, and a specialist would serve you better.",
        "I can't take on every part of it, as some of the work falls outside the services I offer.", "I'm not able to cover all of it: some of what you've listed isn't work I do."],
      ["I can't take on {{declined}}. It is outside the services I offer.", "I won't be taking on {{declined}}, as it isn't one of my services.",
        "I can't take on every part of it. Some of the work is outside the services I offer.", "I won't be able to cover all of it, as some of the work is outside my services."],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ["I'd be glad to handle {{offer}}.", "I'd be happy to take on {{offer}}.",
          "I'd be glad to handle the parts that fall within my services.", "I'd be happy to take on the rest."],
        ['I can handle {{offer}} on my usual terms.', "I'd be glad to deliver {{offer}}.",
          'I can handle the rest on my usual terms.', 'I can take on the parts that fall within my services.'],
        ['I can handle {{offer}} on my usual terms.', 'I can deliver {{offer}}.',
          'I can handle the rest on my usual terms.', 'I can deliver the parts that fall within my services.'],
      ),
    },
    nextStep: tones(
      ["Let me know if you'd like me to go ahead, and I'll send over a quote and timeline.", "If that works for you, I'll put together a quote and a timeline."],
      ["Let me know if you'd like me to go ahead on that basis.", "If that works, I'll send you a quote and a timeline."],
      ["Let me know if you'd like to go ahead, and I will send a quote.", "If you'd like to proceed, I will send you a quote."],
    ),
  },

  // Not a no yet: they want a decision on the spot; I'll answer in writing.
  'buy-time': {
    opening: tones(
      ['Thank you for sending this over, and for explaining what you have in mind.', 'Thanks for getting in touch and for setting everything out so clearly.'],
      ['Thanks for sending this over and setting out the details.', 'Thank you for setting everything out so clearly.'],
      ['Thank you for sending this over.', 'Thank you for setting out what you have in mind.'],
    ),
    empathy: ["I understand you'd like an answer soon.", "I know you'd like to settle this quickly."],
    decision: tones(
      ["Before I decide, I'd like some time to think it over.", "I'd rather not give you an answer on the spot."],
      ["I'd like some time to go through it before I give you an answer.", "I'd rather not decide on the spot."],
      ["I can't give you an answer on the spot.", "I won't be able to decide on the spot."],
    ),
    explained: tones(
      ["Before I decide, I'd like some time to go through it properly, so that the answer I give you is a considered one.",
        "I'd rather not give you an answer on the spot, as a decision like this deserves proper thought."],
      ["I'd like some time to go through it properly before I give you an answer, so that it's a considered one.",
        "I'd rather not decide on the spot: I'd like to go through everything carefully, so that my answer is a considered one."],
      ["I can't give you an answer on the spot. I need time to review it properly.",
        "I won't be able to decide on the spot, as I need time to review it properly."],
    ),
    alternatives: {
      'reply-by': tones(
        ["I'll send you my answer in writing by {{date}}.", "You'll have my reply in writing by {{date}}.",
          "I'll send you my answer in writing within the next few days.", "I'll come back to you in writing once I've been through it."],
        ["I'll reply in writing by {{date}}.", "You'll have my answer in writing by {{date}}.",
          "I'll reply in writing within the next few days.", "You'll have my answer in writing once I've reviewed it."],
        ['I will reply in writing by {{date}}.', 'You will have my written answer by {{date}}.',
          'I will reply in writing once I have reviewed it.', 'You will have my written answer within a few working days.'],
      ),
    },
    nextStep: tones(
      ["In the meantime, feel free to send over anything else you'd like me to take into account.", "If there's anything else I should know before then, do send it over and I'll take it into account."],
      ["In the meantime, please send anything else you'd like me to take into account.", "If there's anything else I should know, please send it over."],
      ['Please send anything else I should know in writing before then.', 'If there is anything else I should take into account, please send it in writing.'],
    ),
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
