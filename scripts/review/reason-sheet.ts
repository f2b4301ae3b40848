// `npx tsx scripts/review/reason-sheet.ts <en|es|it> <reason-id>…` prints, for each reason, drafts
// in which every wording of every part shows up at least once: each tone, variants 0–3 with the
// alternatives in turn, typed values in turn and some left empty, and the no without its reason.
// A writer reviews a reason's parts in context here instead of waiting for a random sample to reach them.
import { fieldsFor } from '../../src/core/alternatives';
import { LOCALES, REASONS, TONES, type DraftRequest, type DraftVars, type Locale, type VarName } from '../../src/core/index';
import { describeDraft } from './describe-draft';
import { TYPED_FOR_REASON, TYPED_NAMES, TYPED_VALUES } from './typed-values';

const [locale, ...ids] = process.argv.slice(2) as [Locale, ...string[]];
if (!LOCALES.includes(locale) || ids.length === 0) throw new Error(`usage: reason-sheet.ts ${LOCALES.join('|')} <reason-id>…`);

for (const id of ids) {
  const reason = REASONS.find((r) => r.id === id);
  if (!reason) throw new Error(`unknown reason ${id}: ${REASONS.map((r) => r.id).join(', ')}`);
  let n = 0;
  for (const tone of TONES) {
    for (let variant = 0; variant < 5; variant += 1) {
      // Variant 4 is the no without its reason, with the open door and, where the reason allows, nothing offered.
      const bare = variant === 4;
      const alternative = bare && reason.alternatives.includes('none') ? 'none' : reason.alternatives[variant % reason.alternatives.length]!;
      const includeReason = !bare;
      const emptyFields = variant === 3;
      const vars: DraftVars = {};
      const typed: string[] = [];
      const own = TYPED_FOR_REASON[locale][reason.id] ?? {};
      for (const name of fieldsFor(reason.id, alternative, includeReason) as VarName[]) {
        const names = TYPED_NAMES[locale];
        const pool = own[name] ?? TYPED_VALUES[locale][name];
        const value = name === 'clientFirstName' ? (variant === 2 ? undefined : names.client[(n + variant) % names.client.length]![0])
          : name === 'myName' ? names.me[n % names.me.length]![0]
          : pool && !emptyFields ? pool[(n + variant) % pool.length] : undefined;
        if (value !== undefined) (vars as Record<string, string>)[name] = value;
        typed.push(`${name}: ${value ?? '(left empty)'}`);
      }
      const req: DraftRequest = {
        reason: reason.id, tone, locale, alternative, includeReason, plural: variant === 2, vars,
        formality: variant % 2 === 0 ? 'formal' : 'informal', keepDoorOpen: variant !== 1, variant,
        signOff: true, variety: variant % 2 === 0 ? 'latam' : 'spain',
      };
      n += 1;
      console.log(describeDraft(`${reason.id} ${tone} v${variant}`, req, typed));
    }
  }
}
