// English parts for reasons about money and trust. Each reason words its own acknowledgement,
// alternatives and closing line for where the relationship stands (reasons.ts `stage`).
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const moneyTrustReasons = {
  // A new enquiry whose budget is below my price.
  'budget-too-low': {
    opening: tones(
      ['Thank you for telling me what you have to spend.', 'Thanks for being upfront about the figure.'],
      ['I appreciate you telling me the figure you had in mind.', 'Thank you for letting me know how much you can spend.'],
      ["I've looked at the figure you mentioned.", 'Thanks for telling me what you can spend.'],
    ),
    empathy: ['I understand the cost has to work for you.', 'It helps to know that from the start.'],
    decision: tones(
      ["I'm afraid I can't take this on for that amount.", "Unfortunately, the work you've described isn't something I can do for that amount."],
      ["I'm not able to do this for the amount you mentioned.", "I can't take on what you've described at that price."],
      ["I can't take this on for that amount.", "I won't be able to do this work for that figure."],
    ),
    explained: tones(
      ["I'm afraid I can't take this on for that amount, as at my rate of {{rate}} the work you've described would come to more than that.",
        "Unfortunately, the work you've described isn't something I can do for that amount, because at my usual rates it would cost more than that."],
      ["I'm not able to do this for the amount you mentioned, since at my rate of {{rate}} the work you've described would exceed it.",
        "I can't take on what you've described at that price, as the work would cost more than that at my usual rates."],
      ["I can't take this on for that amount. At my rate of {{rate}}, the work you've described would cost more than that.",
        "I won't be able to do this work for that figure. At my standard rates, the scope you've described would exceed it."],
    ),
    alternatives: {
      'smaller-scope': tones(
        ["Instead, I'd be glad to offer {{offer}}, which would fit your budget.", "I'd be glad to suggest a smaller piece of work that would fit your budget."],
        ['For that budget, I could offer {{offer}} instead.', 'For that budget, I could propose a reduced scope.'],
        ['I can offer {{offer}} instead, which fits your budget.', 'I can offer a reduced scope that fits your budget.'],
      ),
      'separate-quote': tones(
        ["I'd be glad to send you a full quote at {{rate}}, so you can see what everything would cost.",
          "I'd be glad to send you a full quote, so you can see what everything would cost."],
        ['I can send you a quote for the full scope, based on {{rate}}.', 'I can send you a quote for the full scope instead.'],
        ['I can send a quote for the full scope at {{rate}}.', 'I can send a quote for the full scope at my standard rates.'],
      ),
    },
    nextStep: {
      'smaller-scope': tones(
        ["Let me know if that would suit you, and I'll send you the details.", "If that appeals, I'll set out exactly what it would include."],
        ["Let me know if you'd like the details.", "If that's of interest, I'll send you a short outline."],
        ['Let me know if you want the details.', "Let me know if you'd like an outline of what it covers."],
      ),
      'separate-quote': tones(
        ["Let me know if you'd like me to prepare it.", "If that would help, I'll put it together for you."],
        ["Let me know if you'd like to see it.", "If that's useful, I'll prepare it."],
        ["Let me know if you'd like to receive it.", "I'll prepare it once you confirm you'd like it."],
      ),
    },
    door: tones(
      ["If your budget changes later on, I'd be glad to hear from you.", 'Should your plans or budget change, do get in touch.'],
      ['If your budget changes, feel free to get in touch.', "If you're able to revisit the budget, I'd be happy to hear from you."],
      ["You're welcome to contact me if your budget changes.", "If the budget changes, you're welcome to get in touch."],
    ),
  },

  // They haggle, offer a swap, appeal to guilt or pay late.
  'cannot-pay': {
    opening: tones(
      ['Thank you for your message about the fees.', 'I appreciate you letting me know your situation.'],
      ['Thank you for explaining your position.', 'I appreciate you setting out your circumstances.', 'Thanks for being open about your situation.'],
      ["I've read your message about my fees.", "I've considered what you proposed."],
    ),
    empathy: ['I understand the cost is a concern for you.', "I understand this isn't an easy conversation to have."],
    decision: tones(
      ["I'm afraid I can't make an exception to my usual terms.", "Unfortunately, I can't lower my fees or relax my terms."],
      ["I'm not able to adjust my fees or terms.", "I can't make an exception to my usual rates and terms."],
      ["I can't lower my fees or alter my terms.", "I won't reduce my rates or waive my terms."],
    ),
    explained: tones(
      ["I'm sorry, but I can't make an exception to my usual terms, as they're the same for every client and cover my time and costs.",
        "Unfortunately, I can't lower my fees or relax my terms, because they apply equally to every client I work with."],
      ["I'm not able to adjust my fees or terms, since they cover my time and costs and apply to every client.",
        "I can't make an exception to my usual rates and terms, since I apply them equally to everyone I work with."],
      ["I can't lower my fees or alter my terms for this work, as they're the same for every client.",
        "I won't reduce my rates or waive my terms. They cover my time and costs."],
    ),
    alternatives: {
      'payment-first': tones(
        ["I'll be glad to go ahead as soon as I've received payment of {{amount}}.", "I'll be glad to go ahead as soon as payment has been made in full."],
        ["I can start once I've received payment of {{amount}}.", 'I can start as soon as full payment has been received.'],
        ["I'll begin when payment of {{amount}} has reached me.", "I'll begin once payment in full has reached me."],
      ),
      'free-resources': tones(
        ["If you'd like to make a start on your own, {{resources}} could help.", "If you'd like to make a start on your own, I can send you some useful links."],
        ['You may find {{resources}} useful for making a start on your own.', 'I can point you to some free material for making a start on your own.'],
        ["If you'd like to make a start yourself, I'd suggest {{resources}}.", 'I can point you to free material if you want to make a start yourself.'],
      ),
    },
    nextStep: {
      'payment-first': tones(
        ["Let me know once it's on its way, and I'll schedule the work.", "If you need my bank details, I'll send them over."],
        ['Please let me know when it has been sent.', "I'm happy to send my bank details if you need them."],
        ['Please confirm once the transfer has been made.', 'Let me know if you need my bank details.'],
      ),
      'free-resources': tones(
        ["Whenever you're ready to go ahead at my usual rates, I'd be glad to hear from you.",
          "You're welcome to come back to me once you're ready to proceed at my usual rates."],
        ["If you decide to go ahead at my usual rates, feel free to get in touch.", 'Should you decide to proceed at my standard rates, please let me know.'],
        ["If you decide to proceed at my standard rates, you're welcome to contact me.", 'If you decide to go ahead at my standard rates, let me know.'],
      ),
    },
    door: tones(
      ["If your situation changes, I'd be glad to hear from you.", 'Should things change on your side, do get in touch.'],
      ['If your circumstances change, feel free to get in touch.', "If you're able to go ahead on my usual terms at a later date, I'd be happy to hear from you."],
      ["If your situation changes, you're welcome to contact me.", "You're welcome to get in touch again if you can proceed on my standard terms."],
    ),
  },

  // Work delivered as agreed; now they want to pay less.
  'discount-after-delivery': {
    opening: tones(
      ['Thank you for getting back to me about the final payment.', 'I appreciate you getting in touch about the final bill.'],
      ['Thanks for your message about the final payment.', 'I appreciate you raising the final amount with me.'],
      ["I've read your request for a discount.", "I've received your message about the final payment."],
    ),
    empathy: ["I understand you'd hoped the total would be lower.", 'I understand the cost is important to you.'],
    decision: tones(
      ["I'm afraid I can't reduce the fee.", "Unfortunately, I'm not able to offer a discount, and the invoice stands as issued."],
      ["I'm not able to offer a discount, and the invoice stands as issued.", "I can't reduce the fee, so the invoice stands as issued."],
      ["I can't reduce the fee, and the invoice stands as issued.", "I won't discount the invoice."],
    ),
    explained: tones(
      ["I'm afraid I can't reduce the fee, because the work was completed in full and in line with {{agreement}}.",
        "Unfortunately, I'm not able to offer a discount, because everything was completed exactly as we agreed at the outset."],
      ["I'm not able to offer a discount, since the work was completed as set out in {{agreement}}.",
        "I can't reduce the fee, as the work was completed in full and to the terms we set."],
      ["I can't reduce the fee. The work matches {{agreement}}, so the full amount is due.",
        "I won't discount the invoice. The work was completed as agreed, and the full amount is due."],
    ),
    alternatives: {
      'written-agreement': tones(
        ["If it would help, I'd be glad to walk you through what was delivered against {{agreement}}.", "If it would help, I'd be glad to go through the delivered work with you, item by item."],
        ["I'm happy to go through what was delivered against {{agreement}}.", "I'm happy to go through the delivered work item by item."],
        ['I can take you through what was delivered against {{agreement}}.', 'I can take you through what was delivered, item by item.'],
      ),
    },
    nextStep: tones(
      ["Let me know if you'd like to arrange that.", 'Let me know a time that suits you.'],
      ['Let me know if that would be useful.', "If you'd like that, let me know a convenient time."],
      ['Let me know if you want to do that.', "Let me know if you'd like to arrange it."],
    ),
    door: tones(
      ["If you have any questions about the charges, I'm happy to answer them.", "If anything about the charges is unclear, I'm glad to go through it with you."],
      ['If you have questions about the charges, please let me know.', "I'm glad to go through any of the charges with you."],
      ["I'm happy to answer questions about the charges.", 'If any charge is unclear, let me know.'],
    ),
  },

  // Work under way; they dispute what was agreed, and the written record says otherwise.
  'as-agreed-in-writing': {
    opening: tones(
      ['Thank you for raising this with me.', 'I appreciate you telling me how you see things.'],
      ['Thanks for flagging your concern.', 'I appreciate you checking this with me.'],
      ["I've read your message on this point.", "I've looked into the point you raised."],
    ),
    empathy: ["I understand you want to be sure of the scope.", 'I understand our views differ on this.'],
    decision: tones(
      ["I'm afraid I can't change what we agreed at this stage.", "Unfortunately, I can't take on anything beyond the written terms."],
      ["I'm not able to change the terms we agreed.", "I can't go beyond what we put in writing."],
      ["I can't change the agreed terms.", "I won't change the written terms."],
    ),
    explained: tones(
      ["I'm not in a position to change the terms at this stage, as they're set out in {{agreement}} and that's what I'm working to.",
        "Unfortunately, I can't take on anything beyond the written terms, because they define the work I've committed to."],
      ["I'm not able to change what we agreed, as {{agreement}} sets out exactly what's included.",
        "I can't go beyond what we put in writing, as that's the scope we both agreed to."],
      ["I can't change the terms. They're set out in {{agreement}}.",
        "I won't change the written terms. They set out exactly what's included."],
    ),
    alternatives: {
      'written-agreement': tones(
        ["I'd be glad to go through {{agreement}} with you, so we're both looking at the same thing.", "I'd be glad to send you a copy of the agreement and go through the relevant section with you."],
        ["I'm happy to point you to the relevant section of {{agreement}}.", "I'm happy to send you a copy and point you to the relevant section."],
        ['The relevant section is in {{agreement}}, and I can point you to it.', 'I can send you a copy with the relevant section marked.'],
      ),
    },
    nextStep: tones(
      ["Let me know if you'd like that, and we can find a time.", 'If that would help, let me know a time that suits you.'],
      ['Let me know if that would help.', "Please let me know if you'd like that."],
      ['Let me know if you need it.', "Tell me if you'd like it, and I'll send it."],
    ),
    door: tones(
      ["I'm happy to answer any questions about what's included as we go.", "If any part of what we set out is unclear, I'm glad to go through it with you."],
      ["I'll continue on the basis we set out. If you have any questions, please ask.", 'If any point is unclear, please let me know.'],
      ["I'll carry on with the work as planned.", "I'll continue as set out, and I'm happy to answer questions about the scope."],
    ),
  },

  // A new enquiry that insists on guaranteed results and shifts the risk onto me.
  'guarantee-demanded': {
    opening: tones(
      ['Thank you for being clear about what matters to you.', 'I appreciate you setting out what you need from this.'],
      ["I appreciate you explaining what you're looking for.", 'Thank you for setting out your requirements.'],
      ["I've read your requirements.", "I've gone through the terms you set out."],
    ),
    empathy: ['I understand you want some certainty from the start.', 'I understand you want to limit the risk on your side.'],
    decision: tones(
      ["I'm afraid I can't guarantee specific results or take on all the risk.", "Unfortunately, I can't offer a guarantee on the outcome or carry all the risk."],
      ["I'm not able to promise a particular outcome or accept all of the risk.", "I can't give a results guarantee or carry the risk alone."],
      ["I can't guarantee results or take on all the risk.", "I won't accept all the risk or guarantee the outcome."],
    ),
    explained: tones(
      ["I'm not able to guarantee specific results or take on all the risk, because the outcome depends on things outside my control, such as how the work is used after handover.",
        "Unfortunately, I can't offer a guarantee on the outcome or carry all the risk, as results depend partly on factors neither of us controls."],
      ["I'm not able to promise a particular outcome or accept all of the risk, since results depend on factors beyond my control.",
        "I can't give a results guarantee or carry the risk alone, as the outcome depends partly on things neither of us controls."],
      ["I can't guarantee results or take on all the risk. The outcome depends on factors I don't control.",
        "I won't accept all the risk or guarantee the outcome, as results depend on factors outside my control."],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ["Instead, I'd be glad to offer {{offer}}.", "I'd be glad to put in writing exactly what I'll deliver and when, before we start."],
        ['As an alternative, I can offer {{offer}}.', "I can set out in writing exactly what I'll deliver and by when."],
        ['I can offer {{offer}} instead.', "I can commit in writing to what I'll deliver and when."],
      ),
    },
    nextStep: tones(
      ["Let me know if that would work for you, and I'll set it out in a proposal.", "If that sounds reasonable, I'll send over a proposal on that basis."],
      ["If that works for you, I'll put it in a proposal.", "Let me know if you'd like a proposal on that basis."],
      ["I'll draw up a proposal on that basis if you wish.", 'Let me know if you want a proposal on those terms.'],
    ),
    door: tones(
      ["If you'd still like to work together with the risk shared between us, I'd be glad to hear from you.", "If you'd still like to go ahead on that basis, I'd be glad to talk it through."],
      ["If you're happy to go ahead with the risk shared, please let me know.", "If you'd like to proceed on that understanding, feel free to get in touch."],
      ['If you want to proceed with the risk shared, please let me know.', "You're welcome to contact me if you'd like to proceed on that understanding."],
    ),
  },

  // A new contract with a clause I don't accept (non-compete, exclusivity, payment terms...).
  'contract-terms': {
    opening: tones(
      ['Thank you for sending over the paperwork.', 'I appreciate you sending the agreement for me to review.'],
      ['Thank you for the draft agreement.', 'I appreciate you sending over the paperwork.'],
      ["I've read through the agreement you sent.", "I've gone through the paperwork."],
    ),
    empathy: ['I understand you want to protect your interests.', "I know you'd like to get this settled."],
    decision: tones(
      ["I'm afraid I can't accept {{clause}}, so I can't sign the contract as it stands.", "Unfortunately, I'm not able to sign the contract while it includes {{clause}}.",
        "I'm afraid I can't sign the contract in its current form.", "Unfortunately, I'm not able to sign the contract as it stands."],
      ["I can't agree to {{clause}}, which means I can't sign the contract in this form.", "I'm not able to sign while the contract includes {{clause}}.",
        "I can't sign the contract in this form.", "I'm not able to sign the contract without changes."],
      ["I won't accept {{clause}}, so I won't sign the contract as drafted.", "I can't sign with {{clause}} included.",
        "I won't sign the contract as drafted.", "I can't sign the contract in its present form."],
    ),
    explained: tones(
      ["I'm afraid I can't accept {{clause}}, because that provision conflicts with how I run my business, so I can't sign the contract as it stands.",
        "Unfortunately, I'm not able to sign the contract while it includes {{clause}}, as that provision doesn't fit how I run my business.",
        "I'm afraid I can't sign the contract in its current form, as some of its provisions aren't compatible with how I run my business.",
        'Unfortunately, I\'m not able to sign the contract as it stands, because a few of its provisions conflict with the way I work.'],
      ["I'm not able to agree to {{clause}}, as that provision doesn't fit the way I run my business, so I can't sign the contract as it stands.",
        "I'm not able to sign while the contract includes {{clause}}, since that provision doesn't fit the way I work.",
        "I can't sign the contract in this form, since several of its provisions don't fit the way I work.",
        "I'm not able to sign the contract without changes, as some provisions conflict with how I run my business."],
      ["I won't accept {{clause}}. That provision conflicts with how I run my business, so I won't sign the contract as drafted.",
        "I can't sign with {{clause}} included. That provision doesn't fit the way I work.",
        "I won't sign the contract as drafted. Some of its provisions conflict with how I run my business.",
        "I can't sign the contract in its present form, as several provisions don't fit the way I work."],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ["I'd be happy to sign if the terms provided for {{offer}}.", "I'd be glad to suggest changes to the terms that would work for us both."],
        ["I'd be willing to agree to {{offer}}, and would sign on that basis.", "I'd be happy to suggest amendments that would suit us both."],
        ["I'll sign if the terms provide for {{offer}}.", 'I can propose amendments that would let me sign.'],
      ),
    },
    nextStep: tones(
      ["If you're open to that, let me know and I'll send you the revised wording.", "Let me know if that works for you, and I'll draft the change."],
      ["If you're open to that, I'll send you the wording.", "Let me know if that's acceptable, and I'll draft the change."],
      ["If you agree, I'll send the revised wording.", "Let me know if you accept, and I'll draft the new wording."],
    ),
    door: tones(
      ["If a revised version would work on your side, I'd be glad to review it.", "I'd be glad to look at a revised version. I hope we can find terms that work for us both."],
      ["If you're able to send a revised version, I'd be glad to review it.", "I'm happy to review an amended version."],
      ["If you send a revised version, I'll review it.", "I'm happy to review an amended draft if you send one."],
    ),
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
