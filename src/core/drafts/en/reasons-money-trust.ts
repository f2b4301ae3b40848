// English parts for reasons about money and trust. Each reason words its own acknowledgement,
// alternatives and closing line for where the relationship stands (reasons.ts `stage`).
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const moneyTrustReasons = {
  // A new enquiry whose budget is below my price.
  'budget-too-low': {
    opening: tones(
      ['Thank you for being upfront about the budget.', 'Thanks for sharing your budget with me.'],
      ['Thanks for letting me know your budget.', 'I appreciate you sharing the budget upfront.'],
      ['Thank you for confirming the budget.', 'Thanks for letting me know the budget.'],
    ),
    empathy: ['I understand the project needs to work financially for you.', 'It helps to know where things stand from the start.'],
    decision: tones(
      ["I'm afraid I can't take on the project for that amount.", "Unfortunately, I can't deliver what you've described within that budget."],
      ["I can't take on the project for that amount.", "I'm not able to deliver what you've described within that budget."],
      ["I can't take on the project for that budget.", "I can't do the work for that amount."],
    ),
    explained: tones(
      ["I'm afraid I can't take on the project for that amount: my rate for this kind of work is {{rate}}, which reflects the time it takes to do well.",
        "Unfortunately, I can't deliver what you've described within that budget: my rate is {{rate}}, so the full scope comes to more than that.",
        "I'm afraid I can't take on the project for that amount, as the work involved comes to more than that at my usual rates.",
        "Unfortunately, I can't deliver what you've described within that budget: at my standard rates, it comes to more than that."],
      ["I can't take on the project for that amount, as my rate for this work is {{rate}}.",
        "I'm not able to deliver what you've described within that budget: I charge {{rate}}, so the full scope comes to more.",
        "I can't take on the project for that amount, as it comes to more at my standard rates.",
        "I'm not able to deliver what you've described within that budget: at my usual rates, the work comes to more than that."],
      ["I can't take on the project for that budget. My rate for this work is {{rate}}.",
        "I can't lower my rate to fit it: I charge {{rate}} for this work.",
        "I can't take on the project for that budget. It comes to more at my standard rates.",
        "I can't lower my rates to fit it, and everything you've described costs more than that."],
    ),
    alternatives: {
      'smaller-scope': tones(
        ["Within your budget, I'd be glad to deliver {{offer}}.", "For that amount, I'd be glad to take on {{offer}} instead.",
          "I'd be glad to suggest a smaller scope that fits within your budget.", "For that amount, I could take on a reduced scope, and I'd be glad to set out what it would include."],
        ['Within your budget, I could deliver {{offer}}.', 'For that amount, I can take on {{offer}}.',
          'I can suggest a smaller scope that fits your budget.', 'For that amount, I could take on a reduced scope.'],
        ['Within your budget, I can deliver {{offer}}.', 'For that amount, I can take on {{offer}}.',
          'I can deliver a reduced scope within your budget.', 'For that amount, I can take on a reduced scope.'],
      ),
      'separate-quote': tones(
        ["I'd be glad to send you a quote for everything you've described, based on my rate of {{rate}}, so you can see what it would involve.", "I'd be happy to put together a full quote based on {{rate}}, so you can plan for it.",
          "I'd be glad to send you a full quote, so you can see what everything you've described would involve.", "I'd be happy to put together a full quote, so you have the figures to plan with."],
        ['I can send you a full quote, based on my rate of {{rate}}.', 'I can quote for everything you described, based on {{rate}}.',
          'I can send you a full quote for everything you described.', 'I can put together a full quote so you can plan for it.'],
        ['I can quote for the full scope, based on my rate of {{rate}}.', 'I can send you a full quote, based on {{rate}}.',
          'I can send a full quote for everything you described.', 'I can put together a quote for the full scope.'],
      ),
    },
    nextStep: {
      'smaller-scope': tones(
        ["Let me know if that would suit you, and I'll send over what it would include and when I could deliver it.", "If that sounds useful, I'll put together a short proposal for it."],
        ["Let me know if you'd like a proposal for that.", "If that suits you, I'll send the details."],
        ['Let me know if you want a proposal for that.', 'If that suits you, I will send the details.'],
      ),
      'separate-quote': tones(
        ["Let me know if you'd like me to prepare it.", "If that would help, I'll have it with you shortly."],
        ["Let me know if you'd like me to prepare it.", "If you'd like it, I'll send it over."],
        ['Let me know if you want the quote.', "Let me know if you'd like me to send it."],
      ),
    },
    door: tones(
      ["If your budget changes, I'd be glad to hear from you.", 'I hope it all comes together, and if the budget changes, do get in touch.'],
      ['If the budget changes, feel free to get in touch.', "I'd be glad to hear from you if your budget changes."],
      ["You're welcome to contact me if your budget changes.", "I'd be glad to hear from you if the budget changes."],
    ),
  },

  // They haggle, offer a swap, appeal to guilt or pay late.
  'cannot-pay': {
    opening: tones(
      ['Thank you for explaining where things stand.', 'Thanks for being open with me about the payment.'],
      ['Thank you for explaining where things stand.', 'Thanks for your message about the payment.'],
      ['Thank you for your message about the payment.', 'Thank you for explaining your position.'],
    ),
    empathy: ["I know money can be tight, and I don't take that lightly.", "I understand this isn't an easy conversation."],
    decision: tones(
      ["I'm afraid I can't go ahead without payment in full.", "Unfortunately, I'm not able to start without the full fee."],
      ["I can't go ahead without full payment.", "I can't make an exception to my usual payment terms."],
      ["I can't work without full payment.", "I can't make an exception to my payment terms."],
    ),
    explained: tones(
      ["I'm afraid I can't go ahead without payment in full: this is how I make my living, and I keep the same terms for every client.",
        'Unfortunately, I\'m not able to start without the full fee, as my fees cover my time and costs, and my terms are the same for every client.'],
      ["I can't go ahead without full payment, as I apply the same terms to every client.",
        "I can't make an exception to my usual payment terms, which are the same for every client."],
      ["I can't work without full payment. My terms are the same for every client.",
        "I can't make an exception to my payment terms, which apply to every client."],
    ),
    alternatives: {
      'payment-first': tones(
        ["I'll be glad to go ahead as soon as I've received payment of {{amount}}.", "As soon as payment of {{amount}} reaches me, I'll be happy to start.",
          "I'll be glad to go ahead as soon as I've received payment.", "As soon as payment reaches me, I'll be happy to start."],
        ["I can go ahead as soon as I've received payment of {{amount}}.", "As soon as I've received payment of {{amount}}, I'll start the work.",
          "I can go ahead as soon as I've received payment.", "As soon as I've received payment, I'll start the work."],
        ['I will go ahead once I have received payment of {{amount}}.', 'Work will start once payment of {{amount}} has been received.',
          'I will go ahead once I have received payment in full.', 'Work will start once payment has been received.'],
      ),
      'free-resources': tones(
        ["If it helps, I'd suggest {{resources}} as a good place to start on your own.", 'You could make a start on your own with {{resources}}.',
          "If it helps, I'd be glad to point you to some free resources so you can make a start on your own.", 'I can send you some free guides that would help you make a start yourself.'],
        ["As a free option, I'd suggest {{resources}}.", 'You could make a start yourself with {{resources}}.',
          'I can point you to free resources that would help you make a start yourself.', 'As a free alternative, I can send you some guides to help you make a start.'],
        ['As a free option, I recommend {{resources}}.', 'You can make a start yourself with {{resources}}.',
          'I can point you to free resources on this.', 'I can point you to free guides so you can make a start yourself.'],
      ),
    },
    nextStep: {
      'payment-first': tones(
        ["Let me know when it's on its way, and I'll plan the work accordingly.", "If you have any questions about the payment, I'm happy to help."],
        ['Let me know once the payment has been made.', "If you need the payment details, I'll send them over."],
        ['Let me know once payment has been made.', 'If you need the payment details, please let me know.'],
      ),
      'free-resources': tones(
        ['I hope that helps, and good luck with the project.', 'I hope you find it useful, and good luck with the project.'],
        ['I hope that helps you make a start.', 'I hope you find it useful.'],
        ['I hope you find it useful.', 'I hope that is of use.'],
      ),
    },
    door: tones(
      ["If your situation changes, I'd be glad to hear from you.", 'Should things change on your side, do get in touch.'],
      ['If things change, feel free to get in touch.', "You're welcome to contact me again on my usual terms."],
      ["You're welcome to contact me again on my usual terms.", "If you'd like to go ahead on my usual terms, I'd be glad to hear from you."],
    ),
  },

  // Work delivered as agreed; now they want to pay less.
  'discount-after-delivery': {
    opening: tones(
      ['Thanks for your message about the final payment.', 'Thank you for getting in touch about the final payment.'],
      ['Thanks for your message about the final payment.', 'Thank you for getting in touch about the final payment.'],
      ['Thank you for your message about the final payment.', 'Thank you for getting in touch about the payment.'],
    ),
    empathy: ["I understand you'd like the final cost to be lower.", "I've given your request proper thought."],
    decision: tones(
      ["I'm afraid I can't reduce the agreed fee.", "Unfortunately, I can't offer a discount on the agreed fee."],
      ["I can't reduce the agreed fee.", "I'm not able to offer a discount on the agreed fee."],
      ["I can't reduce the agreed fee.", "I won't reduce the fee for work delivered as agreed."],
    ),
    explained: tones(
      ["I'm afraid I can't reduce the agreed fee: the work was delivered in full, as set out in {{agreement}}, and the fee reflects exactly that.",
        "Unfortunately, I can't offer a discount, as everything was completed in line with {{agreement}}.",
        "I'm afraid I can't reduce the agreed fee: the work was delivered in full, as we agreed at the outset, and the fee reflects exactly that.",
        "Unfortunately, I can't offer a discount, as everything was completed in line with what we agreed."],
      ["I can't reduce the agreed fee, as the work was delivered as set out in {{agreement}}.",
        "I'm not able to offer a discount, as the work was completed in line with {{agreement}}.",
        "I can't reduce the agreed fee, as the work was delivered in full and as agreed.",
        "I'm not able to offer a discount, as the work was completed in line with what we agreed."],
      ["I can't reduce the agreed fee. The work was delivered as set out in {{agreement}}, and the fee is due in full.",
        "I won't reduce the fee: the work was delivered in line with {{agreement}}, and the full fee is due.",
        "I can't reduce the agreed fee. The work was delivered as specified, so the full fee is due.",
        "I won't reduce the fee: the work was delivered as agreed, and the full fee is due."],
    ),
    alternatives: {
      'written-agreement': tones(
        ["If anything in {{agreement}} is unclear, I'd be glad to go through it with you.", "I'm happy to walk you through {{agreement}} alongside what was delivered, if that would help.",
          "If it would help, I'd be glad to go through what we agreed alongside what was delivered.", "I'm happy to walk you through the deliverables point by point against our agreement."],
        ["I'm happy to go through {{agreement}} with you, point by point.", 'I can walk you through {{agreement}} alongside what was delivered.',
          "I'm happy to go through the agreement with you, point by point.", 'I can walk you through what was delivered against what we agreed.'],
        ['I can go through {{agreement}} with you point by point.', 'I can show you how each deliverable matches {{agreement}}.',
          'I can go through the agreement with you point by point.', 'I can show you how each deliverable matches the agreement.'],
      ),
    },
    nextStep: tones(
      ["Let me know if you'd like to do that, and I'll set aside some time.", 'If that would help, let me know a time that suits you.'],
      ['Let me know if that would help; the invoice remains due as issued.', 'In the meantime, the invoice stands as issued.'],
      ["Let me know if you'd like to go through it; the invoice remains payable by its due date.", 'If that would help, please send me a time that suits you.'],
    ),
    door: tones(
      ["If you have any questions about the invoice, I'm happy to go through them with you.", "I hope the finished work serves you well, and I'm happy to answer any questions about the invoice."],
      ['If you have any questions about the invoice, please let me know.', "I'm happy to answer any questions about the invoice, which remains due as issued."],
      ["If you have any questions about the invoice, I'm available to answer them.", "I'm happy to answer any questions about the invoice."],
    ),
  },

  // Work under way; they dispute what was agreed, and the written record says otherwise.
  'as-agreed-in-writing': {
    opening: tones(
      ['Thank you for raising this with me.', 'Thanks for getting in touch about this.'],
      ['Thanks for raising this.', 'Thank you for getting in touch about this.'],
      ['Thank you for raising this.', 'Thank you for your message.'],
    ),
    empathy: ["I understand why you'd want to clarify this.", "It's worth getting this clear, and I'm glad you asked."],
    decision: tones(
      ["I'm afraid I can't change the terms at this stage.", "Unfortunately, I can't take on work beyond the written terms."],
      ["I can't go beyond the written terms.", "I'm not able to change the terms at this stage."],
      ["I can't change the agreed terms.", "I won't change the written terms."],
    ),
    explained: tones(
      ["I'm afraid I can't change the terms at this stage: they're set out in {{agreement}}, and I'm working to those.",
        "Unfortunately, I can't take on work beyond the written terms: {{agreement}} sets out what's included, and this falls outside it.",
        "I'm afraid I can't change what we agreed at this stage, as the terms are set out in writing, and I'm working to those.",
        "Unfortunately, I can't take on work beyond what we agreed in writing, and what you describe falls outside it."],
      ["I can't go beyond the terms set out in {{agreement}}, which is what I'm working to.",
        "I'm not able to change the terms at this stage: {{agreement}} is clear on this point.",
        "I can't go beyond the written terms, as they're what I'm working to.",
        "I'm not able to change what we agreed at this stage: the written agreement is clear on this point."],
      ["I can't change the terms. They are set out in {{agreement}}.",
        "I won't change the terms: {{agreement}} is clear on this point.",
        "I can't change the agreed terms. They are set out in writing.",
        "I won't change what we agreed: the written terms are clear on this point."],
    ),
    alternatives: {
      'written-agreement': tones(
        ["I'd be glad to go through {{agreement}} with you so we're both looking at the same thing.", 'If it helps, I can point you to the relevant part of {{agreement}}.',
          "I'd be glad to go through the written agreement with you so we're both looking at the same thing.", 'If it helps, I can point you to the relevant part of what we agreed in writing.'],
        ['I can go through {{agreement}} with you if anything in it is unclear.', "I'm happy to point you to the relevant part of {{agreement}}.",
          'I can go through the written agreement with you if anything in it is unclear.', "I'm happy to send you a copy and point you to the relevant part."],
        ['The relevant terms are in {{agreement}}.', 'I can point you to the relevant part of {{agreement}}.',
          'I can point you to the relevant terms.', 'I can send you a copy of the agreement for reference.'],
      ),
    },
    nextStep: tones(
      ["Let me know if you'd like to do that; in the meantime, I'll carry on with the work as agreed.", "Once we're both clear on it, I'll carry on as planned."],
      ["Let me know if that would help; in the meantime, I'll carry on with the work.", "In the meantime, I'll continue with the work as agreed."],
      ["Let me know if you'd like a copy; in the meantime, I will continue on the agreed terms.", "If you'd like to go through it together, let me know. In the meantime, I will continue on the agreed terms."],
    ),
    door: tones(
      ["I'll keep working to what we agreed, and I'm happy to answer any questions along the way.", "I'll carry on with the work as agreed, and I'm glad to talk it through whenever suits you."],
      ["I'll carry on with the work as agreed, and I'm happy to answer any questions about it.", "If anything in the agreement is unclear, I'm happy to go through it with you."],
      ["I will continue on the agreed terms, and I'm happy to answer any questions about them.", "If you have any questions about the agreement, I'm happy to answer them."],
    ),
  },

  // A new enquiry that insists on guaranteed results and shifts the risk onto me.
  'guarantee-demanded': {
    opening: tones(
      ['Thank you for being clear about what matters to you.', 'Thanks for explaining what you need from this project.'],
      ['Thanks for setting out your expectations.', 'Thank you for being clear about what you need.'],
      ['Thank you for setting out what you need from the project.', 'Thank you for setting out your requirements.'],
    ),
    empathy: ['I understand you want some certainty before you commit.', 'Wanting to limit the risk is entirely reasonable.'],
    decision: tones(
      ["I'm afraid I can't guarantee specific results.", "Unfortunately, I can't offer a guarantee on the outcome."],
      ["I can't guarantee specific results.", "I'm not able to guarantee the outcome."],
      ["I can't guarantee results.", "I can't guarantee the outcome."],
    ),
    explained: tones(
      ["I'm afraid I can't guarantee specific results: the outcome depends on things outside my control, such as the market and how the work is used once it's delivered.",
        "Unfortunately, I can't offer a guarantee on the outcome, because results depend partly on factors neither of us controls, and promising otherwise wouldn't be fair to you."],
      ["I can't guarantee specific results, as the outcome depends on factors beyond my control, from market conditions to decisions made after delivery.",
        "I'm not able to guarantee the outcome or take on all the risk: results depend on things neither of us can fully control, such as the market and timing."],
      ["I can't guarantee results, as the outcome depends on factors outside my control.",
        "I can't guarantee the outcome or take on all the risk, as results depend on factors I don't control."],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ['What I can commit to is {{offer}}, set out in writing before we start.', "I'd be glad to offer {{offer}}, agreed in writing so you know exactly what you're getting.",
          'What I can commit to is a clear plan with defined deliverables, agreed in writing before we start.', "I'd be glad to set out in writing exactly what I'll deliver and when, so you know what you're getting."],
        ['What I can commit to is {{offer}}, agreed in writing.', 'I can offer {{offer}} instead, set out in writing.',
          'What I can commit to is a clear plan with defined deliverables.', "I can set out in writing exactly what I'll deliver and when."],
        ['What I can commit to is {{offer}}.', 'I can offer {{offer}}, agreed in writing.',
          'I can commit to defined deliverables and a timeline.', 'I can set out in writing what I will deliver and when.'],
      ),
    },
    nextStep: tones(
      ["Let me know if that gives you enough to go on, and I'll draw up a proposal.", "If that sounds reasonable, I'll send over the details."],
      ["If that works for you, I'll send a written proposal.", 'Let me know if you would like me to draw up a proposal.'],
      ['Let me know if you want to proceed on that basis.', "Let me know if you'd like a written proposal."],
    ),
    door: tones(
      ["If you're happy to go ahead on that basis, I'd be glad to hear from you.", "If you decide to go ahead without a guarantee, you're welcome to get in touch whenever suits you."],
      ["If you'd like to go ahead on that basis, feel free to get in touch.", "If your requirements change, I'd be glad to hear from you."],
      ["You're welcome to contact me if you'd like to go ahead on that basis.", "If your requirements change, I'd be glad to hear from you."],
    ),
  },

  // A new contract with a clause I don't accept (non-compete, exclusivity, payment terms...).
  'contract-terms': {
    opening: tones(
      ['Thank you for sending over the agreement.', "Thanks for sending the paperwork over; I've read it carefully."],
      ['Thank you for sending over the agreement.', "Thanks for sending the paperwork over; I've now read it."],
      ['Thank you for sending the agreement.', 'Thank you for sending the paperwork over.'],
    ),
    empathy: ['I understand you want to protect your business.', 'It makes sense for you to want clear terms in place.'],
    decision: tones(
      ["I'm afraid I can't accept {{clause}}, so I can't sign the contract as it stands.", "Unfortunately, I'm not able to sign the contract with {{clause}} in it.",
        "I'm afraid I can't sign it in its current form.", "Unfortunately, I'm not able to sign it as it stands."],
      ["I can't accept {{clause}}, so I can't sign the contract as it stands.", "I'm not able to sign the contract with {{clause}} in it.",
        "I can't sign it in its current form.", "I'm not able to sign it as it stands."],
      ["I can't accept {{clause}}, so I can't sign the contract as it stands.", "I won't sign the contract with {{clause}} in it.",
        "I can't sign it in its current form.", "I won't sign it as it stands."],
    ),
    explained: tones(
      ["I'm afraid I can't sign the contract as it stands: accepting {{clause}} would conflict with the terms I keep with every client.",
        "Unfortunately, I'm not able to sign the contract with {{clause}} in it, because that isn't compatible with how I run my business.",
        "I'm afraid I can't sign it in its current form, as some of its terms conflict with the way I work with every client.",
        "Unfortunately, I'm not able to sign it as it stands: a few of its terms aren't compatible with how I run my business."],
      ["I can't sign the contract as it stands: accepting {{clause}} would conflict with the standard terms I apply to all clients.",
        "I'm not able to sign the contract with {{clause}} in it, as that isn't compatible with how I run my business.",
        "I can't sign it in its current form, as some of its terms conflict with the standard terms I apply to all clients.",
        "I'm not able to sign it as it stands: some of its terms aren't compatible with how I run my business."],
      ["I can't accept {{clause}}, so I can't sign the contract as it stands. My standard terms rule that out.",
        "I won't sign the contract with {{clause}} in it, as that conflicts with my standard terms.",
        "I can't sign it in its current form. Some of its provisions conflict with my standard terms.",
        "I won't sign it in this form: some of its terms conflict with how I run my business."],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ["What I could agree to is {{offer}}, and I'd be happy to sign on that basis.", "I'd be glad to agree to {{offer}} and sign on that basis.",
          "I'd be glad to set out the changes I'd need before signing.", "I'd be happy to suggest wording that would work for both of us."],
        ['What I can agree to is {{offer}}.', 'I could agree to {{offer}} and sign on that basis.',
          "I can set out the changes I'd need before signing.", 'I can suggest wording that would work for both of us.'],
        ['What I can agree to is {{offer}}.', 'I can agree to {{offer}}.',
          'I can set out the changes I would need before signing.', 'I can suggest alternative wording.'],
      ),
    },
    nextStep: tones(
      ["If that works for you, I'd be happy to draft the wording for the change.", "If you're open to that, send over a revised version and I'll review it promptly."],
      ["If that works for you, I can draft the wording for the change.", "If you're open to that, I'll review a revised version as soon as it arrives."],
      ['If you send a revised version, I will review it promptly.', 'Let me know if you are open to that.'],
    ),
    door: tones(
      ["If a revised version would work on your side, I'd be glad to review it.", "I'd be glad to look at a revised version, and I hope we can agree terms that suit us both."],
      ["If you're able to send a revised version, I'd be glad to review it.", "I'm happy to review a revised version if the terms change."],
      ['If you send a revised version, I will review it.', "I'm happy to review a revised version."],
    ),
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
