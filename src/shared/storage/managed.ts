// The team library's source: what the organisation's browser policy puts in storage.managed.
// Pages and the panel hear when the policy changes while the browser runs.
import browser from '../browser';
import { readTeamPolicy, type TeamState } from '../../core/team';
import type { Locale } from '../../core/types';

/** The policy as the browser hands it over, validated; no policy is no team. */
export async function readTeamState(uiLocale: Locale): Promise<TeamState> {
  // Firefox rejects the read when no policy names this add-on: that is no team, not a fault.
  const managed = await browser.storage.managed.get().catch(() => ({}));
  return readTeamPolicy(managed, uiLocale);
}

/** Calls back when the organisation changes the policy (Chromium re-reads it while running). */
export function onTeamPolicyChanged(callback: () => void, signal?: AbortSignal): void {
  const listener = (_changes: unknown, area: string): void => {
    if (area === 'managed') callback();
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
