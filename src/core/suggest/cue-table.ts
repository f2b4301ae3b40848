import type { ReasonId } from '../types';

/**
 * The cues of one language: for each reason, phrases a client writes when that reason is the
 * answer. A cue is a small pattern, matched on whole words, ignoring case and accents
 * ("perche" matches "perché"):
 * - words are separated by single spaces and match across any run of spaces or punctuation;
 * - `a|b` inside a word means either word ("my boss|manager");
 * - a trailing `*` lets that word go on ("guarant*" matches guarantee, guaranteed);
 * - a lone `~` skips up to three words ("pay ~ later" matches "pay you a bit later");
 * - a hyphen or apostrophe inside a word may also be a space or missing ("non-compete");
 * - a `2:` or `0.5:` prefix weighs the cue (default 1): strong signals 2, common words 0.5.
 * Each cue counts once per message, however often it appears.
 */
export type CueTable = Readonly<Record<ReasonId, readonly string[]>>;
