import { expect, test } from 'vitest';
import { spanishVarietyFor, varietyOf } from './spanish-variety';

test('Spanish from Spain in the browser gives vosotros drafts; any other region, or none, gives ustedes', () => {
  expect(spanishVarietyFor(['es-ES', 'en'])).toBe('spain');
  expect(spanishVarietyFor(['en-GB', 'es-es'])).toBe('spain');
  expect(spanishVarietyFor(['es-MX'])).toBe('latam');
  expect(spanishVarietyFor(['es-419', 'es-ES'])).toBe('latam');
  expect(spanishVarietyFor(['es'])).toBe('latam');
  expect(spanishVarietyFor(['es', 'es-ES'])).toBe('spain');
  expect(spanishVarietyFor(['en-US', 'it-IT'])).toBe('latam');
  expect(spanishVarietyFor(['eu-ES', 'est-EE'])).toBe('latam');
});

test('a variety the user chose wins over the browser\'s languages', () => {
  expect(varietyOf({ variety: 'latam' }, ['es-ES'])).toBe('latam');
  expect(varietyOf({}, ['es-ES'])).toBe('spain');
});
