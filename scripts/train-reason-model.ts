// Trains the reason model on corpus/train and writes src/core/suggest/reason-model.json.
// Deterministic: the same corpus gives the same file; a unit test checks it is up to date.
// npx tsx scripts/train-reason-model.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpus } from './suggest/corpus';
import { modelFileText, trainReasonModel } from './suggest/train-reasons';

const root = join(import.meta.dirname, '..');
const messages = readCorpus(join(root, 'corpus/train'));
const text = modelFileText(trainReasonModel(messages));
writeFileSync(join(root, 'src/core/suggest/reason-model.json'), text);
console.log(`reason-model.json: ${messages.length} messages, ${Object.keys(JSON.parse(text).weights).length} features, ${(text.length / 1024).toFixed(0)} KB`);
