import { describe, expect, test } from 'vitest';
import { REASON_IDS } from '../types';
import { CLIENT_MESSAGES, type LabelledMessage } from './client-messages.fixture';
import { HELD_OUT_MESSAGES } from './held-out-messages.fixture';
import { cueReasons } from './cue-reasons';

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function accuracy(messages: readonly LabelledMessage[]): { top1: number; top3: number } {
  let top1 = 0;
  let top3 = 0;
  for (const { text, locale, reason } of messages) {
    const ranked = cueReasons(text, locale).map((suggestion) => suggestion.reason);
    if (ranked[0] === reason) top1 += 1;
    if (ranked.slice(0, 3).includes(reason)) top3 += 1;
  }
  return { top1: top1 / messages.length, top3: top3 / messages.length };
}

describe('cueReasons (one of the reason model\'s inputs) on client messages', () => {
  test('on the messages the cues were tuned on, the labelled reason comes first', () => {
    const { top1, top3 } = accuracy(CLIENT_MESSAGES);
    console.log(`cueReasons, ${CLIENT_MESSAGES.length} messages: top-1 ${percent(top1)}, top-3 ${percent(top3)}`);
    expect(top1).toBeGreaterThanOrEqual(0.98);
    expect(top3).toBeGreaterThanOrEqual(0.98);
  });

  test('on messages written after the last tuning, the labelled reason is often among the first', () => {
    const { top1, top3 } = accuracy(HELD_OUT_MESSAGES);
    console.log(`cueReasons, ${HELD_OUT_MESSAGES.length} held-out messages: top-1 ${percent(top1)}, top-3 ${percent(top3)}`);
    expect(top1).toBeGreaterThanOrEqual(0.38);
    expect(top3).toBeGreaterThanOrEqual(0.5);
  });

  test('the messages cover every reason in every language', () => {
    for (const locale of ['en', 'es', 'it'] as const) {
      const covered = new Set(CLIENT_MESSAGES.filter((m) => m.locale === locale).map((m) => m.reason));
      expect([...REASON_IDS].filter((reason) => !covered.has(reason))).toEqual([]);
    }
  });
});

describe('cueReasons behaviour', () => {
  test('a message with nothing to refuse suggests nothing', () => {
    expect(cueReasons('Hi Sam, thanks for the files, they look good. Talk soon, Laura')).toEqual([]);
    expect(cueReasons('')).toEqual([]);
  });

  test('accents are optional: "perche", "garantia" and "llamame" match like their accented forms', () => {
    expect(cueReasons('Me garantizas que funciona? Sin garantia no firmo.')[0]?.reason).toBe('guarantee-demanded');
    expect(cueReasons('Llamame esta noche, porfa')[0]?.reason).toBe('after-hours');
    expect(cueReasons('Ti chiedo uno sconto perche il budget e poco')[0]?.reason).toBe('budget-too-low');
  });

  test('a cue inside a longer word does not count', () => {
    // "ora" (now) is inside "ancora" and "lavora"; "gratis" inside "gratissimo" is not a cue either.
    expect(cueReasons('Lavora ancora con loro?').some((s) => s.reason === 'buy-time')).toBe(false);
  });

  test('cues from every language count, whatever the message language', () => {
    const mixed = cueReasons('Hi Ana, quick one from our Madrid office: el cliente pide un descuento en la factura final.', 'en');
    expect(mixed.map((s) => s.reason)).toContain('discount-after-delivery');
  });

  test("the message's own language weighs its cues a little more", () => {
    const text = 'Can you hop on a call on Sunday?';
    const plain = cueReasons(text).find((s) => s.reason === 'after-hours')?.score ?? 0;
    const boosted = cueReasons(text, 'en').find((s) => s.reason === 'after-hours')?.score ?? 0;
    expect(boosted).toBeGreaterThan(plain);
  });

  test('non-compete and exclusivity clauses are recognised with or without hyphens', () => {
    for (const text of ['Please sign the noncompete.', 'Please sign the non compete.', 'Firma el pacto de no competencia.', 'Serve un patto di non-concorrenza.']) {
      expect(cueReasons(text)[0]?.reason).toBe('contract-terms');
    }
  });

  test('long adversarial input is handled in one linear pass', () => {
    expect(cueReasons('a'.repeat(200_000))).toEqual([]);
    expect(cueReasons(' '.repeat(200_000))).toEqual([]);
    expect(cueReasons('pay '.repeat(50_000)).some((s) => s.reason === 'cannot-pay')).toBe(false);
    const repeated = cueReasons('as we as we as we '.repeat(20_000) + 'as we agreed');
    expect(repeated[0]?.reason).toBe('as-agreed-in-writing');
    const gaps = cueReasons(`pay ${'x'.repeat(100_000)} ${'y '.repeat(50_000)}later`);
    expect(gaps.some((s) => s.reason === 'cannot-pay')).toBe(false);
  });
});
