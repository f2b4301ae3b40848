// Two browser profiles of one user, with this test playing the browser's sync between them: the
// changes one profile made to storage.sync since the last delivery are written into the other's,
// whose storage.onChanged then fires as it does when real sync brings them.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, launch, type Harness, type MailPage } from './harness';
import { eventually } from './harness';
import { value } from './worker-messages';

type Items = Record<string, unknown>;
const template = (body: string) => ({ name: 'Rates', reason: 'schedule-full', locale: 'en', tone: 'warm', body });
const syncItems = (h: Harness): Promise<Items> => h.inWorker((g) => (g.browser ?? g.chrome).storage.sync.get(null));
const templateKeys = (items: Items): string[] => Object.keys(items).filter((k) => k.startsWith('t:')).sort();

/** Delivers what `from` changed in storage.sync since the last delivery into `to`. */
function syncBetween(...profiles: Harness[]) {
  const delivered = new Map(profiles.map((h) => [h, new Map<string, string>()]));
  return async (from: Harness, to: Harness): Promise<void> => {
    const now = await syncItems(from);
    const before = delivered.get(from)!;
    const set = Object.fromEntries(Object.entries(now).filter(([k, v]) => before.get(k) !== JSON.stringify(v)));
    const remove = [...before.keys()].filter((k) => !(k in now));
    delivered.set(from, new Map(Object.entries(now).map(([k, v]) => [k, JSON.stringify(v)])));
    await to.inWorker(async (g, change) => {
      const area = (g.browser ?? g.chrome).storage.sync;
      if (change.remove.length > 0) await area.remove(change.remove);
      if (Object.keys(change.set).length > 0) await area.set(change.set);
    }, { set, remove });
    // What `to` received is not news to send back; only its own writes after this are.
    const received = delivered.get(to)!;
    for (const [k, v] of Object.entries(set)) received.set(k, JSON.stringify(v));
    for (const k of remove) received.delete(k);
  };
}

describe.each(BROWSERS)('%s: two profiles exchanging storage.sync', (name) => {
  let laptop: Harness;
  let phone: Harness;
  let onLaptop: MailPage;
  let onPhone: MailPage;
  beforeAll(async () => {
    [laptop, phone] = await Promise.all([launch(name), launch(name)]);
    [onLaptop, onPhone] = await Promise.all([laptop.openExtensionPage('options.html'), phone.openExtensionPage('options.html')]);
  });
  afterAll(async () => Promise.all([laptop?.close(), phone?.close()]));

  test('a version deleted on one profile after it lost a conflict on the other leaves storage.sync on both', async () => {
    const deliver = syncBetween(laptop, phone);
    const bodyIn = async (h: Harness, key: string): Promise<unknown> => ((await syncItems(h))[key] as { body?: string } | undefined)?.body;

    const original = await value(onLaptop, 'templates/save', { template: template('First words.') });
    const key = `t:${original.id}`;
    await eventually('the laptop\'s first version in its storage.sync', () => bodyIn(laptop, key), (b) => b === 'First words.');
    await deliver(laptop, phone);
    await eventually('the template listed on the phone', () => value(onPhone, 'templates/list'), (l) => l.templates.some((t: any) => t.id === original.id));

    // Both edit offline; the phone's edit is the newer one.
    const laptopEdit = await value(onLaptop, 'templates/save', { id: original.id, template: template('Laptop words.') });
    await eventually('the laptop\'s edit in its storage.sync', () => bodyIn(laptop, key), (b) => b === 'Laptop words.');
    await eventually('the clock to pass the laptop\'s edit', async () => Date.now(), (now) => now > laptopEdit.updatedAt);
    await value(onPhone, 'templates/save', { id: original.id, template: template('Phone words.') });
    await eventually('the phone\'s edit in its storage.sync', () => bodyIn(phone, key), (b) => b === 'Phone words.');

    // The laptop's edit reaches the phone and loses there: a conflict copy.
    const copyKey = `t:${original.id}~${laptopEdit.rev}`;
    await deliver(laptop, phone);
    await eventually('a conflict copy in the phone\'s storage.sync', () => syncItems(phone), (items) => copyKey in items);

    // The laptop, still showing its own edit, deletes the template; then the two exchange until settled.
    await value(onLaptop, 'templates/delete', { id: original.id });
    await eventually('the template gone from the laptop\'s storage.sync', () => syncItems(laptop), (items) => !(key in items));
    await deliver(phone, laptop);
    await eventually('the template and its copy gone from the laptop\'s storage.sync', () => syncItems(laptop), (items) => !(copyKey in items) && !(key in items));
    await deliver(laptop, phone);
    await eventually('the template and its copy gone from the phone\'s storage.sync', () => syncItems(phone), (items) => !(copyKey in items) && !(key in items));
    await deliver(phone, laptop);

    for (const [h, page] of [[laptop, onLaptop], [phone, onPhone]] as const) {
      const listed = await eventually('one template listed', () => value(page, 'templates/list'), (l) => l.templates.length === 1);
      expect(listed.templates.map((t: any) => t.body)).toEqual(['Phone words.']);
      const items = await syncItems(h);
      expect(templateKeys(items)).toEqual(listed.templates.map((t: any) => `t:${t.id}`));
      const status = await value(page, 'sync/status');
      expect(status.itemsUsed).toBe(Object.keys(items).length);
    }
  });
});
