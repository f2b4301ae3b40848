// Messages only end-to-end tests send are answered in the build those tests load, never in the
// one `npm run package` ships: no page, extension or later code of ours can come to rely on them.
import { describe, expect, test } from 'vitest';
import { freshBuild, TARGETS } from './fresh-build';

const TEST_ONLY = ['content/ping'];
const shipped = freshBuild();
const forTests = freshBuild(['--test']);

const namedIn = (build: typeof shipped, target: string): string[] =>
  TEST_ONLY.filter((type) => build.scripts(target).some((file) => build.read(target, file).includes(`"${type}"`)));

describe.each(TARGETS)('the %s build', (target) => {
  test('as shipped, it answers none of the messages only tests send', () => {
    expect(namedIn(shipped, target)).toEqual([]);
  });

  test('as the end-to-end tests load it, it answers them all', () => {
    expect(namedIn(forTests, target)).toEqual(TEST_ONLY);
  });
});
