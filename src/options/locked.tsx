// A profile setting the team's policy fixed: shown with the team's value, disabled, and saying by whom.
import type { ComponentChildren } from 'preact';
import { t } from '../shared/i18n';

export function Locked({ by, wide, children }: { by: string | undefined; wide?: boolean; children: ComponentChildren }) {
  if (by === undefined) return <>{children}</>;
  return (
    <fieldset class={wide ? 'locked wide' : 'locked'} disabled data-testid="team-locked">
      {children}
      <p class="note">{t('teamLocked', by)}</p>
    </fieldset>
  );
}
