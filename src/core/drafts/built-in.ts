// The drafts that ship with the extension, in every language.
import type { DraftLibrary } from './library';
import { en } from './en';
import { es } from './es';
import { it } from './it';

export const BUILT_IN_DRAFTS: DraftLibrary = { en, es, it };
