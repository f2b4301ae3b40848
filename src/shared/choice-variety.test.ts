import { expect, test, vi } from 'vitest';
import { DEFAULT_PROFILE, type Profile } from '../core/profile';
import type { DraftRequest } from '../core/types';
import type { PanelLibrary } from './messages';

// Only what the panel asks for is checked here; how vosotros and ustedes read is the drafts' own test.
const requests = vi.hoisted(() => [] as DraftRequest[]);
vi.mock('../core/drafts/render-draft', () => ({
  renderDraftWith: (_: unknown, req: DraftRequest) => (requests.push(req), { text: '', html: '', parts: [] }),
}));
const { draftOf, initialChoice } = await import('./choice');

const library = (profile: Profile) => ({ drafts: {}, rules: {}, snapshot: { templates: [], profile, localOnly: {} }, suggestions: [] }) as unknown as PanelLibrary;
const varietyAsked = (profile: Profile, languages: string[]) => {
  const context = { facts: null, library: library(profile), languages };
  draftOf({ ...initialChoice(context), reason: 'schedule-full', locale: 'es', formality: 'informal' }, context);
  return requests.at(-1)!.variety;
};

test('Spanish drafts follow the profile\'s variety, and the browser\'s languages while the profile has none', () => {
  expect(varietyAsked({ ...DEFAULT_PROFILE, variety: 'latam' }, ['es-ES'])).toBe('latam');
  expect(varietyAsked({ ...DEFAULT_PROFILE, variety: 'spain' }, ['es-MX'])).toBe('spain');
  expect(varietyAsked(DEFAULT_PROFILE, ['es-ES', 'es'])).toBe('spain');
  expect(varietyAsked(DEFAULT_PROFILE, ['es-419'])).toBe('latam');
});
