import { describe, expect, test, vi } from 'vitest';
import { MemoryArea } from '../../shared/storage/memory-area';
import { createStore } from '../../shared/storage/store';

// The handlers run against an in-memory store instead of the browser's storage areas.
vi.mock('../../shared/storage', () => ({
  store: createStore({ local: new MemoryArea({ limits: 'none' }), sync: new MemoryArea(), flushDelayMs: 60_000 }),
}));

// No team policy, unless a test sets one.
const managed = vi.hoisted(() => ({ policy: {} as unknown }));
vi.mock('../../shared/storage/managed', async () => {
  const { readTeamPolicy } = await import('../../core/team');
  return { readTeamState: async () => readTeamPolicy(managed.policy) };
});
vi.mock('../../shared/i18n', () => ({ t: (key: string, value: string) => `${key}: ${value}` }));

const { saveTemplate } = await import('./save-template');
const { deleteTemplate } = await import('./delete-template');
const { restoreTemplate } = await import('./restore-template');
const { listTemplates } = await import('./list-templates');
const { saveProfile } = await import('./save-profile');

const template = { name: 'Booked', reason: 'schedule-full' as const, locale: 'en' as const, tone: 'warm' as const, body: 'Hi {{clientFirstName}},' };

describe('template handlers check what pages send', () => {
  test('a template with a misspelt variable is refused with where it is, in the page language', async () => {
    await expect(saveTemplate({ template: { ...template, body: 'Hola,\nhasta {{ date }}.' }, uiLocale: 'es' }))
      .rejects.toThrow('Línea 2, columna 7: {{ date }} no está escrito como variable. Escríbelo así: {{date}}');
  });

  test('malformed requests get a clear error', async () => {
    await expect(saveTemplate(null as never)).rejects.toThrow('templates/save: the request must be an object');
    await expect(deleteTemplate({ id: 7 } as never)).rejects.toThrow('templates/delete: "id" must be a template id');
    await expect(saveProfile({ profile: { tone: 'shouty' } } as never)).rejects.toThrow('profile/save: unknown tone "shouty"');
  });

  test('save, delete and undo', async () => {
    const saved = await saveTemplate({ template: { ...template, extra: '<script>' } as never });
    expect(saved).not.toHaveProperty('extra');
    const { deleted } = await deleteTemplate({ id: saved.id });
    expect((await listTemplates()).templates).toEqual([]);
    const restored = await restoreTemplate({ id: deleted.id });
    expect((await listTemplates()).templates).toEqual([restored]);
    expect(restored.body).toBe(template.body);
  });
});

// Last: the template it saves stays in the store the other tests share.
describe('template handlers under a team policy', () => {
  test('a team that allows only its own templates refuses new personal ones, and still lets members edit theirs', async () => {
    const mine = await saveTemplate({ template });
    const { SAMPLE_TEAM_POLICY } = await import('../../core/team/sample-policy');
    managed.policy = { ...SAMPLE_TEAM_POLICY, locks: { personalTemplates: false } };
    try {
      await expect(saveTemplate({ template })).rejects.toThrow('teamPersonalLocked: Acme Studio');
      expect((await saveTemplate({ id: mine.id, template: { ...template, name: 'Booked solid' } })).name).toBe('Booked solid');
    } finally {
      managed.policy = {};
    }
  });
});
