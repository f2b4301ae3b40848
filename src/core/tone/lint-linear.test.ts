// Hostile input must lint like ordinary text of the same length. No time is measured here (a
// timed assertion fails on a busy machine): a pattern that backtracked catastrophically on
// 200,000 characters would run for hours, far past the test's ceiling, and that ceiling is the
// check. How long hostile input takes beside ordinary text is a figure of `npm run bench`.
import { expect, test } from 'vitest';
import { LOCALES } from '../types';
import { lintDraft } from './lint-draft';
import { HOSTILE_DRAFTS, HOSTILE_DRAFT_LENGTH, ORDINARY_DRAFT_UNIT, fill } from './hostile-drafts.fixture';

test.each(LOCALES)('%s: 200,000 characters of hostile input lint to findings inside the text, with no catastrophic backtracking', (locale) => {
  const normal = lintDraft(fill(ORDINARY_DRAFT_UNIT[locale]), { locale, tone: 'neutral' });
  expect(normal.every((f) => f.start >= 0 && f.end <= HOSTILE_DRAFT_LENGTH)).toBe(true);
  for (const [name, text] of Object.entries(HOSTILE_DRAFTS)) {
    const findings = lintDraft(text, { locale, tone: 'firm' });
    expect(findings.every((f) => f.start >= 0 && f.end <= text.length), name).toBe(true);
  }
}, 120_000); // 57 lints of 200,000 characters take seconds on a busy machine; a catastrophic backtrack takes hours
