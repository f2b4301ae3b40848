// Shapes of the public core contract (docs/design.md section 7). Tests outside this repo use them.

export const LOCALES = ['en', 'es', 'it'] as const;
export type Locale = (typeof LOCALES)[number];

export const TONES = ['warm', 'neutral', 'firm'] as const;
export type Tone = (typeof TONES)[number];

export const REASON_IDS = [
  'schedule-full',
  'deadline-too-tight',
  'out-of-scope',
  'not-my-specialty',
  'budget-too-low',
  'cannot-pay',
  'discount-after-delivery',
  'extra-revisions',
  'as-agreed-in-writing',
  'guarantee-demanded',
  'unrealistic-expectations',
  'already-helped',
  'third-party-request',
  'after-hours',
  'disrespect-or-ethics',
  'contract-terms',
  'partial-yes',
  'not-a-fit',
  'buy-time',
] as const;
export type ReasonId = (typeof REASON_IDS)[number];

export const ALTERNATIVE_IDS = [
  'later-date',
  'referral',
  'smaller-scope',
  'separate-quote',
  'free-resources',
  'payment-first',
  'written-agreement',
  'paid-extra',
  'what-i-can-do',
  'direct-contact',
  'working-hours',
  'reply-by',
  'none',
] as const;
export type AlternativeId = (typeof ALTERNATIVE_IDS)[number];

export type Gender = 'f' | 'm';
export type Formality = 'formal' | 'informal';
/** The profile's setting: a fixed form of address, or the one the client uses. */
export type FormalityChoice = Formality | 'match';
/** Spanish only: Spain addresses a group it is on first-name terms with as vosotros, Latin America as ustedes. */
export type Variety = 'spain' | 'latam';
export const VARIETIES = ['spain', 'latam'] as const;

export interface DraftVars {
  clientName?: string;
  clientFirstName?: string;
  myName?: string;
  clientGender?: Gender;
  myGender?: Gender;
  referralName?: string;
  referralContact?: string;
  date?: string;
  rate?: string;
  policy?: string;
  agreement?: string;
  offer?: string;
  /** contract-terms: the clause refused ("the non-compete clause"). */
  clause?: string;
  /** partial-yes: the part the user will not do. */
  declined?: string;
  /** free-resources: what to read or where. */
  resources?: string;
  /** payment-first: what must be paid first. */
  amount?: string;
}
export type VarName = keyof DraftVars;

export interface DraftRequest {
  reason: ReasonId;
  tone: Tone;
  locale: Locale;
  formality?: Formality;
  includeReason?: boolean;
  keepDoorOpen?: boolean;
  alternative?: string;
  variant?: number;
  signOff?: boolean;
  plural?: boolean;
  vars?: DraftVars;
  /** Spanish only; 'latam' when absent. */
  variety?: Variety;
}

export interface Draft {
  text: string;
  html: string;
}

export type FindingCategory =
  | 'over-apology'
  | 'hedge'
  | 'vague-promise'
  | 'blame'
  | 'impolite-start'
  | 'shouting'
  | 'structure';

export interface Finding {
  ruleId: string;
  category: FindingCategory;
  severity: 'info' | 'warning';
  start: number;
  end: number;
  message: string;
  suggestion?: string;
}

export interface LintOptions {
  locale: Locale;
  tone: Tone;
  reason?: ReasonId;
}

export interface ReasonSuggestion {
  reason: ReasonId;
  score: number;
}

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
export const isTone = (value: unknown): value is Tone =>
  typeof value === 'string' && (TONES as readonly string[]).includes(value);
export const isReasonId = (value: unknown): value is ReasonId =>
  typeof value === 'string' && (REASON_IDS as readonly string[]).includes(value);

/** The default branch of a switch over every locale: a locale added to LOCALES and not handled fails to compile there. */
export function unhandledLocale(locale: never): never {
  throw new RangeError(`No case for locale "${String(locale)}"`);
}
