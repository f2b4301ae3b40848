import type { Runtime } from '../../shared/browser';
import type { PanelLibrary } from '../../shared/messages';
import { BUILT_IN_DRAFTS } from '../../core/drafts/built-in';
import { TONE_RULES } from '../../core/tone/registry';
import { detectLanguage, suggestReasons } from '../../core/index';
import { store } from '../../shared/storage';
import { readTeamState } from '../../shared/storage/managed';

const MAX_TEXT = 50_000;

/**
 * The panel opens: it gets everything it renders and lints with (built-in drafts, tone rules,
 * personal templates, profile), and what the client's message suggests, so that every later
 * change is computed in the panel itself, even while the browser has this worker stopped.
 */
export async function getLibrary(req: { answeredText?: unknown }, _sender: Runtime.MessageSender): Promise<PanelLibrary> {
  const text = typeof req?.answeredText === 'string' ? req.answeredText.slice(0, MAX_TEXT) : '';
  const { team } = await readTeamState('en');
  return {
    drafts: BUILT_IN_DRAFTS,
    rules: TONE_RULES,
    snapshot: await store.list(),
    detected: text ? detectLanguage(text) : undefined,
    suggestions: text ? suggestReasons(text).slice(0, 3) : [],
    ...(team ? { team } : {}),
  };
}
