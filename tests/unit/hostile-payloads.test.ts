// The hardening corpus (tests/hardening/payloads.ts) is big and varied enough to mean something.
import { expect, test } from 'vitest';
import { PAYLOADS, TRIP_FUNCTION, TRIP_PATH, type PayloadKind } from '../hardening/payloads';

const KINDS: PayloadKind[] = ['script-tag', 'event-handler', 'javascript-url', 'data-url', 'svg', 'mathml', 'mutation-xss',
  'css-injection', 'long-string', 'malformed', 'rtl-override', 'null-byte', 'template-marker', 'encoded'];

test('at least 200 payloads, every kind with several of its own, no two alike', () => {
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(200);
  const counts = Object.fromEntries(KINDS.map((k) => [k, PAYLOADS.filter((p) => p.kind === k).length]));
  for (const kind of KINDS) expect(counts[kind], kind).toBeGreaterThanOrEqual(3);
  expect(new Set(PAYLOADS.map((p) => p.id)).size).toBe(PAYLOADS.length);
  expect(new Set(PAYLOADS.map((p) => p.text)).size).toBe(PAYLOADS.length);
});

test('each payload names itself, so a trip says which one ran', () => {
  for (const p of PAYLOADS) {
    expect(p.id).toMatch(/^[a-z0-9-]+$/);
    expect(p.text, p.id).toContain(p.id);
  }
  // Most call back or fetch by name; the rest (base64 frames) fetch by a name inside their encoding.
  expect(PAYLOADS.filter((p) => p.text.includes(`${TRIP_FUNCTION}('${p.id}')`) || p.text.includes(`${TRIP_PATH}${p.id}`)).length)
    .toBeGreaterThanOrEqual(PAYLOADS.length - 10);
});

test('the corpus reaches the limits: over the template body limit, field length, controls, bidi overrides and lone surrogates', () => {
  const texts = PAYLOADS.map((p) => p.text);
  expect(texts.some((t) => t.length > 4000)).toBe(true);
  expect(texts.some((t) => t.length > 300 && t.length <= 4000)).toBe(true);
  expect(texts.some((t) => t.includes('\u0000'))).toBe(true);
  expect(texts.some((t) => /[\u202a-\u202e\u2066-\u2069]/u.test(t))).toBe(true);
  expect(texts.some((t) => /[\uD800-\uDFFF]/.test(t.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')))).toBe(true); // a lone surrogate
  expect(texts.filter((t) => /<svg|<math/i.test(t)).length).toBeGreaterThanOrEqual(20);
});
