// The panel chunk (dist/*/panel.js, from chunk.ts) is imported on first use only, through its
// web-accessible URL, so the always-loaded script stays small.
import browser from '../shared/browser';

type Chunk = typeof import('./chunk');
let chunk: Promise<Chunk> | undefined;

export function loadChunk(): Promise<Chunk> {
  chunk ??= import(browser.runtime.getURL('panel.js')) as Promise<Chunk>;
  chunk.catch(() => (chunk = undefined));
  return chunk;
}
