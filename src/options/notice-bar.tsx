// The page's one status line, with Undo when there is something to undo.
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Notice } from './use-notice';

export function NoticeBar({ notice, region, onDone }: { notice?: Notice; region: RefObject<HTMLDivElement>; onDone(): void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (notice?.focus) button.current?.focus();
  }, [notice]);
  return (
    <div class={notice ? 'toast shown' : 'toast'} ref={region}>
      <p role="status" data-testid="op-notice">{notice?.text ?? ''}</p>
      {notice?.action && (
        <button type="button" data-testid="op-undo" ref={button} onClick={() => { const { action } = notice; onDone(); void action!.run(); }}>
          {notice.action.label}
        </button>
      )}
    </div>
  );
}
