// A personal template as the user writes it, and as it travels between devices.
import type { Locale, ReasonId, Tone } from '../types';

/** The variables a personal template may use: DraftVars without the genders. */
export const TEMPLATE_VARS = [
  'clientFirstName',
  'clientName',
  'myName',
  'date',
  'rate',
  'policy',
  'agreement',
  'offer',
  'referralName',
  'referralContact',
  'clause',
  'declined',
  'resources',
  'amount',
] as const;
export type TemplateVar = (typeof TEMPLATE_VARS)[number];

// A template must fit in one storage.sync item (8,192 bytes with its key and revision fields),
// and a name must fit on one line of the panel's list.
export const TEMPLATE_LIMITS = { name: 80, label: 60, body: 4000 } as const;

/** What the user edits. Either a reason from the built-in list or a label of their own. */
export interface TemplateContent {
  name: string;
  reason?: ReasonId;
  label?: string;
  locale: Locale;
  tone: Tone;
  body: string;
}

/** Per device, the number of that device's last edit this version has seen. */
export type Clock = Record<string, number>;

export interface TemplateRecord extends TemplateContent {
  id: string;
  /** This version: `<device>:<n>`, the n-th edit of this template made on that device. */
  rev: string;
  /** The version this one was edited from ('' for a new template). */
  base: string;
  /** The device that wrote this version. */
  device: string;
  /** Every edit this version has seen, so concurrent edits are told apart from later ones. */
  clock: Clock;
  /** Milliseconds since 1970: the newer of two concurrent edits wins. */
  updatedAt: number;
  /** Set on a conflict copy: the template it lost to. */
  conflictOf?: string;
}

/** A deleted template: its id, when, which edits the deletion saw, and which versions were deleted. */
export interface Tombstone {
  deletedAt: number;
  clock: Clock;
  /**
   * The versions users had on screen when they deleted (one, or a few after concurrent deletions).
   * A version can be in the clock without being deleted: it may live on as a conflict copy.
   */
  revs: string[];
}

/** One device's (or the sync area's) view of the personal templates. */
export interface Library {
  templates: Record<string, TemplateRecord>;
  tombstones: Record<string, Tombstone>;
}

export const emptyLibrary = (): Library => ({ templates: {}, tombstones: {} });
