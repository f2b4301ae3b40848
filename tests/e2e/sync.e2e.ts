import { describe, expect, test } from 'vitest';
import { BROWSERS, eventually } from './harness';
import { useBrowser } from './session';
import { send, syncedKey, value } from './worker-messages';

const template = (name: string, body: string) => ({ name, reason: 'schedule-full', locale: 'en', tone: 'warm', body });

describe.each(BROWSERS)('%s: personal templates through storage.sync', (name) => {
  const ctx = useBrowser(name, { optionsPage: true });

  test('a template saved through the worker is read back, and reaches storage.sync', async () => {
    const saved = await value(ctx.options, 'templates/save', { template: template('Fully booked', 'Hi {{clientFirstName}},\n\nMy calendar is full until {{date}}.') });
    expect((await value(ctx.options, 'templates/list')).templates).toEqual([saved]);
    const synced = await eventually(
      'the template to reach storage.sync',
      () => ctx.h.inWorker((g, key) => (g.browser ?? g.chrome).storage.sync.get(key), `t:${saved.id}`),
      (items: Record<string, unknown>) => Object.keys(items).length > 0,
    );
    expect(synced).toEqual({ [`t:${saved.id}`]: saved });
  });

  test('a bad variable is refused with its position', async () => {
    const answer = await send(ctx.options, 'templates/save', { template: template('Typo', 'Hi {{clientname}},') });
    expect(answer).toEqual({ ok: false, error: 'Line 1, column 4: {{clientname}} is not a variable this template can fill. Did you mean {{clientName}}?' });
  });

  test('a template written to storage.sync by another device is merged into this device', async () => {
    const remote = {
      id: 'from-phone-1', name: 'Written on the phone', reason: 'not-a-fit', locale: 'es', tone: 'neutral',
      body: 'Hola {{clientFirstName}}:\n\nGracias por pensar en mí.', rev: 'phone001:1', base: '', device: 'phone001',
      clock: { phone001: 1 }, updatedAt: 1_760_000_000_000,
    };
    await ctx.h.inWorker((g, item) => (g.browser ?? g.chrome).storage.sync.set({ 't:from-phone-1': item }), remote);
    const list = await eventually('the other device\'s template to be listed', () => value(ctx.options, 'templates/list'), (l) => l.templates.some((t: any) => t.id === remote.id));
    expect(list.templates.find((t: any) => t.id === remote.id)).toEqual(remote);
  });

  test('an edit made on another device at the same time as one here leaves both: the newer, and a conflict copy', async () => {
    const mine = await value(ctx.options, 'templates/save', { template: template('Shared', 'First words.') });
    await syncedKey(ctx.options, `t:${mine.id}`);
    await value(ctx.options, 'templates/save', { id: mine.id, template: template('Shared', 'Edited here.') });
    const theirs = { ...mine, body: 'Edited on the phone.', rev: 'phone001:1', base: mine.rev, device: 'phone001',
      clock: { ...mine.clock, phone001: 1 }, updatedAt: Date.now() + 60_000 };
    await ctx.h.inWorker((g, item) => (g.browser ?? g.chrome).storage.sync.set({ [`t:${item.id}`]: item }), theirs);
    const status = await eventually('one conflict in the sync status', () => value(ctx.options, 'sync/status'), (s) => s.conflicts.length === 1);
    expect(status.conflicts).toEqual([{ id: `${mine.id}~${mine.device}:2`, name: 'Shared', conflictOf: mine.id }]);
    const bodies = (await value(ctx.options, 'templates/list')).templates.filter((t: any) => t.name === 'Shared').map((t: any) => t.body);
    expect(bodies.sort()).toEqual(['Edited here.', 'Edited on the phone.']);
  });

  test('a synced item this version cannot read is left in place and explained in the browser\'s language', async () => {
    await ctx.h.inWorker((g) => (g.browser ?? g.chrome).storage.sync.set({ 't:broken': { id: 'broken', body: 42 } }));
    const status = await eventually('a problem in the sync status', () => value(ctx.options, 'sync/status'), (s) => s.problems.length > 0);
    expect(status.problems).toEqual([{ key: 'syncProblemItemUnreadable', detail: 't:broken',
      message: 'The synced item "t:broken" is not a template this version can read; it is left untouched.' }]);
    expect(await ctx.h.inWorker((g) => (g.browser ?? g.chrome).storage.sync.get('t:broken'))).toEqual({ 't:broken': { id: 'broken', body: 42 } });
  });

  test('past the storage.sync limits nothing is lost: every template is listed and the extra ones say "not synced"', async () => {
    // The browser itself refuses an item over 8,192 bytes: our limits are the browser's.
    const refused = await ctx.h.inWorker(async (g) => {
      try {
        await (g.browser ?? g.chrome).storage.sync.set({ oversize: 'x'.repeat(9000) });
        return '';
      } catch (error) {
        return String(error);
      }
    });
    expect(refused).toMatch(/quota|QUOTA_BYTES/iu);

    const body = `Hi {{clientFirstName}},\n\n${'My calendar is full for the next months, thank you for understanding. '.repeat(55)}`;
    const before = (await value(ctx.options, 'templates/list')).templates.length;
    for (let i = 0; i < 30; i++) await value(ctx.options, 'templates/save', { template: template(`Long ${i}`, body) });
    // Settled: every template is either in storage.sync or listed as kept on this device.
    const templatesInSync = () => ctx.h.inWorker(async (g) =>
      Object.keys(await (g.browser ?? g.chrome).storage.sync.get(null)).filter((k) => k.startsWith('t:') && k !== 't:broken').length);
    const { status, inSync } = await eventually(
      'every template in storage.sync or listed as kept on this device',
      async () => ({ status: await value(ctx.options, 'sync/status'), inSync: await templatesInSync() }),
      ({ status: s, inSync: n }) => n + s.localOnly.length === before + 30,
    );
    expect(inSync + status.localOnly.length).toBe(before + 30);
    expect(status.localOnly.length).toBeGreaterThan(0);
    expect(status.localOnly.every((t: any) => t.reason === 'quota')).toBe(true);
    expect(status.localOnly[0].message).toMatch(/Not synced.*full/u);
    expect(status.bytesUsed).toBeLessThanOrEqual(102_400);
    expect((await value(ctx.options, 'templates/list')).templates).toHaveLength(before + 30);
  });
});
