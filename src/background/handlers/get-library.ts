import type { Runtime } from '../../shared/browser';
import type { PanelLibrary } from '../../shared/messages';
import { BUILT_IN_DRAFTS } from '../../core/drafts/built-in';
import { TONE_RULES } from '../../core/tone/registry';
import { cleanClientText, detectFormality, detectLanguage, suggestReasons } from '../../core/index';
import { store } from '../../shared/storage';
import { readTeamState } from '../../shared/storage/managed';

const MAX_TEXT = 50_000;

/**
 * The panel opens: it gets everything it renders and lints with (built-in drafts, tone rules,
 * personal templates, profile), and what the client's latest words suggest (language, form of
 * address, reasons), so that every later change is computed in the panel itself, even while the
 * browser has this worker stopped. The reason model runs here to keep it out of the panel's code.
 */
export async function getLibrary(req: { answeredText?: unknown }, _sender: Runtime.MessageSender): Promise<PanelLibrary> {
  const [snapshot, { team }] = await Promise.all([store.list(), readTeamState('en')]);
  return { drafts: BUILT_IN_DRAFTS, rules: TONE_RULES, snapshot, ...readClientMessage(req?.answeredText), ...(team ? { team } : {}) };
}

/** What the client's latest words say: their language, form of address and the likeliest reasons. */
export function readClientMessage(answeredText: unknown): Pick<PanelLibrary, 'detected' | 'formality' | 'suggestions'> {
  const text = typeof answeredText === 'string' ? cleanClientText(answeredText.slice(0, MAX_TEXT)) : '';
  const detected = text ? detectLanguage(text) : undefined;
  return {
    detected,
    formality: detected ? detectFormality(text, detected) : undefined,
    suggestions: text ? suggestReasons(text, detected).slice(0, 3) : [],
  };
}
