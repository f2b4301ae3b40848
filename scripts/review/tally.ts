// `npx tsx scripts/review/tally.ts <answer-file>…` counts a blind review's verdicts (written as
// `brief.ts` asks: "Draft N: send | edits | no") and lists the drafts marked down, with the fix.
import { readFileSync } from 'node:fs';

const files = process.argv.slice(2);
if (files.length === 0) throw new Error('usage: tally.ts <answer-file>…');
for (const file of files) {
  const verdicts = readFileSync(file, 'utf8').split('\n').flatMap((line) => {
    const match = /^\s*Draft (\d+):\s*(send|edits|no)\b\s*\|?\s*(.*)$/iu.exec(line);
    return match ? [{ draft: Number(match[1]), verdict: match[2]!.toLowerCase(), note: match[3]!.trim() }] : [];
  });
  const count = (verdict: string): number => verdicts.filter((v) => v.verdict === verdict).length;
  console.log(`${file}: send ${count('send')}, edits ${count('edits')}, no ${count('no')} (of ${verdicts.length})`);
  for (const v of verdicts.filter((x) => x.verdict !== 'send')) console.log(`  ${v.draft} ${v.verdict}: ${v.note}`);
}
