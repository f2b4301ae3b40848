import { expect, test } from 'vitest';
import { welcomeWanted } from './first-run';

test('the page opened on install greets the user, even before the profile is read', () => {
  expect(welcomeWanted({ hash: '#welcome', myName: '', dismissed: false })).toBe(true);
  expect(welcomeWanted({ hash: '#welcome', myName: 'Sam', dismissed: false })).toBe(true);
});

test('until a name is set, a later visit greets too; a name or a closed welcome ends it', () => {
  expect(welcomeWanted({ hash: '', myName: '  ', dismissed: false })).toBe(true);
  expect(welcomeWanted({ hash: '', myName: 'Sam', dismissed: false })).toBe(false);
  expect(welcomeWanted({ hash: '', myName: '', dismissed: true })).toBe(false);
  expect(welcomeWanted({ hash: '#welcome', myName: '', dismissed: true })).toBe(false);
});

test('the site-access prompt is not a welcome', () => {
  expect(welcomeWanted({ hash: '#site-access', myName: 'Sam', dismissed: false })).toBe(false);
});
