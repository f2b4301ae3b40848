// A stand-in for the real panel (src/content/panel/, built later): it shows one fixed sample
// draft for the compose window's client and inserts it through the worker, so the path from
// button to inserted draft works end to end. Replace openPanel's body; keep its signature.
import browser from '../shared/browser';
import { sendToBackground } from '../shared/messages';
import { textToHtml } from '../shared/sanitize';
import type { ComposeFacts, ComposeTarget } from './compose-target';

const STYLE = `
:host{all:initial;position:fixed;top:72px;right:24px;z-index:2147483646;width:340px;font:14px/1.45 system-ui,sans-serif;color:#1f1f1f}
section{background:#fff;border:1px solid #c4c7c5;border-radius:12px;box-shadow:0 4px 16px rgba(0,0,0,.18);padding:16px}
pre{white-space:pre-wrap;font:inherit;margin:0 0 12px;padding:10px;background:#f6f8fc;border-radius:8px}
[role=alert]{color:#b3261e;margin:0 0 8px}
textarea{width:100%;box-sizing:border-box;min-height:120px;font:inherit}
button{font:500 14px/20px inherit;padding:6px 16px;border-radius:18px;border:1px solid #747775;background:#fff;cursor:pointer;margin-inline-end:8px}
button[data-testid=dp-insert]{background:#0b57d0;border-color:#0b57d0;color:#fff}`;

function sampleDraft(facts: ComposeFacts | undefined): string {
  const greeting = facts?.recipientCount && facts.recipientCount > 1 ? 'Hi all,' : facts?.clientFirstName ? `Hi ${facts.clientFirstName},` : 'Hello,';
  const closing = facts?.hasSignature || !facts?.myName ? 'Best regards,' : `Best regards,\n${facts.myName}`;
  return `${greeting}\n\nThank you for thinking of me for this project. I'm sorry, but I can't take it on right now.\n\n${closing}`;
}

const t = (key: string): string => browser.i18n.getMessage(key);

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> & { testid?: string } = {}): HTMLElementTagNameMap[K] {
  const { testid, ...rest } = props;
  const el = Object.assign(document.createElement(tag), rest);
  if (testid) el.dataset.testid = testid;
  return el;
}

export async function openPanel(target: ComposeTarget | null): Promise<void> {
  document.querySelector('[data-testid="dp-panel"]')?.remove();
  let facts: ComposeFacts | undefined;
  try {
    facts = await target?.readFacts();
  } catch {
    facts = undefined;
  }
  const text = sampleDraft(facts);
  const host = element('div', { testid: 'dp-panel' });
  // Keys typed in the panel must not reach the host's one-key shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress']) host.addEventListener(type, (e) => e.stopPropagation());
  const shadow = host.attachShadow({ mode: 'open' });
  const section = element('section');
  const preview = element('pre', { testid: 'dp-preview', textContent: text });
  const alert = element('p', { hidden: true });
  alert.setAttribute('role', 'alert');
  const copy = element('textarea', { testid: 'dp-copy', readOnly: true, value: text, hidden: Boolean(target) });
  const insert = element('button', { testid: 'dp-insert', type: 'button', textContent: t('insertDraft') || 'Insert', hidden: !target });
  const close = element('button', { testid: 'dp-close', type: 'button', textContent: t('closePanel') || 'Close' });
  const note = element('p', { textContent: t('copyModeNote'), hidden: Boolean(target) });

  insert.addEventListener('click', async (event) => {
    if (!event.isTrusted || !target) return;
    insert.disabled = true;
    const result = await sendToBackground('draft/insert', { composeId: target.id, html: textToHtml(text), text })
      .catch((error: unknown) => ({ inserted: false, error: error instanceof Error ? error.message : String(error) }));
    insert.disabled = false;
    if (result.inserted) return host.remove();
    alert.textContent = result.error || t('insertErrorRejected');
    alert.hidden = false;
    copy.hidden = false;
    copy.select();
  });
  close.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    host.remove();
    target?.focusEditor();
  });
  section.append(note, preview, alert, copy, insert, close);
  const style = element('style', { textContent: STYLE });
  shadow.append(style, section);
  document.body.append(host);
}
