// A short message in a status region, optionally with one action (Undo). It stays up for a while,
// and longer while the keyboard is on its button, so nobody loses the chance to undo.
import { useEffect, useRef, useState } from 'preact/hooks';

export interface Notice {
  text: string;
  action?: { label: string; run(): Promise<void> | void };
  /** Take the keyboard focus: what the user was on is gone (a deleted template). */
  focus?: boolean;
}

const SHOWN_MS = 15_000;

export function useNotice(): { notice?: Notice; show(notice?: Notice): void; region: { current: HTMLDivElement | null } } {
  const [notice, setNotice] = useState<Notice>();
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!notice) return undefined;
    let timer: ReturnType<typeof setTimeout>;
    const hideLater = (): void => {
      timer = setTimeout(() => (region.current?.contains(document.activeElement) ? hideLater() : setNotice(undefined)), SHOWN_MS);
    };
    hideLater();
    return () => clearTimeout(timer);
  }, [notice]);
  return { notice, show: setNotice, region };
}
