// English parts for reasons about money and trust. Each reason words its own acknowledgement,
// alternatives and closing line for where the relationship stands (reasons.ts `stage`).
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const moneyTrustReasons = {
  // A new enquiry whose budget is below my price.
  'budget-too-low': {
    opening: tones(
      ['Thank you for being upfront about the budget.', 'Thanks for telling me the figure you had in mind.'],
      ['Thanks for letting me know your budget.', 'Thank you for telling me the figure you had in mind.'],
      ['Thank you for confirming the budget.', 'Thank you for telling me the figure you had in mind.'],
    ),
    empathy: ['It helps to know where things stand from the start.', 'I understand the cost has to work for you.'],
    decision: tones(
      ["I'm afraid I can't take this on for that amount.", "Unfortunately, I can't do what you've described for that sum."],
      ["I can't take this on for that amount.", "I'm not able to do what you've described for that sum."],
      ["I can't take this on for that amount.", "I can't do what you've described for that sum."],
    ),
    explained: tones(
      ["I'm afraid I can't take this on for that amount: my rate is {{rate}}, and what you've described would come to more than you've set aside.",
        "I'm afraid I can't take this on for that amount: at my usual rates, what you've described would come to more than you've set aside."],
      ["I can't take this on for that amount, as my rate is {{rate}} and what you've described would come to more.",
        "I can't take this on for that amount, as what you've described would come to more at my usual rates."],
      ["I can't take this on for that amount. My rate is {{rate}}, and what you've described would cost more.",
        "I can't take this on for that amount. At my usual rates, what you've described would cost more."],
    ),
    alternatives: {
      'smaller-scope': tones(
        ["Instead, I'd be glad to offer {{offer}}, which would fit within your budget.", "I'd be glad to offer a smaller piece of work that fits within your budget."],
        ['Instead, I could offer {{offer}}, which would fit within your budget.', 'I could offer a smaller piece of work that fits within your budget.'],
        ['I can offer {{offer}} instead, which fits within your budget.', 'I can offer a smaller piece of work that fits within your budget.'],
      ),
      'separate-quote': tones(
        ["I'd be glad to send you a quote for everything you've asked for, based on {{rate}}, so you can see what it would cost.",
          "I'd be glad to send you a quote for everything you've asked for, so you can see what it would cost."],
        ['I can send you a quote for everything you asked for, based on {{rate}}.', 'I can send you a quote for everything you asked for, so you can see the full cost.'],
        ['I can send you a quote for everything you asked for, based on {{rate}}.', 'I can send you a quote for everything you asked for.'],
      ),
    },
    nextStep: {
      'smaller-scope': tones(
        ["Let me know if that would suit you, and I'll send you the details.", "If that appeals, I'll send you the details."],
        ["Let me know if you'd like the details.", "If that suits you, let me know and I'll send the details."],
        ["Let me know if you'd like the details.", "If that suits you, let me know and I'll send the details."],
      ),
      'separate-quote': tones(
        ["Let me know if you'd like me to prepare it.", "If that would help, say the word and I'll send it over."],
        ["Let me know if you'd like me to prepare it.", 'Let me know if that would be useful.'],
        ["Let me know if you'd like me to prepare it.", 'Let me know if that would be useful.'],
      ),
    },
    door: tones(
      ["If the figure changes later on, I'd be glad to hear from you.", 'If things change on your side, do get in touch.'],
      ['If the figure changes, feel free to get in touch.', "If things change on your side, I'd be glad to hear from you."],
      ["You're welcome to contact me if the figure changes.", "If things change on your side, I'd be glad to hear from you."],
    ),
  },

  // They haggle, offer a swap, appeal to guilt or pay late.
  'cannot-pay': {
    opening: tones(
      ['Thank you for explaining where things stand.', 'Thanks for being open with me about this.'],
      ['Thank you for explaining where things stand.', 'Thank you for explaining your position.'],
      ['Thank you for explaining your position.', 'Thank you for your message.'],
    ),
    empathy: ["I know money can be tight, and I don't take that lightly.", "I understand this isn't an easy conversation."],
    decision: tones(
      ["I'm afraid I can't make an exception to my usual terms.", "Unfortunately, I can't lower my fees or relax my terms."],
      ["I can't make an exception to my usual terms.", "I can't lower my fees or relax my terms."],
      ["I can't make an exception to my usual terms.", "I can't lower my fees or relax my terms."],
    ),
    explained: tones(
      ["I'm afraid I can't make an exception to my usual terms: they're the same for every client, and this is how I make my living.",
        "Unfortunately, I can't lower my fees or relax my terms, as they cover my time and costs and are the same for every client."],
      ["I can't make an exception to my usual terms, which cover my time and costs and are the same for every client.",
        "I can't lower my fees or relax my terms, as they're the same for every client."],
      ["I can't make an exception to my usual terms. They are the same for every client.",
        "I can't lower my fees or relax my terms. They are the same for every client."],
    ),
    alternatives: {
      'payment-first': tones(
        ["I'll be glad to go ahead as soon as I've received payment of {{amount}}.", "I'll be glad to go ahead as soon as I've received payment in full."],
        ["I can go ahead as soon as I've received payment of {{amount}}.", "I can go ahead as soon as I've received payment in full."],
        ["I'll start as soon as I've received payment of {{amount}}.", "I'll start as soon as I've received payment in full."],
      ),
      'free-resources': tones(
        ["If it helps, {{resources}} would be a good place to begin on your own.", "If it helps, I can send you links to some resources for making a start on your own."],
        ["If you'd like to go it alone for now, {{resources}} is a good place to start.", 'I can send you links to some resources for making a start on your own.'],
        ['If you want to go it alone, {{resources}} is a good place to start.', 'I can send you links to some resources for making a start on your own.'],
      ),
    },
    nextStep: {
      'payment-first': tones(
        ["Let me know when it's on its way, and I'll plan the work accordingly.", "If you need the bank details, I can send them over."],
        ["Let me know once it's been sent.", "If you need the bank details, I'll send them over."],
        ["Let me know once it's been sent.", 'Let me know if you need the bank details.'],
      ),
      'free-resources': tones(
        ["Whenever you're ready to go ahead at my usual rates, I'd be glad to hear from you.",
          "You're welcome to come back to me when you're ready to go ahead at my usual rates."],
        ["You're welcome to come back to me when you're ready to go ahead at my usual rates.", "When you're ready to go ahead at my usual rates, I'd be glad to hear from you."],
        ["You're welcome to contact me when you're ready to go ahead at my usual rates.", "When you're ready to go ahead at my usual rates, let me know."],
      ),
    },
    door: tones(
      ["If your situation changes, I'd be glad to hear from you.", 'Should things change on your side, do get in touch.'],
      ['If your circumstances change, feel free to get in touch.', "If your situation changes, I'd be glad to hear from you."],
      ["If your situation changes, you're welcome to contact me.", "If things change on your side, I'd be glad to hear from you."],
    ),
  },

  // Work delivered as agreed; now they want to pay less.
  'discount-after-delivery': {
    opening: tones(
      ['Thanks for your message about the final payment.', 'Thank you for getting back to me about the final payment.'],
      ['Thanks for your message about the final payment.', 'Thank you for getting back to me about the final payment.'],
      ['Thank you for your message about the final payment.', 'Thank you for getting back to me about the payment.'],
    ),
    empathy: ["I understand the final cost matters to you.", "I understand you'd hoped the final cost would be lower."],
    decision: tones(
      ["I'm afraid I can't reduce the fee.", "Unfortunately, I can't offer a discount."],
      ["I can't reduce the fee.", "I'm not able to offer a discount."],
      ["I can't reduce the fee.", "I won't reduce the fee."],
    ),
    explained: tones(
      ["I'm afraid I can't reduce the fee: the work was completed in full, as set out in {{agreement}}.",
        "I'm afraid I can't reduce the fee: the work was completed in full, exactly as we agreed at the outset."],
      ["I can't offer a discount, as the work was completed in line with {{agreement}}.",
        "I can't offer a discount, as the work was completed in full and as we agreed."],
      ["I can't reduce the fee. The work was completed as set out in {{agreement}}, so the full amount is due.",
        "I can't reduce the fee. The work was completed as we agreed, so the full amount is due."],
    ),
    alternatives: {
      'written-agreement': tones(
        ["If it would help, I'd be glad to walk you through what was delivered against {{agreement}}.", "If it would help, I'd be glad to walk you through what was delivered, point by point."],
        ["I'm happy to walk you through what was delivered against {{agreement}}.", "I'm happy to walk you through what was delivered, point by point."],
        ['I can walk you through what was delivered against {{agreement}}.', 'I can walk you through what was delivered, point by point.'],
      ),
    },
    nextStep: tones(
      ["Let me know if you'd like to do that. The invoice itself stands as issued.", "Let me know a time that suits you. The invoice itself stands as issued."],
      ["Let me know if that would help. The invoice itself stands as issued.", "The invoice stands as issued. Let me know if you'd like to arrange that."],
      ["Let me know if you'd like to do that. The invoice stands as issued.", 'The invoice stands as issued and is payable by its due date.'],
    ),
    door: tones(
      ["The invoice stands as issued, and I'm happy to answer any questions about it.", "If you have any questions about the invoice, I'm happy to go through them with you."],
      ['The invoice stands as issued, and I can answer any questions about it.', 'If you have any questions about the invoice, please let me know.'],
      ['The invoice stands as issued and is payable by its due date.', 'If you have questions about the invoice, I can answer them.'],
    ),
  },

  // Work under way; they dispute what was agreed, and the written record says otherwise.
  'as-agreed-in-writing': {
    opening: tones(
      ['Thank you for raising this with me.', 'Thanks for your message.'],
      ['Thanks for raising this.', 'Thank you for your message.'],
      ['Thank you for raising this.', 'Thank you for your message.'],
    ),
    empathy: ["I understand why you'd want to be clear on where things stand.", "It's worth being clear on this, and I'm glad you asked."],
    decision: tones(
      ["I'm afraid I can't change the terms at this stage.", "Unfortunately, I can't take on anything beyond the written terms."],
      ["I can't go beyond the written terms.", "I'm not able to change the terms at this stage."],
      ["I can't change the terms.", "I can't go beyond the written terms."],
    ),
    explained: tones(
      ["I'm afraid I can't change the terms at this stage: they're set out in {{agreement}}, and I'm working to those.",
        "I'm afraid I can't change the terms at this stage: they're set out in writing, and I'm working to those."],
      ["I'm not able to change the terms at this stage: {{agreement}} is clear on this point.",
        "I'm not able to change the terms at this stage: what we put in writing is clear on this point."],
      ["I can't change the terms, as {{agreement}} is clear on this point.",
        "I can't change the terms, as what we put in writing is clear on this point."],
    ),
    alternatives: {
      'written-agreement': tones(
        ["I'd be glad to go through {{agreement}} with you so we're both looking at the same thing.", "I'd be glad to send you a copy of what we agreed and go through the relevant section with you."],
        ["I'm happy to point you to the relevant section of {{agreement}}.", "I'm happy to send you a copy and point you to the relevant section."],
        ["The relevant section is in {{agreement}}, and I'm happy to point you to it.", 'I can send you a copy and point you to the relevant section.'],
      ),
    },
    nextStep: tones(
      ["Let me know if you'd like that. In the meantime, I'll carry on with the current work.", "Let me know a time that suits you. Meanwhile, I'll carry on with the current work."],
      ["Let me know if that would help. In the meantime, I'll carry on with the current work.", "Let me know if you'd like that. Meanwhile, I'll carry on with the current work."],
      ["I'm happy to do that. In the meantime, I'll carry on with the current work.", "Let me know if that would help. Meanwhile, I'll carry on with the current work."],
    ),
    door: tones(
      ["I'll carry on as before, and I'm happy to answer any questions along the way.", "I'll carry on with the current work, and I'm glad to answer any questions you have."],
      ["I'll carry on as before, and I'm happy to answer any questions.", "I'll carry on with the current work. If you have any questions, please let me know."],
      ['I will carry on as before and can answer any questions.', 'I will carry on as before. Let me know if you have questions.'],
    ),
  },

  // A new enquiry that insists on guaranteed results and shifts the risk onto me.
  'guarantee-demanded': {
    opening: tones(
      ['Thank you for being clear about what matters to you.', 'Thanks for explaining what you need from this.'],
      ['Thank you for being clear about what you need.', 'Thanks for explaining your expectations.'],
      ['Thank you for explaining what you need.', 'Thank you for sending over your requirements.'],
    ),
    empathy: ['Wanting some certainty at the outset is entirely reasonable.', 'I understand you want to limit the risk on your side.'],
    decision: tones(
      ["I'm afraid I can't guarantee specific results or take on all the risk.", "Unfortunately, I can't offer a guarantee on the outcome or carry all the risk."],
      ["I can't guarantee specific results or take on all the risk.", "I'm not able to guarantee the outcome or carry all the risk."],
      ["I can't guarantee results or take on all the risk.", "I can't guarantee the outcome or carry all the risk."],
    ),
    explained: tones(
      ["I'm afraid I can't guarantee specific results or take on all the risk: the outcome depends on things outside my control, such as how the work is used once it's delivered.",
        "Unfortunately, I can't offer a guarantee on the outcome or carry all the risk, because results depend partly on factors neither of us controls."],
      ["I can't guarantee specific results or take on all the risk, as the outcome depends on things outside my control, such as how the work is used after delivery.",
        "I'm not able to guarantee the outcome or carry all the risk: results depend on things neither of us can fully control."],
      ["I can't guarantee results or take on all the risk. The outcome depends on factors outside my control.",
        "I can't guarantee the outcome or carry all the risk, as results depend on factors I don't control."],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ["What I'd be glad to suggest instead is {{offer}}.", "I'd be glad to put in writing exactly what I'll deliver and when, before we start."],
        ['What I can suggest instead is {{offer}}.', "I can put in writing exactly what I'll deliver and when."],
        ['I can suggest {{offer}} instead.', 'I can put in writing what I will deliver and when.'],
      ),
    },
    nextStep: tones(
      ["Let me know if that would work for you, and I'll set it out in a proposal.", "If that sounds reasonable, I'll send over a proposal on that basis."],
      ["If that works for you, I'll set it out in a proposal.", "Let me know if you'd like me to draw up a proposal."],
      ["Let me know if you'd like a proposal on that basis.", "Let me know if you'd like me to draw up a proposal."],
    ),
    door: tones(
      ["If you'd still like to go ahead on that basis, please let me know.", "If you're happy to go ahead with that in mind, I'd be glad to hear from you."],
      ["If you'd like to go ahead on that basis, please let me know.", "If you'd still like to go ahead with that in mind, I'd be glad to hear from you."],
      ["If you'd like to go ahead on that basis, let me know.", "If you still want to go ahead with that in mind, I'd be glad to hear from you."],
    ),
  },

  // A new contract with a clause I don't accept (non-compete, exclusivity, payment terms...).
  'contract-terms': {
    opening: tones(
      ['Thank you for sending over the paperwork.', "Thanks for sending over the contract; I've read it carefully."],
      ['Thank you for sending over the paperwork.', "Thanks for sending over the contract; I've now read it through."],
      ['Thank you for sending the paperwork over.', 'Thank you for sending over the contract.'],
    ),
    empathy: ['I understand you want to protect your interests.', 'It makes sense for you to want clear terms in place.'],
    decision: tones(
      ["I'm afraid I can't accept {{clause}}, so I can't sign the contract as it stands.", "Unfortunately, I'm not able to sign the contract with {{clause}} in it.",
        "I'm afraid I can't sign the contract in its current form.", "Unfortunately, I'm not able to sign the contract as it stands."],
      ["I can't accept {{clause}}, so I can't sign the contract as it stands.", "I'm not able to sign the contract with {{clause}} in it.",
        "I can't sign the contract in its current form.", "I'm not able to sign the contract as it stands."],
      ["I can't accept {{clause}}, so I can't sign the contract as it stands.", "I won't sign the contract with {{clause}} in it.",
        "I can't sign the contract in its current form.", "I won't sign the contract as it stands."],
    ),
    explained: tones(
      ["I'm afraid I can't accept {{clause}}, as that isn't compatible with how I run my business, so I can't sign the contract as it stands.",
        "Unfortunately, I'm not able to sign the contract with {{clause}} in it, because that isn't compatible with how I run my business.",
        "I'm afraid I can't sign the contract in its current form, as some of its provisions aren't compatible with how I run my business.",
        "Unfortunately, I'm not able to sign the contract as it stands: a few of its provisions conflict with the way I work."],
      ["I can't accept {{clause}}, as that isn't compatible with how I run my business, so I can't sign the contract as it stands.",
        "I'm not able to sign the contract with {{clause}} in it, as that isn't compatible with how I run my business.",
        "I can't sign the contract in its current form, as some of its provisions aren't compatible with how I run my business.",
        "I'm not able to sign the contract as it stands: some of its provisions conflict with the way I work."],
      ["I can't accept {{clause}}, as that conflicts with how I run my business. I can't sign the contract as it stands.",
        "I won't sign the contract with {{clause}} in it, as that conflicts with how I run my business.",
        "I can't sign the contract in its current form. Some of its provisions conflict with how I run my business.",
        "I won't sign the contract as it stands: some of its provisions conflict with the way I work."],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ["What I could propose is {{offer}}, and I'd be happy to sign on that basis.", "I'd be glad to suggest changes to the terms that would suit us both."],
        ['What I can propose is {{offer}}, and I could sign on that basis.', 'I can suggest changes that would suit us both.'],
        ['What I can propose is {{offer}}.', 'I can suggest changes that would suit us both.'],
      ),
    },
    nextStep: tones(
      ["If you're open to that, let me know and I'll send you a draft of the change.", "Let me know if that works for you, and I'll draft the revised wording."],
      ["If you're open to that, I'll send you the wording.", "Let me know if that works for you, and I'll draft the wording."],
      ["If you're open to that, I will send the wording.", "Let me know if that works for you, and I will draft the wording."],
    ),
    door: tones(
      ["If a revised version would work on your side, I'd be glad to review it.", "I'd be glad to look at a revised version, and I hope we can agree terms that suit us both."],
      ["If you're able to send a revised version, I'd be glad to review it.", "I'm happy to review a revised version."],
      ['If you send a revised version, I will review it.', "I'm happy to review a revised version."],
    ),
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
