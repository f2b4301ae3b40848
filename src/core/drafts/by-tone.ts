import type { ByTone } from './library';
import type { Wordings } from './wording';

/** A part worded differently in each tone: warm, neutral, firm. */
export const tones = (warm: Wordings, neutral: Wordings, firm: Wordings): ByTone<Wordings> => ({ warm, neutral, firm });
