// The user's standing details: who signs, how they like to write, and the policies and
// boundaries they decided in advance (the seeds' advice: state them up front, not per client).
import { isLocale, isReasonId, isTone, VARIETIES, type DraftVars, type Formality, type FormalityChoice, type Gender, type Locale, type ReasonId, type Tone, type Variety } from './types';

export interface Policies {
  /** e.g. "one round of revisions of up to 15%" */
  revisions: string;
  /** e.g. "Monday to Friday, 9:00 to 18:00, by email" */
  workingHours: string;
  /** e.g. "50% upfront, the rest within 15 days of delivery" */
  paymentTerms: string;
  /** e.g. "€60 per hour" */
  rate: string;
  /** e.g. "no non-compete clauses, no unpaid tests" */
  boundaries: string;
}

export interface Profile {
  myName: string;
  signature: string;
  tone: Tone;
  locale: Locale;
  /** 'match': the panel follows how the client writes (detectFormality), formal when it cannot tell. */
  formality: FormalityChoice;
  /**
   * Spanish drafts to a group: vosotros (Spain) or ustedes (Latin America). Absent until the user
   * saves a choice: until then the browser's languages decide (spanish-variety.ts), on each device.
   */
  variety?: Variety;
  /** Only for Spanish and Italian wording about the user; absent means neutral wording. */
  myGender?: Gender;
  policies: Policies;
  /** False when the user switched off the tone marks while they write (docs/design.md section 12); absent means on. */
  liveTone?: false;
}

/** The form of address for a draft: the profile's, or the client's own when the profile says 'match'. */
export function formalityFor(profile: Profile, client: Formality | undefined): Formality {
  return profile.formality === 'match' ? client ?? 'formal' : profile.formality;
}

export const PROFILE_LIMITS = { myName: 80, signature: 500, policy: 300 } as const;

export const DEFAULT_PROFILE: Profile = {
  myName: '',
  signature: '',
  tone: 'neutral',
  locale: 'en',
  formality: 'match',
  policies: { revisions: '', workingHours: '', paymentTerms: '', rate: '', boundaries: '' },
};

const POLICY_KEYS = Object.keys(DEFAULT_PROFILE.policies) as (keyof Policies)[];

const isFormalityChoice = (x: unknown): x is FormalityChoice => x === 'formal' || x === 'informal' || x === 'match';
const isVariety = (x: unknown): x is Variety => (VARIETIES as readonly unknown[]).includes(x);

/** A profile from anything stored or sent: wrong or missing fields fall back to the defaults. */
export function normalizeProfile(value: unknown): Profile {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const text = (x: unknown, max: number): string => (typeof x === 'string' ? x.slice(0, max) : '');
  const policiesIn = (typeof v.policies === 'object' && v.policies !== null ? v.policies : {}) as Record<string, unknown>;
  const profile: Profile = {
    myName: text(v.myName, PROFILE_LIMITS.myName),
    signature: text(v.signature, PROFILE_LIMITS.signature),
    tone: isTone(v.tone) ? v.tone : DEFAULT_PROFILE.tone,
    locale: isLocale(v.locale) ? v.locale : DEFAULT_PROFILE.locale,
    // A choice saved before 'match' existed stays the user's choice; nothing saved means 'match'.
    formality: isFormalityChoice(v.formality) ? v.formality : DEFAULT_PROFILE.formality,
    policies: Object.fromEntries(POLICY_KEYS.map((k) => [k, text(policiesIn[k], PROFILE_LIMITS.policy)])) as unknown as Policies,
  };
  if (isVariety(v.variety)) profile.variety = v.variety;
  if (v.myGender === 'f' || v.myGender === 'm') profile.myGender = v.myGender;
  if (v.liveTone === false) profile.liveTone = false;
  return profile;
}

/** What is wrong with a profile sent by a page or read from a file: the field (a dotted path) and how. */
export type ProfileIssue =
  | { key: 'profile'; kind: 'not-object' }
  | { key: string; kind: 'not-allowed'; found: string }
  | { key: string; kind: 'too-long'; max: number };

/** The first problem in a profile, or undefined when it can be saved. Fields left out are fine. */
export function profileIssue(value: unknown): ProfileIssue | undefined {
  if (typeof value !== 'object' || value === null) return { key: 'profile', kind: 'not-object' };
  const v = value as Record<string, unknown>;
  const choices = [['tone', isTone], ['locale', isLocale], ['formality', isFormalityChoice],
    ['variety', isVariety], ['myGender', (x: unknown) => x === 'f' || x === 'm'], ['liveTone', (x: unknown) => typeof x === 'boolean']] as const;
  for (const [key, allowed] of choices) {
    // JSON text for anything but a string: String() would call a hostile object's own toString.
    if (v[key] !== undefined && !allowed(v[key])) return { key, kind: 'not-allowed', found: typeof v[key] === 'string' ? v[key] : JSON.stringify(v[key]) };
  }
  for (const [key, max] of [['myName', PROFILE_LIMITS.myName], ['signature', PROFILE_LIMITS.signature]] as const) {
    if (v[key] !== undefined && (typeof v[key] !== 'string' || v[key].length > max)) return { key, kind: 'too-long', max };
  }
  const policies = v.policies as Record<string, unknown> | undefined;
  for (const key of POLICY_KEYS) {
    const p = policies?.[key];
    if (p !== undefined && (typeof p !== 'string' || p.length > PROFILE_LIMITS.policy)) return { key: `policies.${key}`, kind: 'too-long', max: PROFILE_LIMITS.policy };
  }
  return undefined;
}

const ENGLISH_CHOICES: Record<string, (found: string) => string> = {
  tone: (found) => `unknown tone "${found}"`,
  locale: (found) => `unknown language "${found}"`,
  formality: () => 'formality must be "formal", "informal" or "match"',
  variety: () => 'variety must be "spain", "latam" or absent',
  myGender: () => 'gender must be "f", "m" or absent',
  liveTone: () => 'liveTone must be true or false',
};

/** Why a profile sent by a page cannot be saved, or undefined when it can. */
export function profileProblem(value: unknown): string | undefined {
  const issue = profileIssue(value);
  if (!issue) return undefined;
  if (issue.kind === 'not-object') return 'the profile must be an object';
  if (issue.kind === 'not-allowed') return ENGLISH_CHOICES[issue.key]!(issue.found);
  return issue.key.startsWith('policies.')
    ? `the ${issue.key.slice('policies.'.length)} policy must be text of at most ${issue.max} characters`
    : `${issue.key} must be text of at most ${issue.max} characters`;
}

// Which standing policy fills which variable, for the reasons whose drafts use it (docs/design.md section 2).
const FROM_POLICIES: Partial<Record<ReasonId, Partial<Record<keyof DraftVars, keyof Policies>>>> = {
  'extra-revisions': { policy: 'revisions', rate: 'rate' },
  'after-hours': { policy: 'workingHours' },
  'out-of-scope': { rate: 'rate' },
  'budget-too-low': { rate: 'rate' },
  'already-helped': { rate: 'rate' },
};

/** The panel's starting values for a reason: the user's name and gender, and the policy it cites. */
export function defaultVarsFor(profile: Profile, reason: ReasonId): DraftVars {
  if (!isReasonId(reason)) throw new RangeError(`Unknown reason "${String(reason)}"`);
  const vars: DraftVars = {};
  if (profile.myName.trim() !== '') vars.myName = profile.myName.trim();
  if (profile.myGender) vars.myGender = profile.myGender;
  for (const [name, policy] of Object.entries(FROM_POLICIES[reason] ?? {}) as [keyof DraftVars, keyof Policies][]) {
    const value = profile.policies[policy].trim();
    if (value !== '') (vars as Record<string, string>)[name] = value;
  }
  return vars;
}
