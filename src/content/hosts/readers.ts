// The reading and insertion half of every host, by kind: loaded with the panel chunk.
import type { HostKind } from '../../shared/mail-hosts';
import type { HostReader } from './host-adapter';
import { gmailReader } from './gmail/reader';
import { outlookReader } from './outlook/reader';

export const READERS: Readonly<Record<HostKind, HostReader>> = { gmail: gmailReader, outlook: outlookReader };
