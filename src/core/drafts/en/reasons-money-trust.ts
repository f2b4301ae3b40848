// English parts for reasons about money and trust.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const moneyTrustReasons: Partial<Record<ReasonId, ReasonDrafts>> = {
  'budget-too-low': {
    thanks: ['Thank you for sharing your budget so openly.', 'Thanks for being upfront about the budget.'],
    empathy: ['I know how carefully every cost has to be planned.', 'I understand that resources are often tight.'],
    decision: tones(
      ["Unfortunately, I can't deliver the full project for that amount.", "I'm afraid I can't take it on at that price."],
      ["I can't deliver the full project for that amount.", "I'm not able to take it on at that price."],
      ["I can't take on the full project for that amount.", "I can't take it on at that price."],
    ),
    reason: tones(
      ['My rate for this type of work is {{rate}}, which reflects the time and care it needs.', 'My rates reflect the time and care this type of work needs.'],
      ['My rate for this type of work is {{rate}}.', 'My rates for this type of work are higher.'],
      ['My rate for this work is {{rate}}.', 'My rates for this work are fixed.'],
    ),
    alternatives: {
      'smaller-scope': tones(
        ['Within that budget, I could deliver {{offer}}.', "I'd be glad to suggest a smaller scope that fits within that budget."],
        ['Within that budget, I could deliver {{offer}}.', 'I could suggest a smaller scope that fits that budget.'],
        ['Within that budget, I can deliver {{offer}}.', 'I can deliver a reduced scope within that budget.'],
      ),
      'separate-quote': tones(
        ["I'd be glad to quote the full project at {{rate}}.", "I'd be glad to send you a full quote so you can plan for it."],
        ['I can quote the full project at {{rate}}.', 'I can send you a full quote so you can plan for it.'],
        ['The full project can be quoted at {{rate}}.', 'I can send you a full quote.'],
      ),
    },
  },
  'cannot-pay': {
    thanks: ['Thank you for explaining your situation so openly.', 'Thanks for being honest about where things stand.'],
    empathy: ['I understand that money can be tight.', "I know situations like this aren't easy."],
    decision: tones(
      ["Unfortunately, I can't work without payment.", "I'm afraid I can't go ahead on those terms."],
      ["I can't go ahead without payment.", "I'm not able to work on those terms."],
      ["I can't work without payment.", "I don't accept work on those terms."],
    ),
    reason: tones(
      ['This is how I make my living, and I keep the same terms for all my clients.'],
      ['I apply the same payment terms to all my clients.'],
      ['My payment terms apply to every client.'],
    ),
  },
  'discount-after-delivery': {
    thanks: ['Thank you for your feedback on the project.', 'Thanks for sharing your thoughts on the work.'],
    empathy: ['I understand things may have changed on your side.', "I understand this isn't the outcome you had in mind."],
    decision: tones(
      ["I'm afraid I can't reduce the agreed fee.", "Unfortunately, I can't offer a discount at this stage."],
      ["I can't reduce the agreed fee.", "I'm not able to offer a discount at this stage."],
      ["I can't reduce the agreed fee.", "I won't offer a discount at this stage."],
    ),
    reason: tones(
      ['The work was delivered as set out in {{agreement}}, and the fee reflects its full scope.', 'The work was delivered as we agreed, and the fee reflects its full scope.'],
      ['The work was delivered as set out in {{agreement}}.', 'The work was delivered as agreed.'],
      ['The work was delivered as set out in {{agreement}}, and the fee is due in full.', 'The work was delivered as agreed, and the fee is due in full.'],
    ),
  },
  'as-agreed-in-writing': {
    thanks: ['Thank you for raising this with me.', 'Thanks for getting in touch about this.'],
    empathy: ['I can see why this might have been read differently.', 'I understand this matters to you.'],
    decision: tones(
      ["Unfortunately, I can't change what we agreed at this stage.", "I'm afraid I can't take on work beyond what we agreed."],
      ["I can't change the terms we agreed.", "I'm not able to go beyond what we agreed."],
      ["I can't change the agreed terms.", "I won't change what we agreed."],
    ),
    reason: tones(
      ['For reference, everything is set out in {{agreement}}.', "For reference, it's all set out in our earlier emails."],
      ['Everything is set out in {{agreement}}.', 'Everything is set out in our written agreement.'],
      ['Everything is set out in {{agreement}}.', 'Everything is set out in writing.'],
    ),
  },
  'guarantee-demanded': {
    thanks: ['Thank you for explaining what matters most to you.', 'Thanks for being clear about your expectations.'],
    empathy: ['I understand you want certainty before you commit.', "I can see why you'd want to limit the risk."],
    decision: tones(
      ["Unfortunately, I can't guarantee specific results.", "I'm afraid I can't offer that guarantee."],
      ["I can't guarantee specific results.", "I'm not able to offer a guarantee on results."],
      ["I can't guarantee results.", "I can't take on all the risk."],
    ),
    reason: tones(
      ['No honest professional can promise an outcome that depends on factors outside their control.'],
      ['The outcome depends on factors outside my control.'],
      ['The outcome depends on factors outside my control.'],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ['What I can commit to is {{offer}}.', 'What I can commit to is a clear plan, regular updates and my best work.'],
        ['What I can commit to is {{offer}}.', 'What I can commit to is a clear plan and regular updates.'],
        ['What I can commit to is {{offer}}.', 'What I can commit to is a clear plan and regular updates.'],
      ),
    },
  },
  'contract-terms': {
    thanks: ['Thank you for sending over the contract.', 'Thanks for sharing the agreement.'],
    empathy: ['I understand you want to protect your business.', 'I can see why these clauses matter to you.'],
    decision: tones(
      ["Unfortunately, I can't accept some of the terms as they stand.", "I'm afraid I can't sign it in its current form."],
      ["I can't accept the contract in its current form.", "I'm not able to sign it as it stands."],
      ["I can't sign the contract as it stands.", "I don't sign contracts with clauses like these."],
    ),
    reason: tones(
      ['Clauses like these would restrict my work for other clients, and I need to keep that freedom.'],
      ['Clauses of this kind would restrict my work with other clients.'],
      ['I keep my freedom to work with other clients.'],
    ),
    alternatives: {
      'what-i-can-do': tones(
        ['Instead, I can offer {{offer}}.', "I'd be glad to go ahead with the project once those clauses are removed."],
        ['Instead, I can offer {{offer}}.', "I'm happy to go ahead once those clauses are removed."],
        ['Instead, I can offer {{offer}}.', 'I can go ahead once those clauses are removed.'],
      ),
    },
  },
};
