// A text with tone findings marked on their own words, for the panel's and the options page's
// previews. Findings without a span (a missing thanks) and overlaps mark nothing.
import type { JSX } from 'preact';
import type { Finding } from '../../core/types';

export function markedText(text: string, findings: readonly Finding[]): (string | JSX.Element)[] {
  const parts: (string | JSX.Element)[] = [];
  let at = 0;
  for (const f of [...findings].filter((x) => x.end > x.start).sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    parts.push(text.slice(at, f.start), <mark key={f.start}>{text.slice(f.start, f.end)}</mark>);
    at = f.end;
  }
  parts.push(text.slice(at));
  return parts;
}
