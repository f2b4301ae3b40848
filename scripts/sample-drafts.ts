// `npx tsx scripts/sample-drafts.ts <en|es|it> [seed] [count]` draws a seeded random sample of
// drafts as a user would make them (every reason, random options, realistic typed values, some
// fields left empty) and prints each with its situation and choices: what a blind reviewer reads.
import { fieldsFor } from '../src/core/alternatives';
import { LOCALES, REASONS, TONES, type DraftRequest, type DraftVars, type Locale, type VarName } from '../src/core/index';
import { describeDraft } from './review/describe-draft';
import { LATAM_TYPED, TYPED_FOR_REASON, TYPED_NAMES, TYPED_VALUES } from './review/typed-values';

// mulberry32: a tiny seeded generator, so a sample can be drawn again exactly.
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const [locale, seedArg = '1', countArg = '25'] = process.argv.slice(2) as [Locale, string?, string?];
if (!LOCALES.includes(locale)) throw new Error(`usage: sample-drafts.ts ${LOCALES.join('|')} [seed] [count]`);
const random = generator(Number(seedArg));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (p: number): boolean => random() < p;

const reasonOrder = [...REASONS];
for (let i = reasonOrder.length - 1; i > 0; i -= 1) {
  const j = Math.floor(random() * (i + 1));
  [reasonOrder[i], reasonOrder[j]] = [reasonOrder[j]!, reasonOrder[i]!];
}
for (let i = 0; i < Number(countArg); i += 1) {
  const reason = i < reasonOrder.length ? reasonOrder[i]! : pick(REASONS);
  const alternative = pick(reason.alternatives);
  const includeReason = chance(0.8);
  const plural = chance(0.15);
  const req: DraftRequest = {
    reason: reason.id, tone: pick(TONES), locale, alternative, includeReason, plural,
    formality: chance(0.5) ? 'formal' : 'informal', keepDoorOpen: chance(0.8), variant: Math.floor(random() * 4),
    signOff: chance(0.85), variety: chance(0.5) ? 'spain' : 'latam',
  };
  const vars: DraftVars = {};
  const typed: string[] = [];
  // Names come from the page and the profile: a gender is known only sometimes, and then it fits the name.
  const [client, clientGender] = pick(TYPED_NAMES[locale].client);
  const [me, myGender] = pick(TYPED_NAMES[locale].me);
  const position = Math.floor(random() * 1000);
  const ownPool = TYPED_FOR_REASON[locale][reason.id] ?? {};
  for (const name of fieldsFor(reason.id, alternative, includeReason) as VarName[]) {
    const own = ownPool[name];
    const pool = own ?? TYPED_VALUES[locale][name];
    const aligned = own !== undefined || name === 'referralName' || name === 'referralContact';
    const drawn = name === 'clientFirstName' ? (!plural && chance(0.9) ? client : undefined)
      : name === 'myName' ? me // the profile's name: the panel asks for it on first use
      : pool && chance(0.8) ? (aligned ? pool[position % pool.length] : pick(pool)) : undefined;
    const value = locale === 'es' && req.variety === 'latam' && drawn !== undefined
      ? LATAM_TYPED.reduce((text, [spain, latam]) => text.replace(spain, latam), drawn) : drawn;
    if (value !== undefined) (vars as Record<string, string>)[name] = value;
    typed.push(`${name}: ${value ?? '(left empty)'}`);
  }
  if (vars.clientFirstName && chance(0.5)) vars.clientGender = clientGender;
  if (vars.myName && chance(0.5)) vars.myGender = myGender;
  console.log(describeDraft(`Draft ${i + 1}`, { ...req, vars }, typed));
}
