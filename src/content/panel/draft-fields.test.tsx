// @vitest-environment jsdom
import { render } from 'preact';
import { expect, test, vi } from 'vitest';
import { DEFAULT_PROFILE } from '../../core/profile';
import type { PanelLibrary } from '../../shared/messages';
import type { Choice } from '../../shared/choice';

// Each message shows as its key in brackets, so a missing one (returned bare) is told apart.
vi.mock('../../shared/browser', () => ({ default: { i18n: { getMessage: (key: string) => `[${key}]` } } }));
const { DraftFields } = await import('./draft-fields');
const { fieldsOf } = await import('../../shared/choice');

// Which fields show depends on the reason alone: no draft wording or tone rule is needed here.
const library = { drafts: {}, rules: {}, snapshot: { templates: [], profile: DEFAULT_PROFILE, localOnly: {} }, suggestions: [] } as unknown as PanelLibrary;
const choice: Choice = { reason: 'contract-terms', tone: 'neutral', locale: 'en', formality: 'formal', includeReason: true, keepDoorOpen: true, variant: 0, typed: {} };

function show(values: Record<string, string>): HTMLElement {
  const root = document.body.appendChild(document.createElement('div'));
  render(<DraftFields fields={fieldsOf(choice, library)} values={values} onType={() => undefined} />, root);
  return root;
}
const field = (root: HTMLElement, name: string) => root.querySelector<HTMLInputElement>(`input[data-testid="dp-field"][data-var="${name}"]`);

test('refusing contract terms asks for the clause, with an example, and marks it recommended while it is empty', () => {
  const root = show({ clientFirstName: 'Ana' });
  const clause = field(root, 'clause')!;
  expect(clause.closest('label')!.textContent).toContain('[fieldclause]');
  expect(clause.placeholder).toBe('[hintclause]');
  expect(clause.dataset.recommended).toBe('true');
  const note = root.querySelector(`#${clause.getAttribute('aria-describedby')!}`);
  expect(note?.textContent).toBe('[fieldRecommended]');
  // The client's name is not one the draft needs to name the thing refused.
  expect(field(root, 'clientFirstName')!.hasAttribute('data-recommended')).toBe(false);
});

test('once the clause is filled in, the recommendation goes away', () => {
  const clause = field(show({ clause: 'the non-compete clause' }), 'clause')!;
  expect(clause.value).toBe('the non-compete clause');
  expect(clause.hasAttribute('data-recommended')).toBe(false);
  expect(clause.hasAttribute('aria-describedby')).toBe(false);
});

test('a clause of only spaces still counts as empty', () => {
  expect(field(show({ clause: '   ' }), 'clause')!.dataset.recommended).toBe('true');
});
