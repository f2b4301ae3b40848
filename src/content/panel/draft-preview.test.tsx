// @vitest-environment jsdom
import { render } from 'preact';
import { expect, test, vi } from 'vitest';

vi.mock('../../shared/browser', () => ({ default: { i18n: { getMessage: (key: string, sub?: string[]) => (sub ? `${key}:${sub[0]}` : key) } } }));
const { DraftPreview } = await import('./draft-preview');

test('findings are marked on the very words they are about, and listed with their suggestion', () => {
  const root = document.body.appendChild(document.createElement('div'));
  const text = 'Hi Ana,\n\nI just think I cannot do it.';
  const just = text.indexOf('just');
  render(<DraftPreview text={text} edited={false} onEdit={() => undefined} findings={[
    { ruleId: 'minimizer', category: 'hedge', severity: 'warning', start: just, end: just + 4, message: 'Drop it.', suggestion: 'I cannot' },
    { ruleId: 'structure/thanks-missing', category: 'structure', severity: 'warning', start: 9, end: 9, message: 'Say thanks.' },
  ]} />, root);
  const preview = root.querySelector('[data-testid="dp-preview"]')!;
  expect(preview.textContent).toBe(text);
  expect([...preview.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['just']);
  expect([...root.querySelectorAll('[data-testid="dp-finding"]')].map((f) => f.textContent)).toEqual([
    'findingWarning:Drop it. findingSuggestion:I cannot',
    'findingWarning:Say thanks.',
  ]);
  expect(root.querySelector('textarea')!.value).toBe(text);
});
