import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { LOCAL_ONLY_MESSAGE_KEYS } from './status';
import { PROBLEM_KEYS } from './problems';

test('every reason a template stays local, and every storage problem, is worded in the interface strings', () => {
  const en = JSON.parse(readFileSync('_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
  for (const key of [...Object.values(LOCAL_ONLY_MESSAGE_KEYS), ...PROBLEM_KEYS]) expect(en[key]?.message, key).toMatch(/\w/u);
});
