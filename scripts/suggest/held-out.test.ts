// The README's figures. corpus/heldout/ holds messages written by someone who never saw the
// training set or the model; nothing is trained or tuned on them. The older held-out fixture
// (written against the cue tables) is printed as a second check.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { HELD_OUT_MESSAGES } from '../../src/core/suggest/held-out-messages.fixture';
import { suggestReasons } from '../../src/core/suggest/suggest-reasons';
import { readCorpus, type CorpusMessage } from './corpus';
import { figures, figuresTable, hits, type Labelled } from './figures';
import { formalityFigures, formalityLine } from './formality-figures';

const dir = join(import.meta.dirname, '../../corpus/heldout');
const heldOut = readCorpus(dir);
// Written by yet another writer for detectFormality alone: {locale, formality, text} a line.
const formalityOnly = readFileSync(join(import.meta.dirname, '../../corpus/heldout-formality/es-it.jsonl'), 'utf8').trim().split('\n')
  .map((line) => JSON.parse(line) as Pick<CorpusMessage, 'text' | 'locale' | 'formality'>);
const rank = (m: Labelled) => suggestReasons(m.text, m.locale).map((s) => s.reason);

// The bar on the whole set; each language and length may sit a little under it.
const HELD_OUT_FLOOR = { top1: 0.75, top3: 0.92 };
const GROUP_FLOOR = { top1: 0.7, top3: 0.9 };

describe('reason suggestion on held-out messages', () => {
  test(`corpus/heldout, ${heldOut.length} messages: figures per language and length printed, at least ${HELD_OUT_FLOOR.top1 * 100}% top-1 and ${HELD_OUT_FLOOR.top3 * 100}% top-3`, () => {
    expect(heldOut.length).toBeGreaterThanOrEqual(60);
    const rows = figures(hits(heldOut, rank));
    console.log(figuresTable('held-out (corpus/heldout)', rows));
    const formality = formalityFigures([...heldOut, ...formalityOnly]);
    console.log(formalityLine('detectFormality on corpus/heldout and corpus/heldout-formality', formality));
    expect(formality.labelled).toBeGreaterThanOrEqual(60);
    expect(formality.right / formality.labelled).toBeGreaterThanOrEqual(0.95);
    expect(formality.wrong).toBeLessThanOrEqual(formality.answered * 0.02);
    expect(formality.englishAnswers).toBe(0);
    expect(rows.map((r) => r.group)).toEqual(['all', 'en', 'es', 'it', 'short', 'medium', 'long']);
    expect(rows[0]!.top1).toBeGreaterThanOrEqual(HELD_OUT_FLOOR.top1);
    expect(rows[0]!.top3).toBeGreaterThanOrEqual(HELD_OUT_FLOOR.top3);
    for (const row of rows) {
      expect(row.top1, row.group).toBeGreaterThanOrEqual(GROUP_FLOOR.top1);
      expect(row.top3, row.group).toBeGreaterThanOrEqual(GROUP_FLOOR.top3);
    }
  });

  test('the older held-out fixture, written against the cue tables', () => {
    const rows = figures(hits(HELD_OUT_MESSAGES, rank));
    console.log(figuresTable('held-out-messages.fixture.ts', rows));
    expect(rows[0]!.top1).toBeGreaterThanOrEqual(0.5);
    expect(rows[0]!.top3).toBeGreaterThanOrEqual(0.7);
  });
});
