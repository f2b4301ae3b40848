import type { LanguageDrafts, ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { greeting, signOff } from './common';
import { workReasons } from './reasons-work';
import { moneyTrustReasons } from './reasons-money-trust';
import { boundaryReasons } from './reasons-boundaries';

// Spread without a cast: a reason missing from the three files is a compile error here.
const reasons: Record<ReasonId, ReasonDrafts> = { ...workReasons, ...moneyTrustReasons, ...boundaryReasons };

export const es: LanguageDrafts = { greeting, signOff, reasons };
