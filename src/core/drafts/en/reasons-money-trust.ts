// English parts for reasons about money and trust. Each reason words its own acknowledgement,
// alternatives and closing line for where the relationship stands (reasons.ts `stage`).
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const moneyTrustReasons = {
  // A new enquiry whose budget is below my price.
  'budget-too-low': {
    opening: tones(
      ['Thank you for being upfront about what you can spend.'],
      ['Thank you for being clear about what you can spend.', 'Thanks for sharing the figure you have in mind.'],
      ['Thanks for letting me know what you can spend.'],
    ),
    empathy: ["That's helpful to know from the start."],
    decision: tones(
      ["I'm afraid I can't take this on for that amount.", "I'm afraid I can't do the work you've described for that amount."],
      ["I'm not able to take this on for that amount.", "I can't do the work you've described at that price."],
      ["I can't take this on for that amount.", "I won't be able to do this work at that price."],
    ),
    explained: tones(
      ["At my rate of {{rate}}, the work you've described would cost more than you've set aside, so I'm afraid I can't take it on.",
        "Unfortunately, I can't take this on for that amount: at my usual rates, the work you've described would come to more than you've set aside."],
      ["I'm not able to take this on for that amount: at my rate of {{rate}}, the work you've described would come to more than you've set aside.",
        "At my usual rates, the work you've described would cost more than you've set aside, so I can't take it on at that price."],
      ["I can't take this on for that amount. At my rate of {{rate}}, the work you've described would cost more than you've allowed for.",
        "I won't be able to do this work at that price. At my standard rates, it would come to more than you've allowed for."],
    ),
    alternatives: {
      'smaller-scope': tones(
        ["Within your budget, I could offer you {{offer}} instead.", "I'd be glad to suggest a smaller piece of work that fits within your budget."],
        ['Within that budget, I could do {{offer}}.', 'I could propose a reduced scope that fits within your budget.'],
        ['Within your budget, I can offer {{offer}}.', 'I can propose a reduced scope that fits your budget.'],
      ),
      'separate-quote': tones(
        ["I'd be glad to prepare a quote for the full scope, based on my rate of {{rate}}, so you can see the total and decide whether there's room to adjust.",
          "I'd be glad to prepare a quote for the full scope so you can see the total and decide whether there's room to adjust."],
        ['I can prepare a quote for the full scope, based on my rate of {{rate}}.', 'I can prepare a quote for the full scope, so you know the total.'],
        ['I can prepare a quote for the full scope, based on my rate of {{rate}}.', 'I can prepare a quote for the full scope so you can see the total.'],
      ),
    },
    nextStep: {
      'smaller-scope': tones(
        ["Let me know if that would suit you, and I'll send you more details.", "If that appeals, I'll set out exactly what it would include."],
        ["If that's of interest, I'll send you more details.", "If that would be useful, I'll send you a short outline of what it would cover."],
        ["<n:offer>Let me know if you'd like me to put that together.", "I'll send an outline of what's included if you'd like one."],
      ),
      'separate-quote': tones(
        ["If that would help, let me know and I'll send it over."],
        ["Please let me know if you'd like to see it.", 'Would you like me to send it to you?'],
        ["Let me know if you'd like one."],
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
      ['Thank you for being open with me about where you stand.'],
      ['Thank you for explaining your position.', 'Thanks for your message.'],
      ['Thanks for explaining where you stand.', 'Thank you for your message.'],
    ),
    decision: tones(
      ["I'm afraid I can't make an exception to my usual terms.", "Unfortunately, I can't lower my fees or relax my terms."],
      ["I'm not able to adjust my fees or terms.", "I can't make an exception to my usual rates and terms."],
      ["I can't lower my fees or alter my terms.", "I won't reduce my rates or make an exception to my terms."],
    ),
    explained: tones(
      ["My fees and terms are the same for every client and cover my time and costs, so I'm afraid I can't make an exception.",
        'Unfortunately, I can\'t lower my fees or relax my terms: I apply them equally to every client I work with.'],
      ["My rates and terms apply to every client and reflect my time and costs, so I'm not able to adjust them.",
        "I can't make an exception to my usual rates and terms, which I apply equally to everyone I work with."],
      ["I can't lower my fees or alter my terms for this work. They're the same for every client.",
        "My rates reflect my time and costs, so I won't lower them or make an exception to my terms."],
    ),
    alternatives: {
      'payment-first': tones(
        ["I'll be glad to go ahead as soon as you've paid {{amount}}.", "I'll be glad to go ahead as soon as payment has been made in full."],
        ["I can go ahead with the work once you've paid {{amount}}.", 'I can go ahead with the work as soon as full payment has been received.'],
        ["I'll go ahead with the work once you've paid {{amount}}.", "I'll go ahead with the work once I've received payment in full."],
      ),
      'free-resources': tones(
        ["If you'd like to make a start on your own, I'd recommend {{resources}}.", "If it would help, I'm happy to send you links to some free resources so you can make a start on your own."],
        ['You may find {{resources}} useful if you\'d like to make a start on your own.', "If it helps, I'm happy to point you to some free resources for getting started on your own."],
        ["If you'd like to make a start [yourself|yourself|yourselves|yourselves], I'd suggest {{resources}}.", 'I can point you to free resources if you want to make a start [yourself|yourself|yourselves|yourselves].'],
      ),
    },
    nextStep: {
      'payment-first': tones(
        ["Do let me know if you need my bank details, and I'll send them over."],
        ["I'm happy to send my bank details if you need them."],
        ['Let me know if you need my bank details.'],
      ),
      'free-resources': tones(
        ["Whenever you're ready to go ahead at my standard rates, I'd be glad to hear from you.",
          "You're welcome to come back to me once you're ready to proceed at my standard rates."],
        ["If you decide to go ahead at my standard rates, feel free to get in touch.", 'Should you decide to proceed at my standard rates, please let me know.'],
        ["If you decide to proceed at my standard rates, you're welcome to contact me.", 'If you decide to go ahead at my standard rates, let me know.'],
      ),
    },
    door: tones(
      ["If your situation changes, I'd be glad to hear from you.", 'Should things change on your side, do get in touch.'],
      ['If your circumstances change, feel free to get in touch.', "If you're able to go ahead on those terms at a later date, I'd be happy to hear from you."],
      ["If your situation changes, you're welcome to contact me.", "You're welcome to get in touch again if you can proceed on my standard terms."],
    ),
  },

  // Work delivered as agreed; now they want to pay less.
  'discount-after-delivery': {
    opening: tones(
      ['Thank you for getting back to me about the final payment.'],
      ['Thanks for your message about the final payment.'],
      ['Thanks for your message about the final payment.'],
    ),
    empathy: ["I understand you'd hoped the total would be lower."],
    decision: tones(
      ["I'm afraid I can't reduce the fee.", "Unfortunately, I'm not able to offer a discount, and the invoice stands as issued."],
      ["I'm not able to offer a discount, and the invoice stands as issued.", "I can't reduce the fee, so the invoice stands as issued."],
      ["I can't reduce the fee, and the invoice stands as issued.", "I won't discount the invoice."],
    ),
    explained: tones(
      ["The work was completed in full and in line with {{agreement}}, so I'm afraid I can't reduce the fee.",
        "Unfortunately, I'm not able to offer a discount: everything was delivered exactly as we agreed at the outset."],
      ["The work has been completed in full, as set out in {{agreement}}, so I'm not able to offer a discount.",
        "I can't reduce the fee: the work was completed in full and on the terms we agreed."],
      ["I can't reduce the fee. The work was delivered as set out in {{agreement}}, so the full amount is due.",
        "I won't discount the invoice. The work was completed as agreed, and the full amount is due."],
    ),
    alternatives: {
      'written-agreement': tones(
        ["I'd be glad to walk you through what was delivered against {{agreement}}.", "I'd be glad to go through the finished work with you item by item and check it against the original scope."],
        ["I'm happy to go through what was delivered against {{agreement}}.", "I'm happy to go through the finished work with you item by item and check it against the original scope."],
        ['I can take you through what was delivered against {{agreement}}.', 'I can take you through the finished work item by item and check it against the original scope.'],
      ),
    },
    nextStep: tones(
      ["If you'd like to arrange that, I'm happy to fit in with your [diary|diary|diaries|diaries]."],
      ['Let me know if that would be useful.', 'If that would help, please suggest a convenient time.'],
      ['Let me know if you want to do that.', "If that would be useful, please suggest a time."],
    ),
    door: tones(
      ["If you have any questions about the charges, I'm happy to go through them with you.", "I hope we can work together again on your next project."],
      ["If you have any questions about the charges, I'm happy to go through them.", "I'd be grateful if you could settle the invoice by the due date. I'd be happy to work with you again on future projects."],
      ["If you have any questions about the charges, let me know.", "Once the balance is settled, I'd be glad to work with you again."],
    ),
  },

  // Work under way; they dispute what was agreed, and the written record says otherwise.
  'as-agreed-in-writing': {
    opening: tones(
      ['Thank you for raising this with me.'],
      ['Thanks for raising this.', 'Thank you for explaining your view of the scope.'],
      ['Thank you for raising this.'],
    ),
    empathy: ["I understand you see the scope differently."],
    decision: tones(
      ["I'm afraid I can't go beyond what we agreed in writing.", "Unfortunately, I can't take on anything beyond what we put in writing."],
      ["I can't work outside the scope we agreed in writing.", "I'm not able to go beyond what we put in writing."],
      ["I'll be keeping to the work we agreed in writing, and I won't be taking on anything beyond it.", "I can't work outside the scope we set out in writing."],
    ),
    explained: tones(
      ["I'm afraid I can't go beyond the scope set out in {{agreement}}, as that's the basis on which I planned and priced the work.",
        "Unfortunately, I can't take on anything beyond what we put in writing, because that defines the work I've committed to."],
      ["What you've asked for isn't part of the scope set out in {{agreement}}, so I'm not able to take it on within this project.",
        "Our written agreement sets out the scope we [both|both|all|all] agreed to, so I can't go beyond it.",
        "<a:written-agreement>The scope we [both|both|all|all] agreed to is set out in writing, so I can't go beyond it."],
      ["The scope is set out in {{agreement}}, and I can't go beyond it.",
        "I won't take on anything beyond our written agreement: it's what we [both|both|all|all] signed up to, and what the work was planned and priced on."],
    ),
    alternatives: {
      'written-agreement': tones(
        ["I'd be glad to talk you through {{agreement}}, so we're [both|both|all|all] looking at the same thing.", "<n:agreement>I'd be glad to send you a copy of our written agreement and go through the relevant section with you.",
          "I'd be glad to send you a copy and go through the relevant section with you."],
        ["I'm happy to point you to the relevant section of {{agreement}}.", "<n:agreement>I'm happy to send you a copy of our written agreement and point you to the relevant section.",
          "I'm happy to send you a copy and point you to the relevant section."],
        ['I can send you the relevant section of {{agreement}}.', '<n:agreement>I can send you a copy of our written agreement with the relevant section marked.',
          'I can send you a copy with the relevant section marked.'],
      ),
    },
    nextStep: tones(
      ["Let me know if you'd like that, and we can find a time.", 'I can do that by email or on a short call, whichever suits you.'],
      ['Let me know if that would help.', "Please let me know if you'd like that."],
      ['Let me know if that would be useful.'],
    ),
    door: tones(
      ["I'll carry on with the work on the current terms, and I'm glad to go through what's included whenever that would help.",
        "The work will carry on as planned, and I'm happy to talk it through whenever suits you."],
      ["I'll carry on as planned. If you'd like to add anything beyond the agreed scope, I'm happy to discuss it.", "I'll keep the work moving as agreed, and I'm happy to go through any point that's unclear."],
      ["I'll carry on with the work as planned. If you'd like to go through what's included, let me know."],
    ),
  },

  // A new enquiry that insists on guaranteed results and shifts the risk onto me.
  'guarantee-demanded': {
    opening: tones(
      ['Thank you for being clear about what matters to you.'],
      ["Thanks for explaining what you're looking for.", 'Thank you for being clear about your requirements.'],
      ['Thank you for setting out your conditions.', 'Thank you for explaining what you expect from the work.', "I've read through the conditions you've set out."],
    ),
    empathy: ["I understand wanting to limit the risk on your side."],
    decision: tones(
      ["I'm afraid I can't guarantee specific results or take on all the risk.", "Unfortunately, I can't guarantee the outcome or carry all the risk."],
      ["I'm not able to promise a particular outcome or accept all of the risk.", "I can't guarantee results or take on all the risk myself."],
      ["I can't guarantee results or take on all the risk.", "I won't accept all the risk or guarantee the outcome."],
    ),
    explained: tones(
      ["Unfortunately, I can't guarantee the outcome or carry all the risk, as results depend partly on factors [neither of us|neither of us|none of us|none of us] controls."],
      ["Because results depend partly on factors beyond my control, I'm not able to promise a particular outcome or accept all of the risk."],
      ["I can't guarantee results or take on all the risk. The outcome depends partly on factors outside my control.",
        "I won't accept all the risk or guarantee the outcome, as results depend partly on factors outside my control."],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ["What I can commit to instead is {{offer}}.", "I'd be glad to put in writing exactly what I'll deliver and when, before we start."],
        ['What I can commit to is {{offer}}.', "I can set out in writing exactly what I'll deliver and by when."],
        ['What I can commit to is {{offer}}.', "I can commit in writing to what I'll deliver and when."],
      ),
    },
    nextStep: tones(
      ["Let me know if that would work for you, and I'll set it out in a proposal.", "If that sounds reasonable, I'll send over a proposal on that basis."],
      ["If that works for you, I'll put it in a proposal.", "Let me know if you'd like a proposal on that basis."],
      ["If that works for you, I'll draw up a proposal on that basis.", 'Let me know if you want a proposal on those terms.'],
    ),
    door: tones(
      ["If you'd still like to work together, with the risk shared between us, I'd be glad to hear from you.", "If you'd still like to go ahead without a guarantee, I'd be glad to hear from you."],
      ["If you're happy to go ahead on my usual terms, without a guaranteed outcome, please let me know."],
      ['If you want to proceed on my usual terms, without a guaranteed outcome, let me know.', "You're welcome to contact me if you'd like to proceed on that understanding."],
    ),
  },

  // A new contract with a clause I don't accept (non-compete, exclusivity, payment terms...).
  'contract-terms': {
    opening: tones(
      ['Thank you for sending over the draft agreement.', 'Thank you for sending the draft over for me to review.'],
      ['Thank you for sending over the draft agreement.', 'Thank you for sharing the draft agreement.'],
      ['Thanks for sending the draft over.', "I've now been through the agreement you sent."],
    ),
    empathy: ["I've read it through carefully."],
    decision: tones(
      ["I'm afraid I can't sign the contract while it includes {{clause}}.", "Unfortunately, I can't accept {{clause}}, so I'm not able to sign the contract as it stands.",
        "I'm afraid I can't sign the contract in its current form.", "Unfortunately, I'm not able to sign the contract as it stands."],
      ["I'm not able to sign while the contract includes {{clause}}.", "I can't sign the contract with {{clause}} included.",
        "I can't sign the contract in this form.", "I'm not able to sign the contract without changes."],
      ["I won't sign the contract while it includes {{clause}}.", "I can't sign with {{clause}} included.",
        "I won't sign the contract as drafted.", "I can't sign the contract in its present form."],
    ),
    // Before a counter-offer the clause is refused "unchanged": "with any client" would contradict
    // offering a softer version of it.
    // The kinds of clause people type most get the reason that term really costs me (clause-kind.ts).
    explained: tones(
      ["<k:restraint>Unfortunately, I can't sign the contract as it stands: {{clause}} would keep me from working with other clients in my field, and my business depends on that work.",
        "<k:payment>Unfortunately, I can't sign the contract as it stands: under {{clause}}, I'd be funding the work myself for too long before being paid, which a business my size can't do.",
        "<k:revisions>Unfortunately, I can't sign the contract as it stands: {{clause}} would leave the work with no agreed end, so I couldn't give you a fair price or a delivery date.",
        "<k:liability>Unfortunately, I can't sign the contract as it stands: {{clause}} would make me liable for risks that are outside my control.",
        "<a:what-i-can-do>Unfortunately, I can't sign the contract with {{clause}} unchanged, since that isn't compatible with how I run my business.",
        "Unfortunately, I can't sign the contract with {{clause}} in it, as that's something I don't agree to with any client.",
        "I'm afraid I can't sign the contract in its current form, as some of its provisions aren't compatible with how I run my business."],
      ["<k:restraint>I'm not able to sign the contract as it stands, since {{clause}} would stop me working with other clients in my field, and my business relies on them.",
        "<k:payment>I'm not able to sign the contract as it stands, since under {{clause}} I'd be funding the work myself for too long before being paid.",
        "<k:revisions>I'm not able to sign the contract as it stands, since {{clause}} would leave the work with no agreed end, and I couldn't commit to a price or a delivery date.",
        "<k:liability>I'm not able to sign the contract as it stands, since {{clause}} would make me liable for risks outside my control.",
        "<a:what-i-can-do>I'm not able to sign the contract with {{clause}} unchanged, since that doesn't fit the way I work.",
        "I'm not able to sign the contract while it includes {{clause}}, as that isn't something I agree to with any client.",
        "I can't sign the contract in this form, since some of its provisions don't fit the way I work.",
        "I'm not able to sign the contract without changes, as some provisions conflict with how I run my business."],
      ["<k:restraint>I can't sign the contract as it stands: {{clause}} would stop me working with other clients in my field.",
        "<k:payment>I can't sign the contract as it stands: under {{clause}}, I'd be funding the work myself for too long before being paid.",
        "<k:revisions>I can't sign the contract as it stands: {{clause}} leaves the work with no agreed end, so I can't commit to a price or a deadline.",
        "<k:liability>I can't sign the contract as it stands: {{clause}} would make me liable for risks outside my control.",
        "<a:what-i-can-do>I can't sign with {{clause}} unchanged, since that conflicts with how I run my business.",
        "I can't sign with {{clause}} included. I don't accept terms like that in any contract.",
        "I won't sign the contract as drafted. Some of its provisions conflict with how I run my business."],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ["That said, I'd be happy to sign a version that replaces that clause with {{offer}}.", "<k:payment>That said, I'd be happy to sign a version that provides for {{offer}} instead.", "<n:clause>That said, I'd be happy to sign a version that replaces the terms I can't accept with {{offer}}.", "I'd be happy to suggest changes to the terms that would work for [us both|us both|all of us|all of us]."],
        ["I'd be willing to sign a version that replaces that clause with {{offer}}.", "<k:payment>I'd be willing to sign a version that provides for {{offer}} instead.", "<n:clause>I'd be willing to sign a version that replaces the terms I can't accept with {{offer}}.", "I'd be happy to suggest amendments that would suit [us both|us both|all of us|all of us]."],
        ['I can sign a version that replaces that clause with {{offer}}.', '<k:payment>I can sign a version that provides for {{offer}} instead.', "<n:clause>I can sign a version that replaces the terms I can't accept with {{offer}}.", 'I can propose amendments that would let me sign.'],
      ),
    },
    // With no clause typed, the draft cannot name the terms, so the next step offers a marked-up copy
    // that shows them: "some provisions" alone left the client writing back to ask which (blind round 72).
    nextStep: tones(
      ["If you're open to that, let me know and I'll send you the revised wording.", "If that suits you, I'll send over the proposed wording.",
        "<n:clause>If you're open to that, I'll send you a marked-up copy showing the terms in question and my proposed wording."],
      ["If you're open to that, I'll send you the wording.", 'Shall I send you the proposed wording?',
        '<n:clause>Shall I send you a marked-up copy showing the terms in question and my proposed wording?'],
      ["If you agree, I'll send the revised wording.", "Let me know if that works, and I'll draft the new wording.",
        "<n:clause>If you agree, I'll send a marked-up copy showing the terms in question and my proposed wording."],
    ),
    door: tones(
      // Payment terms are changed, not taken out. With no counter-offer typed, the door offers to name
      // the period I'd accept: "shortened" alone left the client guessing to what.
      ["<k:payment>If the payment terms can be shortened, I'd be glad to go ahead and sign, and I'm happy to propose a payment period that would work for [us both|us both|all of us|all of us].", "If the clause can be removed, I'd be glad to go ahead and sign.", "If you're able to take the clause out, I'd be happy to sign.",
        "<n:clause>If you'd like, I can suggest alternative wording and review a revised version.", "<n:clause>If it helps, I can suggest alternative wording. I hope we can find terms that work for [us both|us both|all of us|all of us]."],
      ["<k:payment>If the payment terms can be shortened, I'd be happy to sign. I can propose a payment period I'd be able to accept.", "If the clause is removed, I'd be happy to go ahead and sign.", "I'd be glad to sign once the clause has been removed.",
        "<n:clause>I'm happy to suggest alternative wording and review an amended version.", "<n:clause>If it helps, I can suggest alternative wording that I'd be able to sign."],
      ["<k:payment>If the payment terms are shortened, I'll sign. I can propose the payment period I'd accept.", "If the clause is removed, I'll sign.", 'I can sign once the clause is removed.',
        "<n:clause>I can suggest alternative wording and review an amended draft.", "<n:clause>Let me know if you'd like me to suggest alternative wording."],
    ),
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
