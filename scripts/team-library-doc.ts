// Regenerates the policy examples in docs/team-library.md from the sample policy.
import { readFileSync, writeFileSync } from 'node:fs';
import { withExamples } from './team-policy/examples';

const path = 'docs/team-library.md';
writeFileSync(path, withExamples(readFileSync(path, 'utf8')));
console.log(`updated the examples in ${path}`);
