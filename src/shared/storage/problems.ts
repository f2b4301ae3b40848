// Problems met while reading storage, named by their interface string (_locales) so the
// background can word them in the browser's language; `detail` fills the string's placeholder.

export type ProblemKey =
  | 'syncProblemMirrorDamaged'
  | 'syncProblemMirrorNewer'
  | 'syncProblemSyncNewer'
  | 'syncProblemSyncUnreadable'
  | 'syncProblemOldTemplate'
  | 'syncProblemItemUnreadable'
  | 'syncProblemProfileDamaged';

export const PROBLEM_KEYS: readonly ProblemKey[] = [
  'syncProblemMirrorDamaged',
  'syncProblemMirrorNewer',
  'syncProblemSyncNewer',
  'syncProblemSyncUnreadable',
  'syncProblemOldTemplate',
  'syncProblemItemUnreadable',
  'syncProblemProfileDamaged',
];

export interface Problem {
  key: ProblemKey;
  detail?: string;
}

export const problem = (key: ProblemKey, detail?: string): Problem => (detail === undefined ? { key } : { key, detail });

export const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' && value !== null && PROBLEM_KEYS.includes((value as Problem).key) &&
  ((value as Problem).detail === undefined || typeof (value as Problem).detail === 'string');
