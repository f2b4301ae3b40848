// The genuine capture of Gmail's compose dialog is not part of this repository (README, "Gmail
// and Outlook captures"): it is read from a shared/ folder beside it, where CI keeps it.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const CAPTURE = resolve('..', 'shared/fixtures/real/gmail-compose-2020.html');

/** The 2020 capture of Gmail's "New Message" dialog, used as it is. */
export function realGmailCompose(): string {
  if (!existsSync(CAPTURE)) throw new Error(`${CAPTURE} is missing: npm run test:capture needs the shared/ folder beside this repository`);
  return readFileSync(CAPTURE, 'utf8');
}
