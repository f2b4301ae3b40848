// Composes a refusal from its parts (docs/design.md section 3): greeting, an acknowledgement that fits
// where the relationship stands, empathy (warm), the no joined with its reason, an alternative
// worded for this reason with the next step on it (or, with nothing offered, a closing line that
// fits where the relationship stands), and the sign-off. Optional parts drop out whole, so a draft never shows a gap, an
// unfilled variable or "Dear ,".
import { reasonById } from '../reasons';
import { isLocale, isTone, unhandledLocale, type AlternativeId, type Draft, type DraftRequest, type DraftVars } from '../types';
import { paragraphsToHtml } from '../escape-html';
import { forTone, nextStepFor, type DraftLibrary, type OfferedAlternative, type PerTone } from './library';
import { pickWording, type Address, type WordingContext } from './wording';
import { cleanValue } from './values';

const TEXT_VARS = ['clientName', 'clientFirstName', 'myName', 'referralName', 'referralContact',
  'date', 'rate', 'policy', 'agreement', 'offer', 'clause', 'declined', 'resources', 'amount'] as const;

function cleanValues(vars: DraftVars = {}): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = {};
  for (const name of TEXT_VARS) values[name] = cleanValue(vars[name]);
  // A greeting needs a name to call the client by: the full name will do when no first name was found.
  values.clientFirstName ??= values.clientName;
  return values;
}

const gender = (value: unknown) => (value === 'f' || value === 'm' ? value : undefined);

function addressOf(req: DraftRequest): Address {
  if (!req.plural) return req.formality === 'informal' ? 0 : 1;
  if (req.formality !== 'informal') return 2;
  switch (req.locale) {
    // Latin American Spanish has no informal plural of its own: a group on first-name terms is ustedes too.
    case 'es': return req.variety === 'spain' ? 3 : 2;
    case 'en': case 'it': return 3;
    default: return unhandledLocale(req.locale);
  }
}

export function renderDraftWith(library: DraftLibrary, req: DraftRequest): Draft {
  const reason = reasonById(req.reason);
  if (!isTone(req.tone)) throw new RangeError(`Unknown tone "${String(req.tone)}"`);
  if (!isLocale(req.locale)) throw new RangeError(`Unknown language "${String(req.locale)}"`);
  const alternative = (req.alternative ?? reason.alternatives[0]!) as AlternativeId;
  if (!reason.alternatives.includes(alternative)) {
    throw new RangeError(`"${reason.id}" does not offer the alternative "${alternative}"`);
  }
  const { tone, locale } = req;
  const lang = library[locale];
  const parts = lang.reasons[reason.id];
  const variant = Number.isFinite(req.variant) ? Math.trunc(req.variant!) : 0;
  const values = cleanValues(req.vars);
  const ctx: WordingContext = {
    locale, address: addressOf(req), variety: req.variety === 'spain' ? 'spain' : 'latam', formal: req.formality !== 'informal', reasonGiven: req.includeReason !== false, alternative,
    clientGender: gender(req.vars?.clientGender), myGender: gender(req.vars?.myGender), values: { ...values }, typed: values,
  };

  // Each value appears once: a part that used the date leaves the later parts to word it without.
  const take = (part: PerTone | undefined, what: string): string => {
    const picked = part && pickWording(forTone(part, tone), ctx, variant);
    if (!picked) throw new Error(`No ${locale} wording for the ${what} of "${reason.id}" (${tone})`);
    ctx.values = Object.fromEntries(Object.entries(ctx.values).filter(([name]) => !picked.vars.includes(name)));
    return picked.text;
  };

  const greeting = take(parts.greeting ?? lang.greeting, 'greeting');
  const opening = take(parts.opening, 'opening');
  const empathy = tone === 'warm' && parts.empathy ? take(parts.empathy, 'empathy') : undefined;
  const decision = req.includeReason === false ? take(parts.decision, 'decision') : take(parts.explained, 'explained decision');
  const offered = alternative === 'none' ? undefined : alternative as OfferedAlternative;
  const offer = offered && take(parts.alternatives[offered], `alternative "${offered}"`);
  // Disrespect or an unethical request never gets an open door (docs/design.md section 3).
  const closeWith = req.keepDoorOpen === false || reason.id === 'disrespect-or-ethics' ? undefined
    : offered ? nextStepFor(parts, offered) : parts.door;
  const closingLine = closeWith && take(closeWith, offered ? `next step after "${offered}"` : 'closing line');
  const signOff = take(parts.signOff ?? lang.signOff, 'sign-off');
  const name = req.signOff === false ? undefined : values.myName;

  const paragraphs = [[greeting], [opening, empathy], [decision], [offer, closingLine], [signOff]]
    .map((sentences) => sentences.filter(Boolean).join(' '))
    .filter((p) => p !== '');
  paragraphs[paragraphs.length - 1] += name ? `\n${name}` : '';
  return { text: paragraphs.join('\n\n'), html: paragraphsToHtml(paragraphs) };
}
