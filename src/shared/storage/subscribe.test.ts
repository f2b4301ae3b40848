import { expect, test, vi } from 'vitest';
import { MemoryArea } from './memory-area';
import { createStore } from './store';

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
const listeners = new Set<Listener>();
const pageLocal = new MemoryArea({ limits: 'none' });
vi.mock('../browser', () => ({
  default: { storage: {
    onChanged: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
    local: { get: (keys: string) => pageLocal.get(keys) },
  } },
}));
const { onLibraryChanged, readLibrary } = await import('./subscribe');

test('a page hears about each saved template until it stops listening', async () => {
  const local = new MemoryArea({ limits: 'none' });
  local.onChanged((changes) => listeners.forEach((l) => l(changes, 'local')));
  const store = createStore({ local, sync: new MemoryArea(), flushDelayMs: 60_000 });
  const seen: string[][] = [];
  const stop = new AbortController();
  onLibraryChanged((snapshot) => seen.push(snapshot.templates.map((t) => t.name)), stop.signal);

  await store.save({ name: 'Budget', reason: 'budget-too-low', locale: 'it', tone: 'firm', body: 'Grazie.' });
  expect(seen.at(-1)).toEqual(['Budget']);
  stop.abort();
  await store.save({ name: 'Another', reason: 'not-a-fit', locale: 'it', tone: 'firm', body: 'Grazie.' });
  expect(seen.at(-1)).toEqual(['Budget']);
  expect(listeners.size).toBe(0);
});

test('a page reads the templates and profile straight from the mirror, and nothing before there is one', async () => {
  expect(await readLibrary()).toBeUndefined();
  const store = createStore({ local: pageLocal, sync: new MemoryArea(), flushDelayMs: 60_000 });
  await store.save({ name: 'Budget', reason: 'budget-too-low', locale: 'it', tone: 'firm', body: 'Grazie.' });
  await store.saveProfile({ ...(await store.getProfile()), myName: 'Sam' });
  const read = await readLibrary();
  expect(read).toEqual(await store.list());
  expect(read?.profile.myName).toBe('Sam');
});
