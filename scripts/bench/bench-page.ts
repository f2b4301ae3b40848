// What the bench page (gmail-bench.html) offers to the measurements, as seen from the page.
export interface BenchPage {
  /** Adds a compose window and resolves with the ms until its Decline button is there (-1: none within 2 s). */
  openCompose(): Promise<number>;
  addCompose(): void;
  closeCompose(): void;
  mutate(count: number, perTask: number): Promise<void>;
}

/** The page's window; functions run in the page reach the bench through it (they cannot close over imports). */
export type BenchWindow = Window & typeof globalThis & { __bench: BenchPage };
