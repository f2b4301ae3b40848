// `npx tsx scripts/review/side-by-side.ts <en|es|it> <other-checkout> <key-file> <seed>…` draws the
// same seeded samples from this checkout and another (main, say) and prints only the drafts the
// two render differently, as pairs in random order, for a blind reviewer to judge side by side.
// Which version is this checkout's goes to <key-file>, which the reviewer never sees.
// A change touches a few drafts in a sample of 25, so two full reviews of each mostly measure the
// reviewers; the pairs put every changed draft in front of one reviewer next to its old self.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { LOCALES, type Locale } from '../../src/core/index';

const [locale, other, keyFile, ...seeds] = process.argv.slice(2) as [Locale, string, string, ...string[]];
if (!LOCALES.includes(locale) || !other || !keyFile || seeds.length === 0) {
  throw new Error(`usage: side-by-side.ts ${LOCALES.join('|')} <other-checkout> <key-file> <seed>…`);
}

/** Each draft of a sample: its header (situation, choices, typed values) and its text. */
function drafts(checkout: string, seed: string): { header: string; text: string }[] {
  const sample = execFileSync('npx', ['tsx', 'scripts/sample-drafts.ts', locale, seed], { cwd: checkout, encoding: 'utf8' });
  return sample.split(/^### Draft \d+\n/mu).slice(1).map((block) => {
    const lines = block.split('\n');
    return { header: lines.slice(0, 3).join('\n'), text: lines.slice(3).join('\n').trim() };
  });
}

const pairs = seeds.flatMap((seed) => {
  const mine = drafts('.', seed);
  const theirs = drafts(other, seed);
  return mine.flatMap((draft, i) => (draft.text === theirs[i]?.text ? [] : [{ header: draft.header, mine: draft.text, theirs: theirs[i]!.text }]));
});

// The order of pairs and of the two versions comes from the seeds, so a run can be repeated.
let state = seeds.reduce((sum, seed) => sum + Number(seed), 0) >>> 0;
const random = (): number => {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  return state / 4294967296;
};
for (let i = pairs.length - 1; i > 0; i -= 1) {
  const j = Math.floor(random() * (i + 1));
  [pairs[i], pairs[j]] = [pairs[j]!, pairs[i]!];
}

const key: string[] = [];
pairs.forEach((pair, i) => {
  const mineFirst = random() < 0.5;
  key.push(mineFirst ? 'A' : 'B');
  const [a, b] = mineFirst ? [pair.mine, pair.theirs] : [pair.theirs, pair.mine];
  console.log(`### Pair ${i + 1}\n${pair.header}\n\n--- Version A ---\n${a}\n\n--- Version B ---\n${b}\n`);
});
writeFileSync(keyFile, `${JSON.stringify({ checkout: process.cwd(), other, seeds, thisCheckoutIs: key })}\n`);
