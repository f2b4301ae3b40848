import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readCorpus } from './corpus';
import { modelFileText, trainReasonModel } from './train-reasons';

const root = join(import.meta.dirname, '../..');

test('the checked-in reason model is what training on corpus/train gives (run scripts/train-reason-model.ts)', () => {
  const fresh = modelFileText(trainReasonModel(readCorpus(join(root, 'corpus/train'))));
  const checkedIn = readFileSync(join(root, 'src/core/suggest/reason-model.json'), 'utf8');
  expect(checkedIn === fresh, 'src/core/suggest/reason-model.json is stale: run npx tsx scripts/train-reason-model.ts').toBe(true);
}, 120_000);
