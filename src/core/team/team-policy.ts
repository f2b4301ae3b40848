// The team library an organisation sets through the browser's enterprise policy
// (storage.managed, docs/team-library.md). It is read with the import file's rules: a policy
// with any problem is ignored as a whole, with the first problem and where it is, and nothing
// of the member's own data changes.
import type { Locale } from '../types';
import type { Profile } from '../profile';
import { checkProfile, checkTemplates, type TransferTemplate } from '../templates/transfer-file';
import { findHiddenCharacter } from '../templates/hidden-characters';
import { TEAM_MESSAGES, type TeamProblem } from './team-messages';

/** The profile settings a team may set for its members, and lock. */
export const TEAM_DEFAULT_KEYS = ['policies', 'signature', 'tone', 'locale', 'formality', 'variety'] as const;
export type TeamDefaultKey = (typeof TEAM_DEFAULT_KEYS)[number];
export type TeamDefaults = Partial<Pick<Profile, TeamDefaultKey>>;

export const TEAM_NAME_MAX = 60;

export interface TeamLibrary {
  teamName: string;
  templates: TransferTemplate[];
  defaults: TeamDefaults;
  /** False when the team allows only its own templates. */
  personalTemplates: boolean;
  /** Defaults a member may not change. */
  locked: TeamDefaultKey[];
}

/** What the worker hands pages: no policy, a team library, or why the policy was ignored. */
export type TeamState = { team?: undefined; rejected?: undefined } | { team: TeamLibrary; rejected?: undefined } | { team?: undefined; rejected: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDefaultKey = (v: unknown): v is TeamDefaultKey => (TEAM_DEFAULT_KEYS as readonly unknown[]).includes(v);

class Rejected extends Error {
  constructor(readonly problem: TeamProblem) {
    super(problem.code);
  }
}

function readName(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw new Rejected({ code: 'no-name' });
  if (value.length > TEAM_NAME_MAX) throw new Rejected({ code: 'name-too-long', max: TEAM_NAME_MAX });
  const hidden = findHiddenCharacter(value, false);
  if (hidden) throw new Rejected({ code: 'name-hidden', hidden });
  return value.trim();
}

function readDefaults(value: unknown, uiLocale: Locale): TeamDefaults {
  if (value === undefined) return {};
  if (!isObject(value)) throw new Rejected({ code: 'not-object', key: 'defaults' });
  const unknown = Object.keys(value).find((k) => !isDefaultKey(k));
  if (unknown !== undefined) throw new Rejected({ code: 'unknown-key', key: `defaults.${unknown.slice(0, 40)}` });
  const checked = checkProfile(value, uiLocale);
  if (!checked.ok) throw new Rejected({ code: 'defaults', text: checked.error.message });
  // Only what the team set: a default left out leaves the member's own setting alone.
  const profile = checked.value!;
  const defaults: TeamDefaults = {};
  for (const key of TEAM_DEFAULT_KEYS) if (value[key] !== undefined) Object.assign(defaults, { [key]: profile[key] });
  if (defaults.policies) {
    const given = value.policies as Record<string, unknown>;
    defaults.policies = Object.fromEntries(Object.entries(defaults.policies).filter(([k]) => given[k] !== undefined)) as Profile['policies'];
  }
  return defaults;
}

function readLocks(value: unknown): Pick<TeamLibrary, 'personalTemplates' | 'locked'> {
  if (value === undefined) return { personalTemplates: true, locked: [] };
  if (!isObject(value)) throw new Rejected({ code: 'not-object', key: 'locks' });
  const { personalTemplates = true, defaults = [] } = value;
  if (typeof personalTemplates !== 'boolean') throw new Rejected({ code: 'not-boolean', key: 'locks.personalTemplates' });
  if (!Array.isArray(defaults)) throw new Rejected({ code: 'not-list', key: 'locks.defaults' });
  const wrong = defaults.find((k) => !isDefaultKey(k));
  if (wrong !== undefined) throw new Rejected({ code: 'unknown-lock', found: typeof wrong === 'string' ? wrong.slice(0, 40) : JSON.stringify(wrong) ?? '' });
  return { personalTemplates, locked: [...new Set(defaults as TeamDefaultKey[])] };
}

function readPolicy(managed: Record<string, unknown>, uiLocale: Locale): TeamLibrary {
  const teamName = readName(managed.teamName);
  // Chromium drops a key whose type the schema refuses before the extension sees it: a team
  // with no templates is such a policy, reported rather than shown as an empty library.
  if (managed.templates === undefined) throw new Rejected({ code: 'no-templates' });
  const templates = checkTemplates(managed.templates, uiLocale);
  if (!templates.ok) throw new Rejected({ code: 'templates', text: templates.error.message });
  if (templates.value.length === 0) throw new Rejected({ code: 'no-templates' });
  return { teamName, templates: templates.value, defaults: readDefaults(managed.defaults, uiLocale), ...readLocks(managed.locks) };
}

/** The team library in what storage.managed holds; no policy at all is no team and no problem. */
export function readTeamPolicy(managed: unknown, uiLocale: Locale = 'en'): TeamState {
  if (!isObject(managed) || Object.keys(managed).length === 0) return {};
  try {
    return { team: readPolicy(managed, uiLocale) };
  } catch (error) {
    if (!(error instanceof Rejected)) throw error;
    return { rejected: TEAM_MESSAGES[uiLocale](error.problem) };
  }
}
