// Loads a tests/fixtures page into jsdom's document, as the browser would parse it (scripts do not run).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function loadFixture(name: string, slots: Record<string, string> = {}): void {
  const html = readFileSync(resolve('tests/fixtures', name), 'utf8').replace(/<!-- slot:([\w-]+) -->/g, (_, slot: string) => slots[slot] ?? '');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
}
