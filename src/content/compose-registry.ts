// Keeps exactly one button per compose window: places it when an editor or a re-rendered
// toolbar appears, puts it back when the host re-renders, and builds the ComposeTarget the
// panel works with.
import browser from '../shared/browser';
import type { ComposeTarget, InsertResult } from './compose-target';
import type { HostFinder } from './hosts/host-adapter';
import { placeCaret, selectionIn } from './insert/caret';
import { createOpenButton, matchTheme } from './open-button';
import { loadChunk } from './load-chunk';

const BUTTON = '[data-testid="dp-open"]';

interface Entry {
  id: string;
  root: HTMLElement;
  button: HTMLElement;
  caret: Range | null;
  target: ComposeTarget;
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
    const known = this.byRoot.get(root);
    if (known && root.contains(known.button)) return;
    // Buttons left by a replaced instance, or copied by a host re-render, go first.
    for (const stray of root.querySelectorAll(BUTTON)) if (stray !== known?.button) this.adapter.removeButton(stray);
    if (!this.adapter.editorOf(root)) return;
    const entry = known ?? this.create(root);
    if (!this.adapter.placeButton(root, entry.button)) {
      if (!this.warned) console.debug('[Decline politely] no toolbar found in a compose window; the toolbar icon still opens the panel');
      this.warned = true;
      return;
    }
    matchTheme(entry.button);
    if (!known) {
      this.prune();
      this.entries.set(entry.id, entry);
      this.byRoot.set(root, entry);
      this.lastOpened = entry;
    }
  }

  private create(root: HTMLElement): Entry {
    const id = `${this.owner}-${++this.count}`;
    const entry: Entry = { id, root, caret: null, button: null as unknown as HTMLElement, target: null as unknown as ComposeTarget };
    entry.button = createOpenButton(this.adapter.kind, this.owner, id, {
      onArm: () => {
        const editor = this.adapter.editorOf(root);
        const caret = editor && selectionIn(editor);
        if (caret) entry.caret = caret;
      },
      onOpen: () => {
        this.lastOpened = entry;
        this.onOpen(entry.target);
      },
    });
    entry.target = this.targetFor(entry);
    return entry;
  }

  private targetFor(entry: Entry): ComposeTarget {
    const { adapter } = this;
    return {
      id: entry.id,
      root: entry.root,
      get editor() { return entry.root.isConnected ? adapter.editorOf(entry.root) : null; },
      readFacts: async () => {
        const { readers } = await loadChunk();
        const editor = adapter.editorOf(entry.root);
        if (!editor) throw new Error(message('insertErrorClosed', 'The reply window was closed.'));
        return readers[adapter.kind].readFacts(entry.root, editor);
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
      const { prepareDraft, readers } = await loadChunk();
      const reader = readers[this.adapter.kind];
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
    return entry?.root.isConnected ? entry.target : undefined;
  }

  /** The compose window holding focus, else the one opened (or used) last. */
  current(): ComposeTarget | undefined {
    this.prune();
    const active = document.activeElement;
    for (const entry of this.entries.values()) if (active && entry.root.contains(active)) return entry.target;
    return this.lastOpened?.root.isConnected ? this.lastOpened.target : [...this.entries.values()].pop()?.target;
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
