// The panel's keyboard: keys typed in it arrive here from the key guard (never through the
// page). Arrows move through the reasons and the tones, Esc closes. Tab, Enter and Space keep
// their native meaning on the focused control.
import { activate } from './trust';

export function panelKeys(root: ShadowRoot, close: () => void) {
  const items = (kind: string) => Array.from(root.querySelectorAll<HTMLElement>(`[data-nav="${kind}"]`));
  const move = (list: HTMLElement[], from: number, by: number) => list[Math.max(0, Math.min(list.length - 1, from + by))];

  return (event: KeyboardEvent): void => {
    // A page script can focus the filter and dispatch Enter there; only the user's own keys act.
    if (!event.isTrusted) return;
    const active = root.activeElement as HTMLElement | null;
    const nav = active?.dataset.nav;
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
      return;
    }
    if (nav === 'filter' && event.key === 'ArrowDown') {
      event.preventDefault();
      items('item')[0]?.focus();
    } else if (nav === 'filter' && event.key === 'Enter') {
      event.preventDefault();
      activate(items('item')[0]);
    } else if (nav === 'item' && ['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) {
      event.preventDefault();
      const list = items('item');
      const at = list.indexOf(active!);
      const next = event.key === 'Home' ? list[0] : event.key === 'End' ? list.at(-1)
        : event.key === 'ArrowUp' && at === 0 ? items('filter')[0] : move(list, at, event.key === 'ArrowDown' ? 1 : -1);
      next?.focus();
    } else if (nav === 'tone' && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
      event.preventDefault();
      const list = items('tone');
      const next = move(list, list.indexOf(active!), event.key === 'ArrowRight' ? 1 : -1);
      next?.focus();
      activate(next);
    }
  };
}
