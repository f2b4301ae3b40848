// Which Spanish the drafts speak to a group on first-name terms: vosotros in Spain, ustedes in
// Latin America. Core has no browser API, so the caller passes the browser's languages in.
import type { Variety } from './types';

// A language tag with a region, e.g. "es-ES", "es-MX", "es-419", "es-Latn-AR".
const SPANISH_REGION = /^es(?:-[a-z]{4})?-([a-z]{2}|\d{3})(?:-|$)/iu;

/**
 * The variety a user's language preferences point to. Only a Spanish tag with region ES means
 * Spain; a bare "es" says nothing about the region (Chrome reports it for Spain, some systems for
 * everyone), so it falls to Latin America, where most Spanish speakers and the drafts' default are.
 */
export function spanishVarietyFor(languages: readonly string[]): Variety {
  for (const tag of languages) {
    const region = SPANISH_REGION.exec(tag)?.[1];
    if (region) return region.toUpperCase() === 'ES' ? 'spain' : 'latam';
  }
  return 'latam';
}

/** The profile's choice when the user made one, else what the browser's languages suggest. */
export const varietyOf = (profile: { variety?: Variety }, languages: readonly string[]): Variety =>
  profile.variety ?? spanishVarietyFor(languages);
