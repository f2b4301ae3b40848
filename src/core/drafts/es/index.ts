import type { LanguageDrafts, ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { alternatives, closing, greeting, openDoor } from './common';
import { workReasons } from './reasons-work';
import { moneyTrustReasons } from './reasons-money-trust';
import { boundaryReasons } from './reasons-boundaries';

export const es: LanguageDrafts = {
  greeting, closing, openDoor, alternatives,
  reasons: { ...workReasons, ...moneyTrustReasons, ...boundaryReasons } as Record<ReasonId, ReasonDrafts>,
};
