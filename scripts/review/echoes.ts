// `npx tsx scripts/review/echoes.ts <en|es|it>` lists words a draft says twice: the echo
// ("the project… the project") reviewers flag most. It renders every reason, tone, form of
// address, alternative and wording with realistic values and counts, per reason and tone, the
// drafts in which a long word's stem comes back in the body.
import { LOCALES, REASONS, TONES, renderDraft, type DraftVars, type Locale } from '../../src/core/index';
import { TYPED_FOR_REASON, TYPED_NAMES, TYPED_VALUES } from './typed-values';

// Long words that carry no topic of their own, so saying them twice is not an echo.
const FUNCTION_WORDS = new Set([
  'because', 'should', 'would', 'could', 'there', 'their', 'which', 'about', 'please', 'thank', 'thanks',
  'porque', 'cuando', 'puedo', 'quiero', 'gracias', 'perché', 'quando', 'posso', 'grazie', 'questo', 'questa', 'quello', 'quella',
  'nuestro', 'nuestra', 'vostro', 'vostra', 'nostro', 'nostra', 'estos', 'estas', 'ustedes', 'vosotros', 'tuttavia', 'sempre', 'siempre',
]);
const fold = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const locale = process.argv[2] as Locale;
if (!LOCALES.includes(locale)) throw new Error(`usage: echoes.ts ${LOCALES.join('|')}`);
const first = (name: keyof DraftVars, reason: string): string | undefined =>
  (TYPED_FOR_REASON[locale][reason as never]?.[name] ?? TYPED_VALUES[locale][name])?.[0];

const found = new Map<string, { drafts: number; total: number; stems: Map<string, number>; example: string }>();
for (const reason of REASONS) for (const tone of TONES) for (const alternative of reason.alternatives)
  for (const address of [{ formality: 'formal' as const }, { formality: 'informal' as const }, { plural: true }])
    for (const includeReason of [true, false]) for (const variant of [0, 1, 2, 3]) {
      const vars: DraftVars = { clientFirstName: TYPED_NAMES[locale].client[0]![0], myName: TYPED_NAMES[locale].me[0]![0] };
      for (const name of ['date', 'rate', 'policy', 'agreement', 'offer', 'referralName', 'referralContact', 'clause', 'declined', 'resources', 'amount'] as const) {
        vars[name] = first(name, reason.id);
      }
      const { text } = renderDraft({ reason: reason.id, tone, locale, alternative, includeReason, variant, vars, ...address });
      const body = text.split('\n\n').slice(1, -1).join(' ');
      const stems = new Map<string, number>();
      for (const word of body.match(/\p{L}{6,}/gu) ?? []) {
        const folded = fold(word);
        if (FUNCTION_WORDS.has(folded)) continue;
        const stem = folded.slice(0, 6);
        stems.set(stem, (stems.get(stem) ?? 0) + 1);
      }
      const echoes = [...stems].filter(([, n]) => n > 1).map(([stem]) => stem);
      const key = `${reason.id} / ${tone}`;
      const entry = found.get(key) ?? { drafts: 0, total: 0, stems: new Map(), example: '' };
      entry.total += 1;
      if (echoes.length > 0) {
        entry.drafts += 1;
        for (const stem of echoes) entry.stems.set(stem, (entry.stems.get(stem) ?? 0) + 1);
        if (!entry.example) entry.example = `[${echoes.join(', ')}] ${body}`;
      }
      found.set(key, entry);
    }

let drafts = 0;
let total = 0;
for (const [key, entry] of found) {
  drafts += entry.drafts;
  total += entry.total;
  if (entry.drafts === 0) continue;
  const stems = [...entry.stems].sort((a, b) => b[1] - a[1]).map(([stem, n]) => `${stem}…×${n}`).join(' ');
  console.log(`${key}: ${entry.drafts}/${entry.total} drafts echo: ${stems}\n  e.g. ${entry.example}`);
}
console.log(`\n${drafts} of ${total} ${locale} drafts say a long word twice`);
