// `npx tsx scripts/readme-reasons.ts` rewrites the reasons table in README.md from the data.
import { readFileSync, writeFileSync } from 'node:fs';
import { withTable } from './reasons-table';

writeFileSync('README.md', withTable(readFileSync('README.md', 'utf8')));
console.log('README.md: reasons table updated');
