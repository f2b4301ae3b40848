// Composes a refusal from its parts (DESIGN.md section 3): greeting, specific thanks, empathy
// (warm), the decision, the reason, the alternative, the open door and the sign-off. Optional
// parts drop out whole, so a draft never shows a gap, an unfilled variable or "Dear ,".
import { reasonById } from '../reasons';
import { isLocale, isTone, type AlternativeId, type Draft, type DraftRequest, type DraftVars } from '../types';
import { paragraphsToHtml } from '../escape-html';
import { forTone, type DraftLibrary, type PerTone } from './library';
import { pickWording, type Address, type WordingContext } from './wording';
import { cleanValue } from './values';

const TEXT_VARS = ['clientName', 'clientFirstName', 'myName', 'referralName', 'referralContact',
  'date', 'rate', 'policy', 'agreement', 'offer'] as const;

function cleanValues(vars: DraftVars = {}): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = {};
  for (const name of TEXT_VARS) values[name] = cleanValue(vars[name]);
  // A greeting needs a name to call the client by: the full name will do when no first name was found.
  values.clientFirstName ??= values.clientName;
  return values;
}

const gender = (value: unknown) => (value === 'f' || value === 'm' ? value : undefined);

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
  const address: Address = req.plural ? 2 : req.formality === 'informal' ? 0 : 1;
  const ctx: WordingContext = {
    locale, address, clientGender: gender(req.vars?.clientGender), myGender: gender(req.vars?.myGender), values: { ...values },
  };

  // Each value appears once: a part that used the date leaves the later parts to word it without.
  const take = (part: PerTone, what: string, optional = false): string | undefined => {
    const picked = pickWording(forTone(part, tone), ctx, variant);
    if (!picked) {
      if (optional) return undefined;
      throw new Error(`No ${locale} wording for the ${what} of "${reason.id}" (${tone})`);
    }
    ctx.values = Object.fromEntries(Object.entries(ctx.values).filter(([name]) => !picked.vars.includes(name)));
    return picked.text;
  };

  const greeting = take(lang.greeting, 'greeting');
  const thanks = take(parts.thanks, 'thanks');
  const empathy = tone === 'warm' ? take(parts.empathy, 'empathy', true) : undefined;
  const decision = take(parts.decision, 'decision');
  const why = req.includeReason === false ? undefined : take(parts.reason, 'reason');
  const offer = alternative === 'none' ? undefined
    : take(parts.alternatives?.[alternative] ?? lang.alternatives[alternative], `alternative "${alternative}"`);
  const doorOpen = req.keepDoorOpen !== false && reason.id !== 'disrespect-or-ethics';
  const doorPart = (offer === undefined ? undefined : parts.openDoorAfterOffer)
    ?? parts.openDoor ?? lang.openDoor[reason.ongoing ? 'ongoing' : 'new'];
  const door = doorOpen ? take(doorPart, 'open door') : undefined;
  const closing = take(lang.closing, 'closing')!;
  const name = req.signOff === false ? undefined : values.myName;

  const paragraphs = [[greeting], [thanks, empathy], [decision, why], [offer, door], [closing]]
    .map((sentences) => sentences.filter(Boolean).join(' '))
    .filter((p) => p !== '');
  paragraphs[paragraphs.length - 1] += name ? `\n${name}` : '';
  return { text: paragraphs.join('\n\n'), html: paragraphsToHtml(paragraphs) };
}
