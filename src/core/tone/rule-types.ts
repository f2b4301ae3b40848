// Shapes of the tone rules. A rule set is plain JSON-serializable data (strings, never RegExp
// objects): the background worker hands it to the panel, which lints locally on every keystroke.
import type { FindingCategory, Locale, Tone } from '../types';

export type RuleSeverity = 'info' | 'warning' | 'off';
export type SeverityByTone = Readonly<Record<Tone, RuleSeverity>>;

export interface ToneRule {
  /** Stable across languages where the concept is the same ("minimizer" is just / solo / solo). */
  id: string;
  category: Exclude<FindingCategory, 'structure'>;
  /**
   * Phrases matched on word edges, case- and accent-insensitively (except the rule set's
   * exactWords). A space matches any run of whitespace; `(a|b|)` gives alternatives, an empty
   * one makes the group optional. No other syntax.
   */
  phrases?: readonly string[];
  /** A regular expression source (u flag; i unless caseSensitive) for what phrases cannot say. Must not backtrack. */
  pattern?: string;
  caseSensitive?: boolean;
  /** Pattern matches made only of these words are dropped (acronyms: NDA, PDF, IVA). */
  except?: readonly string[];
  /** Pattern matches with fewer letters than this are dropped. */
  minLetters?: number;
  /** Only where a sentence, a line or the body begins ("Listen, …"). */
  atStart?: boolean;
  severity: SeverityByTone;
  /** In the draft's language; `{match}` stands for the matched text. */
  message: string;
  suggestion?: string;
  /** Matches (folded to lower case) that can simply be deleted: the compose window offers it as one click. */
  removable?: readonly string[];
}

/** The phrase lists the structure checks (docs/design.md section 4) look for, in one language. */
export interface StructurePhrases {
  /** Words that open a greeting line: "Hi", "Dear", "Hola", "Gentile". */
  greetings: readonly string[];
  /** A closing line is one of these, alone or followed by a name: "Best regards,", "Un saludo,". */
  closings: readonly string[];
  thanks: readonly string[];
  /** The decision itself, in the first person: "I can't", "no puedo", "non posso". */
  clearNo: readonly string[];
  /** Something offered instead: a later date, a referral, a smaller scope, a separate quote. */
  alternative: readonly string[];
  /** An invitation to come back: "in the future", "no dudes en", "resto a disposizione". */
  openDoor: readonly string[];
  /** Expressions of regret or apology, counted against the tone's budget. */
  regret: readonly string[];
  /** Words ending in a full stop that do not end a sentence ("Dr.", "Sra.", "ecc."). */
  abbreviations: readonly string[];
}

export type StructureCheck =
  | 'thanks-missing'
  | 'clear-no-missing'
  | 'clear-no-late'
  | 'alternative-missing'
  | 'open-door-missing'
  | 'regret-excess';

export interface FindingText {
  message: string;
  suggestion?: string;
}

export interface ToneRules {
  locale: Locale;
  /** Words whose accent changes the meaning (sí/si, más/mas, è/e): matched exactly. */
  exactWords: readonly string[];
  rules: readonly ToneRule[];
  structure: StructurePhrases;
  structureText: Readonly<Record<StructureCheck, FindingText>>;
}

export const ALWAYS: SeverityByTone = { warm: 'warning', neutral: 'warning', firm: 'warning' };
/** Soft apologies: warm spends them from its regret budget (one), the other tones want none. */
export const NOT_IN_WARM: SeverityByTone = { warm: 'off', neutral: 'warning', firm: 'warning' };
export const HINT: SeverityByTone = { warm: 'info', neutral: 'info', firm: 'info' };
