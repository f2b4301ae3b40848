// The finder half of every host, by kind: what the always-loaded script runs on a mail page.
import type { HostKind } from '../../shared/mail-hosts';
import type { HostFinder } from './host-adapter';
import { gmailFinder } from './gmail/finder';
import { outlookFinder } from './outlook/finder';

export const FINDERS: Readonly<Record<HostKind, HostFinder>> = { gmail: gmailFinder, outlook: outlookFinder };
