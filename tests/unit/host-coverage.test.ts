// Every registered mail host comes with what proves it works: a fixture page of its compose
// windows, unit tests of what its finder and reader make of it, and an end-to-end file that
// opens that page in both browsers. A host added to the registry without them fails here.
import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { HOST_KINDS, MAIL_HOSTS } from '../../src/shared/mail-hosts';

const read = (path: string): string => (existsSync(path) ? readFileSync(path, 'utf8') : '');
// The URLs end-to-end tests open are written in their files or in the fixtures' serve.ts.
const e2eSources = (): string => [...readdirSync('tests/e2e').filter((f) => f.endsWith('.ts')).map((f) => `tests/e2e/${f}`), 'tests/fixtures/serve.ts'].map(read).join('\n');

describe.each(HOST_KINDS)('the %s host', (kind) => {
  const fixtures = readdirSync('tests/fixtures').filter((f) => f.startsWith(`${kind}-`) && f.endsWith('.html'));

  test('has fixture pages, and unit tests that read its compose windows from them', () => {
    expect(fixtures, `tests/fixtures/${kind}-*.html`).not.toEqual([]);
    const facts = read(`src/content/hosts/${kind}/facts.test.ts`);
    expect(fixtures.some((f) => facts.includes(`'${f}'`)), `src/content/hosts/${kind}/facts.test.ts loads a ${kind} fixture`).toBe(true);
  });

  test('has an end-to-end file that opens one of its fixture pages', () => {
    const e2e = read(`tests/e2e/${kind}.e2e.ts`);
    expect(fixtures.some((f) => e2e.includes(`'${f}'`)), `tests/e2e/${kind}.e2e.ts opens a ${kind} fixture`).toBe(true);
  });

  test('is opened by end-to-end tests on every one of its origins', () => {
    const sources = e2eSources();
    expect(MAIL_HOSTS[kind].origins.filter((origin) => !sources.includes(origin))).toEqual([]);
  });

  test('has its page-world helper exactly when the registry says it needs one', () => {
    expect(existsSync(`src/content/hosts/${kind}/page-world.ts`)).toBe(MAIL_HOSTS[kind].pageWorld);
  });
});
