// Tells when an element moves without changing size (Gmail's compose pop-ups dock and move),
// at no cost while it stays put: an IntersectionObserver whose root is shrunk by margins to the
// element's own box fires as soon as any part of the element leaves that box.
export function watchMoves(element: Element, onMove: () => void, signal: AbortSignal): void {
  let observer: IntersectionObserver | undefined;
  const observe = (): void => {
    observer?.disconnect();
    if (signal.aborted || !element.isConnected) return;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    const root = document.documentElement;
    const inset = [box.top, root.clientWidth - box.right, root.clientHeight - box.bottom, box.left].map((v) => `${-Math.floor(v)}px`);
    let first = true;
    observer = new IntersectionObserver(() => {
      // The first report only tells how much of the element shows now (less than all of it when
      // a scrolled ancestor clips it); later ones come when that share crosses a threshold.
      if (first) {
        first = false;
        return;
      }
      onMove();
      observe();
    }, { rootMargin: inset.join(' '), threshold: [0, 0.25, 0.5, 0.75, 0.9, 0.99, 1] });
    observer.observe(element);
  };
  observe();
  signal.addEventListener('abort', () => observer?.disconnect(), { once: true });
}
