// The live tone check of one compose window: re-lints the user's own words on every change,
// draws the marks over them, follows scrolling and resizing, and shows a mark's message on hover
// or focus. It does nothing between keystrokes and ends when the compose window closes.
import { detectLanguage } from '../../core/language/detect-language';
import { lintDraft } from '../../core/tone/lint-draft';
import { toneRulesFor } from '../../core/tone/registry';
import type { Finding, Locale, Tone } from '../../core/types';
import { deleteWords } from './apply-fix';
import { MarkPopup } from './mark-popup';
import { MarksOverlay, type MarkBox } from './marks-overlay';
import { readOwnWords, type OwnWords } from './own-words';
import type { HostKind } from '../../shared/mail-hosts';

export interface ToneTarget {
  kind: HostKind;
  root: HTMLElement;
  editor: HTMLElement;
}

export interface ToneDefaults {
  locale: Locale;
  tone: Tone;
}

interface Marked {
  finding: Finding;
  locale: Locale;
  words: string;
}

export class ToneSession {
  private readonly stopper = new AbortController();
  private readonly overlay: MarksOverlay;
  private readonly popup: MarkPopup;
  private own: OwnWords = { text: '', rangeOf: () => null };
  private marked: Marked[] = [];
  /** Which finding each shown mark stands for (words scrolled out of the DOM get no mark). */
  private drawn: number[] = [];
  private frame = 0;

  constructor(private readonly target: ToneTarget, private readonly defaults: () => ToneDefaults, private readonly onSwitchOff: () => void) {
    this.overlay = new MarksOverlay((index) => this.showPopup(index));
    this.popup = new MarkPopup(this.overlay.shadow, { apply: () => this.applyShown(), switchOff: () => this.onSwitchOff() });
    const { editor, root } = target;
    const { signal } = this.stopper;
    const mutations = new MutationObserver(() => this.relint());
    mutations.observe(editor, { childList: true, subtree: true, characterData: true });
    const sizes = new ResizeObserver(() => (editor.isConnected ? this.schedule() : this.stop()));
    for (const element of [editor, root, root.parentElement]) if (element) sizes.observe(element);
    signal.addEventListener('abort', () => {
      mutations.disconnect();
      sizes.disconnect();
      cancelAnimationFrame(this.frame);
      this.overlay.remove();
    }, { once: true });
    const passive = { capture: true, passive: true, signal };
    document.addEventListener('scroll', () => this.schedule(), passive);
    window.addEventListener('resize', () => this.schedule(), passive);
    editor.addEventListener('mousemove', (event) => this.hover(event.clientX, event.clientY), { passive: true, signal });
    this.overlay.shadow.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape') this.popup.hide();
    }, { signal });
    this.relint();
  }

  get stopped(): boolean {
    return this.stopper.signal.aborted;
  }

  stop(): void {
    this.stopper.abort();
  }

  /** Lints the words as they are now and redraws at once: the marks follow each keystroke in the same frame. */
  relint(): void {
    if (this.stopped) return;
    if (!this.target.editor.isConnected) return this.stop();
    this.own = readOwnWords(this.target.editor, this.target.kind);
    const { text } = this.own;
    const defaults = this.defaults();
    const locale = detectLanguage(text) ?? defaults.locale;
    this.marked = lintDraft(text, { locale, tone: defaults.tone })
      .filter((f) => f.category !== 'structure' && f.end > f.start)
      .map((finding) => ({ finding, locale, words: text.slice(finding.start, finding.end) }));
    this.popup.hide();
    this.draw();
  }

  private schedule(): void {
    if (this.stopped || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private draw(): void {
    const boxes: MarkBox[] = [];
    this.drawn = [];
    this.marked.forEach(({ finding }, index) => {
      const rect = this.own.rangeOf(finding.start, finding.end)?.getBoundingClientRect();
      if (!rect || rect.width === 0) return;
      boxes.push({ ruleId: finding.ruleId, category: finding.category, label: finding.message, rect });
      this.drawn.push(index);
    });
    this.overlay.draw(boxes, this.target.editor.getBoundingClientRect());
  }

  private hover(x: number, y: number): void {
    const index = this.overlay.indexAt(x, y);
    if (index >= 0 && index !== this.popup.shownFor) this.showPopup(index);
    else if (index < 0 && !this.popup.holdsPoint(x, y)) this.popup.hide();
  }

  private removableOf({ finding, locale, words }: Marked): string | undefined {
    const rule = toneRulesFor(locale).rules.find((r) => r.id === finding.ruleId);
    return rule?.removable?.includes(words.toLowerCase()) ? words : undefined;
  }

  private showPopup(index: number): void {
    const marked = this.marked[this.drawn[index] ?? -1];
    const mark = this.overlay.markAt(index);
    if (!marked || !mark) return;
    const removable = this.removableOf(marked);
    this.popup.show(index, { message: marked.finding.message, ...(marked.finding.suggestion ? { suggestion: marked.finding.suggestion } : {}),
      ...(removable ? { removable } : {}) }, mark.getBoundingClientRect());
  }

  private applyShown(): void {
    const marked = this.marked[this.drawn[this.popup.shownFor] ?? -1];
    if (!marked || !this.removableOf(marked)) return;
    const range = this.own.rangeOf(marked.finding.start, marked.finding.end);
    this.popup.hide();
    if (range && range.toString() === marked.words) deleteWords(this.target.kind, this.target.editor, range);
  }
}
