import { describe, expect, test } from 'vitest';
import { readTeamPolicy } from './team-policy';
import { profileWithTeam } from './apply-team';
import { SAMPLE_TEAM_POLICY } from './sample-policy';
import { DEFAULT_PROFILE } from '../profile';

const policy = (edit: (p: Record<string, any>) => void = () => undefined): Record<string, any> => {
  const p = structuredClone(SAMPLE_TEAM_POLICY) as unknown as Record<string, any>;
  edit(p);
  return p;
};
const rejected = (p: unknown, locale: 'en' | 'es' | 'it' = 'en') => {
  const state = readTeamPolicy(p, locale);
  expect(state.team).toBeUndefined();
  return state.rejected;
};

describe('team policy', () => {
  test('the sample policy gives a team library with its templates, defaults and locks', () => {
    const { team } = readTeamPolicy(policy());
    expect(team?.teamName).toBe('Acme Studio');
    expect(team?.templates.map((t) => t.id)).toEqual(['acme-scope', 'acme-fuera-de-alcance']);
    expect(team?.defaults).toEqual({ policies: { rate: '€80 per hour', workingHours: 'Monday to Friday, 9:00 to 18:00' },
      signature: 'Acme Studio · acme.example', tone: 'neutral' });
    expect(team?.personalTemplates).toBe(true);
    expect(team?.locked).toEqual(['policies']);
  });

  test('no policy is no team and no problem', () => {
    expect(readTeamPolicy({})).toEqual({});
    expect(readTeamPolicy(undefined)).toEqual({});
  });

  test('a template the editor would refuse rejects the whole policy, saying which and where', () => {
    expect(rejected(policy((p) => { p.templates[1].body = 'Hola {{nombre}}'; })))
      .toBe('In "templates": Template 2 ("Acme: fuera del alcance"): Line 1, column 6: {{nombre}} is not a variable this template can fill.');
    expect(rejected(policy((p) => { p.templates[0].body = 'x'.repeat(4001); }))).toMatch(/Template 1 .*4000/u);
    expect(rejected(policy((p) => { p.templates[0].name = 'Acme\u202Escope'; }))).toMatch(/Template 1.*U\+202E/u);
  });

  test('more templates than a library can hold are refused', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ ...SAMPLE_TEAM_POLICY.templates[0], id: `t${i}` }));
    expect(rejected(policy((p) => { p.templates = many; }))).toMatch(/1000 templates; at most 500/u);
  });

  test('a team name whose templates the browser dropped is reported, not shown as an empty library', () => {
    expect(rejected({ teamName: 'Acme Studio' })).toMatch(/"templates" holds no template/u);
    expect(rejected(policy((p) => { p.templates = []; }))).toMatch(/"templates" holds no template/u);
  });

  test('hidden characters in the team name, bad defaults and unknown locks are refused with their place', () => {
    expect(rejected(policy((p) => { p.teamName = 'Acme\u0007'; }))).toMatch(/^"teamName" .*U\+0007/u);
    expect(rejected(policy((p) => { p.defaults.tone = 'loud'; }))).toBe('In "defaults": The profile\'s "tone" cannot be "loud".');
    expect(rejected(policy((p) => { p.defaults.myName = 'Boss'; }))).toMatch(/"defaults.myName" is not a setting/u);
    expect(rejected(policy((p) => { p.locks.defaults = ['tone', 'colour']; }))).toMatch(/"colour"/u);
    expect(rejected(policy((p) => { p.locks.personalTemplates = 'no'; }))).toMatch(/true or false/u);
  });

  test('the message is in the page\'s language', () => {
    expect(rejected({ teamName: 'Acme' }, 'es')).toMatch(/^«templates» no contiene/u);
    expect(rejected({ teamName: 'Acme' }, 'it')).toMatch(/^«templates» non contiene/u);
  });

  test('team defaults fill what the profile leaves empty; locked ones replace it', () => {
    const team = readTeamPolicy(policy((p) => { p.locks.defaults = ['policies', 'tone']; p.defaults.tone = 'firm'; })).team;
    const own = { ...DEFAULT_PROFILE, signature: 'Sam', tone: 'warm' as const, policies: { ...DEFAULT_PROFILE.policies, rate: '€50', revisions: 'one round' } };
    const merged = profileWithTeam(own, team);
    expect(merged.signature).toBe('Sam');
    expect(merged.tone).toBe('firm');
    expect(merged.policies).toMatchObject({ rate: '€80 per hour', workingHours: 'Monday to Friday, 9:00 to 18:00', revisions: 'one round' });
    const unlocked = profileWithTeam(DEFAULT_PROFILE, readTeamPolicy(policy((p) => { p.locks.defaults = []; })).team);
    expect(unlocked.signature).toBe('Acme Studio · acme.example');
  });
});
