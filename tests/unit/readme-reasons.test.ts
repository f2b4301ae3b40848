import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { withTable } from '../../scripts/reasons-table';

test('the README lists every reason with its alternatives as the data has them (run scripts/readme-reasons.ts)', () => {
  const readme = readFileSync('README.md', 'utf8');
  expect(readme).toBe(withTable(readme));
  expect(readme).toContain('| `partial-yes` |');
});
