// The README's figures. corpus/heldout/ holds messages written by someone who never saw the
// training set or the model; nothing is trained or tuned on them. The older held-out fixture
// (written against the cue tables) is printed as a second check.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { HELD_OUT_MESSAGES } from '../../src/core/suggest/held-out-messages.fixture';
import { suggestReasons } from '../../src/core/suggest/suggest-reasons';
import { readCorpus } from './corpus';
import { figures, figuresTable, hits, type Labelled } from './figures';
import { formalityFigures, formalityLine } from './formality-figures';

const dir = join(import.meta.dirname, '../../corpus/heldout');
const heldOut = existsSync(dir) && readdirSync(dir).some((name) => name.endsWith('.jsonl')) ? readCorpus(dir) : [];
const rank = (m: Labelled) => suggestReasons(m.text, m.locale).map((s) => s.reason);

// Until the held-out files are copied in there is nothing to measure: the test below then says so
// in its name and checks only that the older fixture still reads.
const HELD_OUT_FLOOR = { top1: 0.45, top3: 0.65 }; // below cross-validation's 56% and 78%: a regression floor, not the goal

describe('reason suggestion on held-out messages', () => {
  test(`corpus/heldout, ${heldOut.length} messages: figures per language and length printed, at least ${HELD_OUT_FLOOR.top1 * 100}% top-1 and ${HELD_OUT_FLOOR.top3 * 100}% top-3`, () => {
    console.log(heldOut.length ? '' : 'corpus/heldout/ has no .jsonl files: copy the held-out set there to print its figures');
    if (!heldOut.length) return;
    const rows = figures(hits(heldOut, rank));
    console.log(figuresTable('held-out (corpus/heldout)', rows));
    console.log(formalityLine('detectFormality on corpus/heldout', formalityFigures(heldOut)));
    expect(rows.map((r) => r.group)).toEqual(['all', 'en', 'es', 'it', 'short', 'medium', 'long']);
    expect(rows[0]!.top1).toBeGreaterThanOrEqual(HELD_OUT_FLOOR.top1);
    expect(rows[0]!.top3).toBeGreaterThanOrEqual(HELD_OUT_FLOOR.top3);
  });

  test('the older held-out fixture, written against the cue tables', () => {
    const rows = figures(hits(HELD_OUT_MESSAGES, rank));
    console.log(figuresTable('held-out-messages.fixture.ts', rows));
    expect(rows[0]!.top1).toBeGreaterThanOrEqual(0.5);
    expect(rows[0]!.top3).toBeGreaterThanOrEqual(0.7);
  });
});
