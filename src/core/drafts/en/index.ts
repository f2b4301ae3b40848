import type { LanguageDrafts } from '../library';
import { greeting, signOff } from './common';
import { workReasons } from './reasons-work';
import { moneyTrustReasons } from './reasons-money-trust';
import { boundaryReasons } from './reasons-boundaries';

export const en: LanguageDrafts = {
  greeting, signOff,
  reasons: { ...workReasons, ...moneyTrustReasons, ...boundaryReasons },
};
