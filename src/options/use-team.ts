// The team library from the organisation's policy, kept current while the page is open.
import { useEffect, useState } from 'preact/hooks';
import type { TeamState } from '../core/team';
import { sendToBackground } from '../shared/messages';
import { onTeamPolicyChanged } from '../shared/storage/managed';
import { uiLocale } from './labels';

export function useTeam(): TeamState {
  const [state, setState] = useState<TeamState>({});
  useEffect(() => {
    const stop = new AbortController();
    const read = (): void => void sendToBackground('team/get', { uiLocale }).then(setState)
      .catch((error: unknown) => console.warn('Decline Politely: team policy', error));
    onTeamPolicyChanged(read, stop.signal);
    read();
    return () => stop.abort();
  }, []);
  return state;
}
