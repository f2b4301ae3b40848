import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { chromiumId, withExamples } from '../../scripts/team-policy/examples';
import { readTeamPolicy } from '../../src/core/team';
import { SAMPLE_TEAM_POLICY } from '../../src/core/team/sample-policy';

test('the administrators\' guide carries the examples generated from the sample policy (run scripts/team-library-doc.ts)', () => {
  const doc = readFileSync('docs/team-library.md', 'utf8');
  expect(doc).toBe(withExamples(doc));
  expect(doc).toContain('/etc/chromium/policies/managed');
  expect(doc).toContain('"decline-politely@decline-politely.app": {');
});

test('the sample policy in the guide is one the extension accepts', () => {
  expect(readTeamPolicy(SAMPLE_TEAM_POLICY).team?.templates).toHaveLength(2);
});

test('the Chromium id is derived from the manifest key as Chromium does', () => {
  // The id the end-to-end policy files are keyed by, which Chromium hands the policy to.
  const { key } = JSON.parse(readFileSync('manifest.json', 'utf8')) as { key: string };
  expect(chromiumId(key)).toBe('dijojijpidbalmcmbiaikeopoihpbnff');
});
