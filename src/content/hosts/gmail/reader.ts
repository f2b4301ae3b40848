// Gmail's reading and insertion half (loaded with the panel chunk).
import type { HostReader } from '../host-adapter';
import { insertWithCommands } from '../../insert/commands';
import { readGmailFacts } from './facts';

export const gmailReader: HostReader = {
  readFacts: readGmailFacts,
  // Gmail listens for input events and keeps the browser's undo: the editing commands give both,
  // in the content script's world, where Gmail's Trusted Types policy does not apply.
  insert: (editor, draft, plainText) => insertWithCommands(editor, draft, plainText),
};
