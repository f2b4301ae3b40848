// What kind of contract term the user typed into {{clause}}, so that a draft explaining the
// refusal can give the reason that term really costs the writer ("it would stop me working with
// other clients") instead of a policy that only restates the no. Reviewers flagged the policy
// ("I don't accept terms like that in any contract") in most contract drafts. The cues are the
// words people use for these terms in English, Spanish and Italian; anything else keeps the
// general reason.
export const CLAUSE_KINDS = ['restraint', 'payment', 'revisions', 'liability'] as const;
export type ClauseKind = (typeof CLAUSE_KINDS)[number];

const CUES: Record<ClauseKind, RegExp> = {
  // Terms that keep the writer from other clients: non-compete, exclusivity, non-solicitation.
  restraint: /non[- ]?compet|non[- ]?solicit|exclusiv|esclusiv|no competencia|no competir|no concurrencia|concorrenza/iu,
  // Late or conditional payment: "the 90-day payment terms", "el pago a 90 días", "pagamento a 90 giorni".
  payment: /\bpay|invoice|\bpago|\bpagament|factura|fattur|\b\d+[- ]?(?:days?|días|giorni)\b/iu,
  // Open-ended rework: "clause 7 on unlimited revisions", "revisiones ilimitadas", "revisioni illimitate".
  revisions: /revisi[oó]n|unlimited (?:changes|amendments|rounds)|cambios ilimitados|modifiche illimitate/iu,
  // Risk the writer cannot control: uncapped liability, penalties, indemnities.
  liability: /liabilit|indemn|penal|responsabili|risarciment/iu,
};

/** The kind of term a typed clause names, or undefined when it names none of them. */
export function clauseKindOf(clause: string | undefined): ClauseKind | undefined {
  if (clause === undefined) return undefined;
  return CLAUSE_KINDS.find((kind) => CUES[kind].test(clause));
}
