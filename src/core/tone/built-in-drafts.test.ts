// Our own drafts must pass our own tone rules: every built-in draft, in every tone, language,
// form of address and option, with and without values and in several wordings, lints with no
// warning for its tone when linted with its reason.
import { expect, test } from 'vitest';
import { LOCALES, REASONS, TONES, lintDraft, renderDraft, type DraftVars } from '../index';

const VALUES: DraftVars = { clientFirstName: 'Ana', myName: 'Sam', date: 'marzo', rate: '60 €', policy: 'una ronda de revisiones',
  agreement: 'el contrato', offer: 'dos entradas', referralName: 'Marta Ruiz', referralContact: 'marta@example.com' };

test('every built-in draft passes its own tone with no warning', { timeout: 600_000 }, () => {
  const warnings: string[] = [];
  let drafts = 0;
  for (const reason of REASONS) for (const tone of TONES) for (const locale of LOCALES)
    for (const formality of ['formal', 'informal'] as const) for (const plural of [false, true])
      for (const includeReason of [true, false]) for (const keepDoorOpen of [true, false])
        for (const alternative of reason.alternatives) for (const vars of [VALUES, {}]) for (const variant of [0, 1, 2, 3]) {
          const { text } = renderDraft({ reason: reason.id, tone, locale, formality, plural, includeReason, keepDoorOpen, alternative, variant, vars });
          drafts += 1;
          for (const f of lintDraft(text, { locale, tone, reason: reason.id })) {
            if (f.severity === 'warning') warnings.push(`${reason.id}/${tone}/${locale}/${formality}/${alternative}/v${variant}: ${f.ruleId} "${text.slice(f.start, f.end)}"\n${text}`);
          }
        }
  expect(warnings.slice(0, 3)).toEqual([]);
  const alternatives = REASONS.reduce((n, r) => n + r.alternatives.length, 0);
  const addresses = 4; // tú/tu, usted/Lei, ustedes/Voi, and a group on first-name terms
  expect(drafts).toBe(alternatives * TONES.length * LOCALES.length * addresses * 2 * 2 * 2 * 4);
});

test('"kind of" is a hedge, but "this kind of work" is not', () => {
  const ids = (text: string) => lintDraft(text, { locale: 'en', tone: 'firm' }).map((f) => text.slice(f.start, f.end));
  expect(ids('Hi Ana,\n\nThank you. I kind of need more time.\n\nRegards,')).toContain('kind of');
  expect(ids('Hi Ana,\n\nThank you. I can\'t take on this kind of work.\n\nRegards,')).not.toContain('kind of');
});
