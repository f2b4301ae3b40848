// Outlook's reading and insertion half (loaded with the panel chunk).
import type { HostReader } from '../host-adapter';
import { insertWithCommands, landedCheck } from '../../insert/commands';
import { pasteThroughPage } from './paste-through-page';
import { readOutlookFacts } from './facts';

export const outlookReader: HostReader = {
  readFacts: readOutlookFacts,

  // RoosterJS keeps its own undo and handles paste itself: a paste is one undo step. Without
  // it (or if it declines), the browser's editing commands are the fallback.
  insert(editor, draft, plainText) {
    const landed = landedCheck(editor, draft.text);
    if (pasteThroughPage(editor, draft) && landed()) return { inserted: true };
    if (landed()) return { inserted: true };
    return insertWithCommands(editor, draft, plainText);
  },
};
