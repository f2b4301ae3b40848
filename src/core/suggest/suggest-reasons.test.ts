import { expect, test } from 'vitest';
import { confidentReasons } from './confidence';
import { suggestReasons } from './suggest-reasons';

test('only reasons with a positive score come back, best first; nothing for an empty message', () => {
  const ranked = suggestReasons('Could you guarantee the results? If it does not work we want our money back.');
  expect(ranked.length).toBeGreaterThan(0);
  expect(ranked.every((s) => s.score > 0)).toBe(true);
  expect(ranked.map((s) => s.score)).toEqual([...ranked.map((s) => s.score)].sort((a, b) => b - a));
  expect(ranked[0]?.reason).toBe('guarantee-demanded');
  expect(suggestReasons('')).toEqual([]);
  expect(suggestReasons('zzqx wvkj')).toEqual([]);
});

test('a thank-you note with nothing to refuse is not marked as suggested', () => {
  expect(confidentReasons(suggestReasons('Hi Sam, thanks for the files, they look good. Talk soon, Laura'))).toEqual([]);
});

test('the quoted earlier message below a reply does not decide the reason', () => {
  const reply = 'Hola Sam, ¿me podrías tener la web lista para el jueves? Nos adelantaron la feria y no llegamos.';
  const quoted = `${reply}\n\nEl lun, 3 mar 2025 a las 10:12, Sam (<sam@example.com>) escribió:\n> Te paso el contrato con la cláusula de exclusividad y la garantía de resultados.`;
  expect(suggestReasons(quoted)[0]?.reason).toBe(suggestReasons(reply)[0]?.reason);
});

test('long adversarial input is handled in one linear pass', () => {
  expect(suggestReasons('a'.repeat(200_000))).toEqual([]);
  expect(suggestReasons(' '.repeat(200_000))).toEqual([]);
  expect(suggestReasons('pay '.repeat(50_000)).length).toBeLessThan(19);
});
