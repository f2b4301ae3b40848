// English parts for reasons about time and scope. Each reason words its own acknowledgement,
// alternatives and closing line for where the relationship stands (reasons.ts `stage`).
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const workReasons = {
  // A new enquiry; my calendar is full.
  'schedule-full': {
    opening: tones(
      ['Thank you for thinking of me for this project.', 'It was good to hear from you, and thank you for asking me to be part of this project.'],
      ['Thank you for getting in touch about the project.', 'Thanks for your enquiry and for the outline of what you need.'],
      ['Thank you for your enquiry about the project.', 'Thanks for getting in touch about the project.'],
    ),
    empathy: ['What you have in mind is the kind of work I enjoy.', "I've read through your plans with real interest."],
    decision: tones(
      ["I'm afraid I can't take it on at the moment.", "Unfortunately, I'm not able to take on the project right now."],
      ["I can't take it on at the moment.", "I'm not able to take on the project at present."],
      ["I can't take on the project.", "I'm not taking on new projects at present."],
    ),
    explained: tones(
      ["I'm afraid I can't take it on at the moment: my schedule is fully committed to existing clients, and I wouldn't be able to give your project the attention it needs.",
        "Unfortunately, I'm not able to take on the project right now, as I'm fully booked with existing clients and I won't start work I can't give my full attention to."],
      ["I can't take it on at the moment, as my schedule is fully booked with work for existing clients.",
        "I'm not able to take on the project at present: I'm fully committed to existing clients at the moment."],
      ["I can't take on the project. My schedule is fully booked with existing clients.",
        "I'm not taking on new projects at present, as I'm fully booked with existing clients."],
    ),
    alternatives: {
      'later-date': tones(
        ["If your timing has some flexibility, I'll have space to take it on from {{date}}.", "My next available start date is {{date}}, and I'd be glad to keep it for you if that timing could work.",
          "If your timing has some flexibility, I'd be glad to suggest a later start date.", "I'd be happy to look at a later start date with you, if that could work."],
        ["My next available start date is {{date}}, if your timeline allows.", "I'll have space for the project from {{date}}.",
          'I could offer a later start date, if your timeline allows.', 'I could start once my current commitments ease, if your timeline has room for that.'],
        ['My next available start date is {{date}}.', 'I have space for the project from {{date}}.',
          'I can offer a later start date.', 'I can start once my current commitments allow.'],
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
          'A colleague whose work I can recommend is available at {{referralContact}}.',
          'I can recommend a colleague whose work I know well.'],
        ['I recommend {{referralName}} ({{referralContact}}) for this project.', 'You can contact {{referralName}} at {{referralContact}}.',
          'I recommend {{referralName}} for this project.', 'You can contact {{referralName}} about it.',
          'A colleague I recommend can be reached at {{referralContact}}.', 'I can refer you to a colleague for this project.'],
      ),
    },
    nextStep: {
      'later-date': tones(
        ["Let me know if that could work for you, and I'll keep the time free.", 'If that suits you, let me know and we can sort out the details.'],
        ['Let me know if that timing would suit you.', 'If that works for you, we can agree the details.'],
        ["Let me know if you'd like to book that slot.", 'Please confirm if that timing suits you.'],
      ),
      referral: tones(
        ['Do mention my name when you get in touch, and I hope the project goes really well.', "You're welcome to say I suggested them, and I hope the project comes together well."],
        ['Feel free to mention my name when you contact them.', "You're welcome to say I referred you."],
        ["You're welcome to mention that I referred you.", 'Feel free to give them my name when you get in touch.'],
      ),
    },
    door: tones(
      ["I hope the project goes well, and I'd be glad to hear from you about future work.", "I'd love the chance to work with you on a future project, so please keep me in mind."],
      ['Feel free to contact me about future projects.', "I'd be glad to hear from you when your next project comes up."],
      ["You're welcome to contact me about future projects.", "I'd be glad to hear from you when your next project comes up."],
    ),
  },

  // Work under way; they want it sooner or want to move the deadline up.
  'deadline-too-tight': {
    opening: tones(
      ["Thanks for letting me know you'd like it sooner.", 'Thank you for explaining the timing on your side.'],
      ["Thanks for letting me know you'd like the work earlier.", 'Thank you for explaining the change in timing on your side.'],
      ['Thank you for your message about the timing.', "Thanks for letting me know you'd like the work sooner."],
    ),
    empathy: ['I understand why having it sooner would help.', "I can see why you'd like to have it earlier."],
    decision: tones(
      ["I'm afraid I can't bring the deadline forward.", "Unfortunately, I can't deliver the finished work any earlier."],
      ["I can't bring the deadline forward.", "I'm not able to deliver the finished work any earlier."],
      ["I can't bring the deadline forward.", "I won't be able to deliver earlier than agreed."],
    ),
    explained: tones(
      ["I'm afraid I can't bring the deadline forward: the time we planned is what the work needs, and rushing it would mean handing over something below the standard you're expecting.",
        'Unfortunately, I can\'t deliver the finished work any earlier, because the schedule we agreed is already tight, and squeezing it further would show in the quality.'],
      ['I can\'t bring the deadline forward, as doing so would mean cutting the review stages that keep the quality where it should be.',
        "I'm not able to deliver the finished work any earlier: the remaining stages can't be compressed without affecting the result."],
      ["I can't bring the deadline forward. The remaining work needs the time we scheduled for it.",
        "I won't be able to deliver earlier than agreed, as a shorter schedule would compromise the quality of the work."],
    ),
    alternatives: {
      'later-date': tones(
        ["The earliest I could deliver the complete work is {{date}}, and I'd be glad to commit to that.", "I could have everything ready by {{date}}, if that helps with your planning.",
          "I'll keep to the date we agreed, and I'd be glad to send you progress updates along the way so you can plan around it.",
          "I'd be happy to send you the earliest date I can commit to once I've reviewed what's left."],
        ['The earliest I can deliver the complete work is {{date}}.', 'I can have the complete work ready by {{date}}, without cutting any corners.',
          'I can keep to the date we agreed and deliver the complete work then.', "I can confirm the earliest date I can commit to once I've reviewed what's left."],
        ['The earliest delivery date I can commit to is {{date}}.', 'I can deliver the complete work by {{date}}.',
          'I will deliver the complete work on the agreed date.', 'The agreed delivery date stands.'],
      ),
      'smaller-scope': tones(
        ['What I could do is have {{offer}} ready by the date you need, with the rest following as planned.',
          'If it would help, I could prioritise {{offer}} so you have it in time, and deliver the remainder on the original schedule.',
          'If it would help, I could prioritise the most urgent part so you have it in time, and deliver the rest as planned.',
          "I'd be happy to look at which part could be ready by the date you need, with the rest following on schedule."],
        ['I could deliver {{offer}} by the date you need and the rest as originally planned.', "I can prioritise {{offer}} so that it's ready in time, with the remaining work on the original schedule.",
          'I could deliver the most urgent part by the date you need and the rest as planned.', 'I can prioritise one part of the work so that it is ready in time.'],
        ['I can deliver {{offer}} by the date you need, with the rest on the agreed schedule.', 'By the date you need, I can deliver {{offer}}.',
          'I can deliver the most urgent part by the date you need and the rest on the agreed schedule.', 'I can prioritise one part of the work for the date you need.'],
      ),
    },
    nextStep: {
      'later-date': tones(
        ["Let me know if that works for you, and I'll plan the remaining work around it.", "If that helps, I'll confirm the details in writing."],
        ['Let me know if that works for you.', "Let me know how you'd like to proceed."],
        ["Let me know if you'd like to proceed on that basis.", 'Please let me know if that date works for you.'],
      ),
      'smaller-scope': tones(
        ["Let me know if that would help, and I'll adjust my plan accordingly.", "If that suits you, I'll send over an updated schedule."],
        ["Let me know if that would work, and I'll adjust the schedule.", "If that helps, I'll update the plan and send it over."],
        ['Let me know if that helps, and I will update the schedule.', "Please let me know if you'd like the work split this way."],
      ),
    },
    door: tones(
      ["I'll keep working to the date we agreed, and if the timing changes on your side, I'm happy to talk it through.", "In the meantime, I'll keep things moving, and I'm glad to talk through the timing whenever it would help."],
      ["If the timing changes on your side, I'm happy to talk it through.", "I'll keep working to the agreed timeline, and I'm happy to answer any questions about it."],
      ["If your timing changes, I'm happy to discuss it.", "The work continues on the agreed schedule, and I'm available if you have questions."],
    ),
  },

  // Work under way; an extra "while you're at it" request outside the agreed scope.
  'out-of-scope': {
    opening: tones(
      ['Thanks for sending over the extra request.', 'Thank you for your note about the additional piece of work.'],
      ['Thanks for your message about the additional work.', 'I appreciate you sending over the extra request.'],
      ['Thank you for your request for the additional work.', 'Thank you for letting me know about the additional work.'],
    ),
    empathy: ['I can see why it would be convenient to fold it into the current project.', "It's understandable to want it handled alongside the work already under way."],
    decision: tones(
      ["I'm afraid I can't include it in the current project.", "Unfortunately, I can't add it to the work we've agreed."],
      ["I can't include it in the current project.", "I'm not able to add it to the current project at no extra cost."],
      ["I can't include it in the current project.", "I can't add it to the agreed work."],
    ),
    explained: tones(
      ["I'm afraid I can't include it in the current project, as it goes beyond the scope we agreed, and adding it would eat into the time set aside for the work you've already commissioned.",
        "Unfortunately, I can't add it to the work we've agreed: it sits outside the original brief, and taking it on within the current fee would stretch the time planned for everything else."],
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
      ["Let me know if you'd like to go ahead, and I'll send over the details with timings.", "If you'd like that, I'll set out the cost and timing so you can decide."],
      ["Let me know if you'd like a formal quote.", "If you'd like to go ahead, I'll send over the details."],
      ['Let me know if you want a formal quote.', "Let me know if you'd like to go ahead on that basis."],
    ),
    door: tones(
      ["In the meantime, I'll keep the agreed work moving, and I'm happy to answer any questions about it.", "I'll carry on with everything we agreed, and I'm glad to talk through anything you'd like to clarify."],
      ["I'll carry on with the agreed work, and I'm happy to talk through anything you'd like to clarify.", "The current project continues as planned, and I'm happy to answer any questions."],
      ["The agreed work continues as planned; I'm available if you have any questions.", "I will continue with the agreed scope, and I'm happy to answer any questions about it."],
    ),
  },

  // A new enquiry outside my field.
  'not-my-specialty': {
    opening: tones(
      ['Thank you for thinking of me for this.', 'It was good to hear from you, and thank you for asking me to help with this.'],
      ['Thank you for your enquiry and for thinking of me.', 'Thanks for getting in touch and explaining what you need.'],
      ['Thank you for your enquiry.', 'Thanks for getting in touch about this.'],
    ),
    empathy: ["I'd like you to end up with the right person for it.", "I can see what you're hoping to achieve."],
    decision: tones(
      ["I'm afraid I can't take this one on.", "Unfortunately, I'm not the right person for this one."],
      ["I can't take this on.", "I'm not the right person for this piece of work."],
      ["I don't take on this type of work.", "I can't take this on."],
    ),
    explained: tones(
      ["I'm afraid I can't take this one on: it's outside my area of expertise, and it needs someone who does this kind of work every day.",
        "Unfortunately, I'm not the right person for this one, because it falls outside the work I specialise in, and I'd rather point you to someone who can do it justice."],
      ["I can't take this on, as it falls outside my area of expertise, and it calls for a specialist.",
        "I'm not the right person for this piece of work: it sits outside the services I offer."],
      ["I don't take on this type of work. It is outside my field.",
        "I can't take this on: it falls outside the services I offer."],
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
      ['Thank you for your latest round of changes.', 'Thank you for the feedback.'],
    ),
    empathy: ['I want you to be happy with the result.', "I can see how much care you're putting into getting this right."],
    decision: tones(
      ["I'm afraid I can't take on another round within the current fee.", "Unfortunately, I can't include further revisions in the agreed price."],
      ["I can't include another round of revisions in the current fee.", "I'm not able to take on further changes within the agreed price."],
      ["I can't include further revisions in the agreed fee.", "I can't take on further revisions within the agreed fee."],
    ),
    explained: tones(
      ["I'm afraid I can't make further changes within the current fee: the price we agreed covers {{policy}}, which we've now completed.",
        "Unfortunately, I can't include more changes in the agreed price, as it covers {{policy}}, and we're now past that point.",
        "I'm afraid I can't take on another round within the current fee: the revisions included in the price we agreed have now been used.",
        "Unfortunately, I can't include further revisions in the agreed price, as we've already worked through the revision rounds it covers."],
      ["I can't make further changes within the current fee: the agreed price covers {{policy}}, which we've now completed.",
        "I'm not able to take on more changes within the agreed price, which includes {{policy}}, and we've reached that limit.",
        "I can't include another round in the current fee, as we've now used the revision rounds the agreed price includes.",
        "I'm not able to take on further changes within the agreed price, as the revisions it includes have been used."],
      ["I can't make further changes within the agreed fee. It covers {{policy}}, which we have now completed.",
        "I can't take on more changes within the agreed fee, which covers {{policy}}, and we have reached that limit.",
        "I can't include further revisions in the agreed fee. The included rounds have been used.",
        "I can't take on further revisions within the agreed fee: the revisions it covers are complete."],
    ),
    alternatives: {
      'paid-extra': tones(
        ["I'd be glad to make the further changes as paid work, at {{rate}}.", "I'd be happy to carry on with the changes as paid work, billed at {{rate}}.",
          "I'd be glad to make the further changes as paid work.", "I'd be happy to carry on with the changes as paid work, and I can send you a quote for it."],
        ['I can make the further changes as paid work, billed at {{rate}}, and start as soon as you confirm.', 'I can take on the further changes as paid work at {{rate}}.',
          'I can make the further changes as paid work.', 'I can take on the further changes as paid work, with their own quote.'],
        ['Further changes are billed at {{rate}}.', 'I can make further changes as paid work at {{rate}}.',
          'Further changes are billed as additional work.', 'I can make further changes as paid work.'],
      ),
    },
    nextStep: tones(
      ["If that works for you, send over the changes you'd like and I'll get started.", "Let me know if you'd like to go ahead, and I'll schedule the changes."],
      ["If you'd like to proceed, send me the changes and I'll confirm the cost.", "Let me know if you'd like to go ahead with another round."],
      ['Let me know if you want to proceed.', "Please let me know in writing if you'd like to go ahead."],
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
    empathy: ["I can see what you're aiming for.", 'Your ambition for the project comes through clearly.'],
    decision: tones(
      ["I'm afraid I can't promise that result.", "Unfortunately, I can't commit to that outcome."],
      ["I can't promise that result.", "I'm not able to commit to that outcome."],
      ["I can't promise that result.", "I can't commit to that outcome."],
    ),
    explained: tones(
      ["I'm afraid I can't promise that result, because it depends on factors beyond the work itself, and I'd rather be straight with you now than make a promise I couldn't keep.",
        'Unfortunately, I can\'t commit to that outcome: no single project could guarantee it, and agreeing to it now would lead to disappointment later.'],
      ["I can't promise that result, as it depends on factors that no single piece of work can control.",
        "I'm not able to commit to that outcome: it goes beyond what this kind of work can achieve on its own."],
      ["I can't promise that result. It depends on factors outside my control.",
        "I can't commit to that outcome, as no single project could guarantee it."],
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
        ["What I can offer is {{offer}}, and I'd be glad to talk through what it could achieve for you.", "I'd be glad to offer {{offer}} instead, with clear goals agreed at the start.",
          "I'd be glad to put together a plan with goals we can both stand behind.", 'What I can offer is a plan with clear, measurable goals and regular check-ins.'],
        ['What I can offer is {{offer}}, with goals we agree at the start.', 'I can offer {{offer}} instead.',
          'I can put together a plan with clear, measurable goals.', 'What I can offer is a plan built around goals we can measure.'],
        ['What I can offer is {{offer}}.', 'I can offer {{offer}} with clearly defined goals.',
          'I can offer a plan with measurable goals.', 'I can set out in writing what the work can achieve.'],
      ),
    },
    nextStep: tones(
      ["Let me know if you'd like to explore that, and I'll send over a short proposal.", "If that appeals, I'll send over a short outline of how it would work."],
      ["Let me know if you'd like a proposal on that basis.", "If that interests you, I'll send the details."],
      ['Let me know if you want a proposal on that basis.', "Please let me know if you'd like the details."],
    ),
    door: tones(
      ["Whatever you decide, I hope the project goes well, and I'd be glad to hear from you in future.", "I wish you every success with it, and I'd be glad to hear from you if your plans change."],
      ['If your goals change, feel free to get in touch.', "I'd be glad to hear from you if your plans change."],
      ["You're welcome to contact me if your goals change.", "If your plans change, I'd be glad to hear from you."],
    ),
  },

  // A new enquiry; I can do part of it. Always says what I will do.
  'partial-yes': {
    opening: tones(
      ['Thank you for sending over the full brief.', 'Thanks for setting out everything you need.'],
      ['Thank you for the brief and the list of what you need.', 'Thanks for sending over the details of what you need.'],
      ['Thank you for sending over the brief.', 'Thank you for the brief.'],
    ),
    empathy: ['I can see the appeal of having one person handle all of it.', "I'd like to help with as much of it as I can."],
    decision: tones(
      ["I'm afraid I can't take on {{declined}}.", "Unfortunately, I'm not able to include {{declined}}.",
        "I'm afraid I can't take on the whole brief.", "Unfortunately, I'm not able to cover every part of it."],
      ["I can't take on {{declined}}.", "I'm not able to include {{declined}}.",
        "I can't take on the whole brief.", "I'm not able to cover every part of the brief."],
      ["I can't take on {{declined}}.", "I won't be taking on {{declined}}.",
        "I can't take on the whole brief.", "I won't be taking on every part of the brief."],
    ),
    explained: tones(
      ["I'm afraid I can't take on {{declined}}, as it falls outside the services I offer, and I want everything I deliver to be done properly.",
        "Unfortunately, I'm not able to include {{declined}}: it isn't part of the work I do, and I wouldn't be able to do it to the standard you should expect.",
        "I'm afraid I can't take on the whole brief, as some of it falls outside the services I offer, and I want everything I deliver to be done properly.",
        "Unfortunately, I'm not able to cover every part of it: some of what you've listed isn't work I do, and I wouldn't be able to do it to the standard you should expect."],
      ["I can't take on {{declined}}, as it falls outside the services I offer.", "I'm not able to include {{declined}}: it isn't part of the work I do.",
        "I can't take on the whole brief, as part of it falls outside the services I offer.", "I'm not able to cover every part of the brief: some of it isn't work I do."],
      ["I can't take on {{declined}}. It is outside the services I offer.", "I won't be taking on {{declined}}, as it isn't one of my services.",
        "I can't take on the whole brief. Part of it is outside the services I offer.", "I won't be taking on every part of the brief, as some of it is outside my services."],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ["I'd be glad to handle {{offer}}, and to give it my full attention.", "The part I'd be happy to handle is {{offer}}, and I'd give it my full attention.",
          "I'd be glad to handle the parts that fall within my work, and to give them my full attention.", "I'd be happy to handle the rest of the brief, and I'd give it my full attention."],
        ['I can handle {{offer}} on my usual terms.', "I'd be glad to deliver {{offer}}, and to give it my full attention.",
          'I can handle the remaining parts of the brief on my usual terms.', 'I can handle the parts that fall within my services, on my usual terms.'],
        ['I can handle {{offer}} on my usual terms.', 'I can deliver {{offer}}.',
          'I can handle the remaining parts of the brief on my usual terms.', 'I can deliver the parts of the brief that fall within my services.'],
      ),
    },
    nextStep: tones(
      ["Let me know if you'd like me to go ahead, and I'll send over a quote and timeline.", "If that works for you, I'll put together a quote."],
      ["Let me know if you'd like me to go ahead on that basis.", "If that works, I'll send you a quote."],
      ["Let me know if you'd like to go ahead, and I will send a quote.", "If you'd like to proceed, I will send you a quote."],
    ),
  },

  // Not a no yet: they want a decision on the spot; I'll answer in writing.
  'buy-time': {
    opening: tones(
      ['Thank you for the proposal, and for taking the time to explain what you have in mind.', 'Thanks for sending the offer over and for explaining what you need.'],
      ['Thanks for sending the proposal over.', 'Thank you for the offer and the details that came with it.'],
      ['Thank you for the proposal.', 'Thank you for your offer.'],
    ),
    empathy: ["I understand you'd like an answer soon.", "I know you'd like to settle this quickly."],
    decision: tones(
      ["Before I commit, I'd like a little time to consider it properly.", "I'd like some time to think it over before I give you my answer."],
      ["I'd like some time to review it before I give you an answer.", "I'd rather not decide on the spot; I'd like to look at it properly first."],
      ["I don't make decisions like this on the spot.", 'I need time to review it before I decide.'],
    ),
    explained: tones(
      ["Before I commit, I'd like a little time to consider it properly, so that the answer I give you is one I can stand behind.",
        "I'd like some time to think it over before I give you my answer, because a considered reply will serve you better than a quick one."],
      ["I'd like some time to review it before I give you an answer, as I want to check it against my current commitments.",
        "I'd rather not decide on the spot: I'd like to go through the details properly before I reply."],
      ["I don't make decisions like this on the spot. I review every proposal carefully before I commit.",
        'I need time to review it before I decide, as I check every proposal against my existing commitments.'],
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
      ["In the meantime, feel free to send over anything else you'd like me to consider.", "If there's anything else I should take into account, do send it over."],
      ["In the meantime, please send any further details you'd like me to consider.", "If there's anything else I should know, please send it over."],
      ['Please send any further details in writing before then.', 'If there is anything else I should consider, please send it in writing.'],
    ),
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
