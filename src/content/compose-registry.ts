// Keeps exactly one button per compose window: places it when an editor or a re-rendered
// toolbar appears, puts it back when the host re-renders, and builds the ComposeTarget the
// panel works with.
import browser from '../shared/browser';
import type { ComposeTarget, InsertResult } from './compose-target';
import type { HostFinder } from './hosts/host-adapter';
import { placeCaret, selectionIn } from './insert/caret';
import { createOpenButton, matchTheme } from './open-button';
import { loadChunk } from './load-chunk';
import { ours } from './our-elements';

const BUTTON = ours('button');

interface Entry {
  id: string;
  root: HTMLElement;
  button: HTMLElement;
  /** The caret the user left in the body, saved before focus moved to our button. */
  caret: Range | null;
}

const message = (key: string, fallback: string): string => browser.i18n.getMessage(key) || fallback;

export class ComposeRegistry {
  private readonly entries = new Map<string, Entry>();
  private readonly byRoot = new WeakMap<HTMLElement, Entry>();
  private count = 0;
  private lastOpened: Entry | undefined;
  private warned = false;

  constructor(
    private readonly adapter: HostFinder,
    private readonly owner: string,
    private readonly onOpen: (target: ComposeTarget) => void,
  ) {}

  /** Looks at a node that was just added (or the whole page at start). */
  scan(node: Element): void {
    for (const root of this.adapter.composeRootsFor(node)) this.ensure(root);
  }

  private ensure(root: HTMLElement): void {
    let entry = this.byRoot.get(root);
    if (entry && root.contains(entry.button)) return;
    // Buttons left by a replaced instance, or copied by a host re-render, go first.
    for (const stray of root.querySelectorAll(BUTTON)) if (stray !== entry?.button) this.adapter.removeButton(stray);
    if (!this.adapter.editorOf(root)) return;
    if (!entry) {
      this.prune();
      const id = `${this.owner}-${++this.count}`;
      const button = createOpenButton(this.adapter.kind, this.owner, id, { onArm: () => this.arm(id), onOpen: () => this.open(id), onPrepare: () => this.prepare(id) });
      entry = { id, root, button, caret: null };
      this.entries.set(id, entry);
      this.byRoot.set(root, entry);
      this.lastOpened = entry;
    }
    // Without a toolbar the window stays known, so the toolbar icon can still open the panel for it.
    if (this.adapter.placeButton(root, entry.button)) matchTheme(entry.button);
    else if (!this.warned) {
      this.warned = true;
      console.debug('[Decline politely] no toolbar found in a compose window; the toolbar icon still opens the panel');
    }
  }

  private arm(id: string): void {
    const entry = this.entries.get(id);
    const editor = entry && this.adapter.editorOf(entry.root);
    const caret = editor && selectionIn(editor);
    if (entry && caret) entry.caret = caret;
  }

  /** Loads the panel code and what it shows while the user is about to click (first use starts at the pointer). */
  private prepare(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    try {
      loadChunk().then((chunk) => chunk.preparePanel(this.targetFor(entry))).catch((error: unknown) => {
        console.debug('[Decline politely] the panel could not be prepared:', error);
      });
    } catch {
      // The extension was updated or disabled under us: the click will say so and step down.
    }
  }

  private open(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.lastOpened = entry;
    this.onOpen(this.targetFor(entry));
  }

  private targetFor(entry: Entry): ComposeTarget {
    const { adapter } = this;
    return {
      id: entry.id,
      root: entry.root,
      get editor() { return entry.root.isConnected ? adapter.editorOf(entry.root) : null; },
      readFacts: async () => {
        const { READERS } = await loadChunk();
        const editor = adapter.editorOf(entry.root);
        if (!editor) throw new Error(message('insertErrorClosed', 'The reply window was closed.'));
        return READERS[adapter.kind].readFacts(entry.root, editor);
      },
      insert: (draft) => this.insert(entry, draft),
      focusEditor: () => {
        const editor = adapter.editorOf(entry.root);
        if (editor) placeCaret(editor, entry.caret);
      },
    };
  }

  private async insert(entry: Entry, draft: { html: string; text: string }): Promise<InsertResult> {
    const closed = { inserted: false, error: message('insertErrorClosed', 'The reply window was closed. Copy the draft and paste it into your reply.') };
    if (!entry.root.isConnected || !this.adapter.editorOf(entry.root)) return closed;
    try {
      const { prepareDraft, READERS } = await loadChunk();
      const reader = READERS[this.adapter.kind];
      const editor = this.adapter.editorOf(entry.root);
      if (!editor) return closed;
      const { plainText } = reader.readFacts(entry.root, editor);
      placeCaret(editor, entry.caret);
      entry.caret = null;
      const result = reader.insert(editor, prepareDraft(draft), plainText);
      if (result.inserted) return result;
    } catch (error) {
      console.debug('[Decline politely] insertion failed:', error);
    }
    return { inserted: false, error: message('insertErrorRejected', 'The mail page did not accept the draft. Copy it and paste it into your reply.') };
  }

  private prune(): void {
    for (const [id, entry] of this.entries) if (!entry.root.isConnected) this.entries.delete(id);
  }

  target(id: string): ComposeTarget | undefined {
    const entry = this.entries.get(id);
    return entry?.root.isConnected ? this.targetFor(entry) : undefined;
  }

  /** The compose window holding focus, else the one opened (or used) last. */
  current(): ComposeTarget | undefined {
    this.prune();
    const active = document.activeElement;
    const focused = [...this.entries.values()].find((entry) => active && entry.root.contains(active));
    const entry = focused ?? (this.lastOpened?.root.isConnected ? this.lastOpened : [...this.entries.values()].pop());
    return entry && this.targetFor(entry);
  }

  size(): number {
    this.prune();
    return this.entries.size;
  }

  /** Takes every button of this instance out of the page. */
  clear(): void {
    for (const entry of this.entries.values()) this.adapter.removeButton(entry.button);
    for (const stray of document.querySelectorAll(`${BUTTON}[data-dp-owner="${this.owner}"]`)) this.adapter.removeButton(stray);
    this.entries.clear();
  }
}
