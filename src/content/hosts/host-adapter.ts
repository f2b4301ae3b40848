// The one interface every mail host implements, in two halves so the always-loaded script stays
// small: the finder (loader: compose windows, editor, toolbar slot, teardown) and the reader
// (panel chunk: recipients, the message being answered, insertion). Each half is registered
// per HostKind: hosts/finders.ts and hosts/readers.ts.
import type { ComposeFacts, InsertResult } from '../compose-target';
import type { SafeHtml } from '../../shared/sanitize';
import type { HostKind } from '../../shared/mail-hosts';

/** A draft ready for the page: sanitized HTML in the host's own line structure, and its text. */
export interface PreparedDraft {
  html: SafeHtml;
  text: string;
}

export interface HostFinder {
  readonly kind: HostKind;
  /** Cheap filter for added nodes: an element that is or holds a match may bring a compose window or re-render its toolbar. */
  readonly watched: string;
  /** The compose windows whose editor or toolbar is in, or around, a node that was just added. */
  composeRootsFor(node: Element): HTMLElement[];
  /** The compose body of a compose window as it is now (hosts re-render it). */
  editorOf(root: HTMLElement): HTMLElement | null;
  /** Puts the button into the compose window's toolbar next to Send; false when there is no toolbar yet. */
  placeButton(root: HTMLElement, button: HTMLElement): boolean;
  /** Takes the button out, with whatever placeButton built around it. */
  removeButton(button: Element): void;
}

export interface HostReader {
  readFacts(root: HTMLElement, editor: HTMLElement): ComposeFacts;
  /** Inserts at the current selection, which the caller has put inside the editor. */
  insert(editor: HTMLElement, draft: PreparedDraft, plainText: boolean): InsertResult;
}

/** The nearest ancestor (the element itself included) holding a match, looking at most `depth` levels up. */
export function ancestorHolding(start: Element, selector: string, depth = 15): HTMLElement | null {
  let node: Element | null = start;
  for (let i = 0; node && i < depth; i++, node = node.parentElement) {
    if (node.querySelector(selector)) return node as HTMLElement;
  }
  return null;
}

/** Editors at or under a node. */
export function editorsAt(node: Element, selector: string): HTMLElement[] {
  if (node.matches(selector)) return [node as HTMLElement];
  return node.firstElementChild ? [...node.querySelectorAll<HTMLElement>(selector)] : [];
}

/**
 * The compose windows a newly added node belongs to: those of the editors in it, and that of
 * the editor beside a re-rendered toolbar (`bar`), found through `rootOf`.
 */
export function composeRootsAt(node: Element, editor: string, bar: string, rootOf: (editor: HTMLElement) => HTMLElement | null): HTMLElement[] {
  const roots = new Set(editorsAt(node, editor).map(rootOf));
  if (node.matches(bar) || node.querySelector(bar)) {
    const beside = ancestorHolding(node, editor)?.querySelector<HTMLElement>(editor);
    if (beside) roots.add(rootOf(beside));
  }
  roots.delete(null);
  return [...roots] as HTMLElement[];
}
