// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { DEFAULT_PROFILE, type Profile } from '../core/profile';

vi.mock('../shared/browser', () => ({
  default: { i18n: { getMessage: (key: string) => key, getUILanguage: () => 'es-ES' } },
}));
const send = vi.hoisted(() => vi.fn());
vi.mock('../shared/messages', () => ({ sendToBackground: send }));
const { ProfileForm } = await import('./profile-form');

let root: HTMLElement;
// Preact runs effects after the next frame: the form follows the stored profile only then.
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 50));
const stored: Profile = { ...DEFAULT_PROFILE, myName: 'Lucía', locale: 'es', formality: 'informal' };
const variety = () => root.querySelector<HTMLSelectElement>('select[name="variety"]')!;
const save = async (): Promise<Profile> => {
  root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
  await settle();
  return (send.mock.calls.at(-1)![1] as { profile: Profile }).profile;
};

beforeEach(() => {
  send.mockReset();
  send.mockImplementation((_type: string, { profile }: { profile: Profile }) => Promise.resolve(profile));
  root = document.body.appendChild(document.createElement('div'));
});
afterEach(() => {
  render(null, root);
  root.remove();
});

test('the Spanish variety sits next to the form of address and is saved as chosen', async () => {
  render(<ProfileForm stored={{ ...stored, variety: 'spain' }} />, root);
  await settle();
  expect(variety().closest('label')!.textContent).toContain('optionsVariety');
  expect(root.querySelector('select[name="formality"]')!.closest('label')!.nextElementSibling).toBe(variety().closest('label'));
  expect([...variety().options].map((o) => [o.value, o.textContent])).toEqual([['spain', 'optionsVarietySpain'], ['latam', 'optionsVarietyLatam']]);
  variety().value = 'latam';
  variety().dispatchEvent(new Event('change'));
  await settle();
  expect(await save()).toMatchObject({ myName: 'Lucía', formality: 'informal', variety: 'latam' });
});

test('a profile from before the setting shows the browser\'s Spanish (Spain here) and keeps it on the first save', async () => {
  render(<ProfileForm stored={stored} />, root);
  expect(variety().value).toBe('spain');
  expect(await save()).toMatchObject({ variety: 'spain' });
});
