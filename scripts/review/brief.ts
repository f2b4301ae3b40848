// `npx tsx scripts/review/brief.ts <en|es|it> <seed> <answer-file> [count]` prints a blind
// reviewer's whole task: the role, the verdicts, the answer format and a fresh seeded sample.
// The reviewer sees only this text, never the code or earlier samples; `tally.ts` reads the answers.
import { execFileSync } from 'node:child_process';
import { LOCALES, type Locale } from '../../src/core/index';

const LANGUAGE: Record<Locale, string> = { en: 'English', es: 'Spanish', it: 'Italian' };

const [locale, seed, answerFile, count = '25'] = process.argv.slice(2) as [Locale, string, string, string?];
if (!LOCALES.includes(locale) || !seed || !answerFile) {
  throw new Error(`usage: brief.ts ${LOCALES.join('|')} <seed> <answer-file> [count]`);
}
const sample = execFileSync('npx', ['tsx', 'scripts/sample-drafts.ts', locale, seed, count], { encoding: 'utf8' });
const language = LANGUAGE[locale];

console.log(`# Review ${count} email drafts (${language})

You are a demanding native ${language} editor who works in client services: you check the
emails that freelancers, consultants, agencies and support staff send to their clients. A tool
wrote each draft below for a user who has to say no to a client. For each draft you see only
the situation, the choices the user made in the tool, what the user typed into its fields, and
the draft itself (greeting to sign-off; when the signature is already in the compose window
there is no name under the sign-off).

Judge each draft as the email the user is about to send, in the situation and with the choices
given (the tone, the form of address, whether to explain the reason, whether to keep the door
open, what to offer instead, the values typed; a field "left empty" was not filled in, and the
draft should read well without it):
- **send**: you would let it go out exactly as it is.
- **edits**: you would change something before it goes out. Say what, and give the fix
  (the words you would write instead).
- **no**: it should not go out at all (wrong for the situation, harmful to the relationship,
  contradicting the user's choices). Say why.

Be as strict as you are with real client email: wording a native speaker would not use, a line
that does not fit this situation, a contradiction, a vague or stock phrase where the client
expects something specific, a reason that only restates the refusal, a register that slips.

Write your answers to the file ${answerFile}, one line per draft, in this form and nothing else:

Draft 1: send
Draft 2: edits | <what is wrong> -> <your fix>
Draft 3: no | <why>

Then reply with the counts (send / edits / no). Read no other file.

${sample}`);
