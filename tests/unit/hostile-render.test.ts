// @vitest-environment jsdom
// Every hardening payload, as a template body and as a variable value, comes out of rendering and
// sanitizing as text: the same words, and only the sanitizer's allowed formatting around them.
import { expect, test } from 'vitest';
import { renderDraft } from '../../src/core';
import { renderTemplate } from '../../src/core/templates/render';
import { validateTemplate } from '../../src/core/templates/validate';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, ALLOWED_URL, textToHtml, toEditorLines } from '../../src/shared/sanitize';
import { comparable, disallowedIn } from '../hardening/allowed-dom';
import { PAYLOADS } from '../hardening/payloads';

const ALLOW = { tags: ALLOWED_TAGS, attributes: ALLOWED_ATTRIBUTES, url: ALLOWED_URL.source };

/** What the content script hands the page (chunk.ts prepareDraft), parsed as the page would. */
function inserted(draft: { html: string; text: string }): HTMLElement {
  const box = document.createElement('div');
  box.id = 'box';
  box.innerHTML = toEditorLines(draft.html.trim() ? draft.html : textToHtml(draft.text));
  document.body.replaceChildren(box);
  return box;
}
const problems = () => disallowedIn({ root: '#box', allow: ALLOW });

test('as template bodies: the valid ones insert as their own text with only allowed formatting; the rest are refused', () => {
  let refused = 0;
  for (const p of PAYLOADS) {
    if (validateTemplate({ name: p.id, reason: 'schedule-full', locale: 'en', tone: 'neutral', body: p.text }).length) {
      refused += 1;
      continue;
    }
    const box = inserted(renderTemplate({ body: p.text, locale: 'en' }));
    expect(problems(), p.id).toEqual([]);
    expect(comparable(box.textContent ?? ''), p.id).toBe(comparable(p.text));
  }
  expect(refused).toBeGreaterThan(0);
  expect(refused).toBeLessThan(PAYLOADS.length / 10);
}, 600_000);

test('as variable values: each lands as text, cleaned of controls and bidi overrides only', () => {
  for (const p of PAYLOADS) {
    const draft = renderDraft({ reason: 'schedule-full', tone: 'neutral', locale: 'en', vars: { clientFirstName: p.text, date: p.text, myName: 'Sam' } });
    const box = inserted(draft);
    expect(problems(), p.id).toEqual([]);
    expect(comparable(box.textContent ?? ''), p.id).toContain(comparable(p.text));
  }
}, 600_000);
