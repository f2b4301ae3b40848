// The panel's own CSS, inside its shadow root: the page's styles cannot reach in (`all: initial`
// on the host stops inheritance) and ours cannot leak out. Colours follow the host page's theme.
// The host element itself is in the page, where rules like `* { all: unset !important }` or
// `div { position: static !important }` reach it: an !important rule from inside the shadow root
// wins over the page's !important ones, so every :host declaration carries it.
export const PANEL_CSS = `
:host { all: initial !important; position: fixed !important; z-index: 2147483647 !important; display: block !important; }
* { box-sizing: border-box; }
.panel { --bg: #ffffff; --fg: #1f1f1f; --muted: #5f6368; --line: #dadce0; --soft: #f1f3f4; --accent: #0b57d0;
  --accent-fg: #ffffff; --warn: #b3261e; --warn-bg: #fce8e6; --info-bg: #e8f0fe; --mark: #fde293;
  width: 100%; height: 100%; display: flex; flex-direction: column; background: var(--bg); color: var(--fg);
  font: 14px/1.45 "Google Sans", Roboto, "Segoe UI", system-ui, -apple-system, sans-serif;
  border: 1px solid var(--line); border-radius: 12px; box-shadow: 0 8px 28px rgba(0,0,0,.22); overflow: hidden; }
.panel[data-theme="dark"] { --bg: #202124; --fg: #e8eaed; --muted: #9aa0a6; --line: #5f6368; --soft: #2d2e30;
  --accent: #a8c7fa; --accent-fg: #062e6f; --warn: #f2b8b5; --warn-bg: #5c2b29; --info-bg: #1e3a5f; --mark: #7a5c00; }
header { display: flex; align-items: center; gap: 8px; padding: 10px 12px 10px 16px; border-bottom: 1px solid var(--line); }
h2 { font-size: 16px; font-weight: 500; margin: 0; flex: 1; }
h3 { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 12px 0 4px; }
.body { flex: 1; overflow: auto; padding: 0 16px 12px; }
footer { display: flex; gap: 8px; align-items: center; padding: 10px 16px; border-top: 1px solid var(--line); flex-wrap: wrap; }
button, select, input, textarea { font: inherit; color: inherit; }
button { cursor: pointer; border: 1px solid var(--line); background: var(--bg); border-radius: 18px; padding: 6px 14px; }
button:focus-visible, select:focus-visible, input:focus-visible, textarea:focus-visible, .item:focus-visible {
  outline: 2px solid var(--accent); outline-offset: 1px; }
button.primary { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); font-weight: 500; }
button.icon { border: 0; border-radius: 50%; width: 32px; height: 32px; padding: 0; font-size: 20px; line-height: 32px; }
button:disabled { opacity: .5; cursor: default; }
input[type="search"], input[type="text"], select { width: 100%; border: 1px solid var(--line); border-radius: 8px; padding: 6px 8px; background: var(--bg); }
.reasons { max-height: 34vh; overflow: auto; margin: 0 -4px; padding: 0 4px; }
.item { display: block; width: 100%; text-align: start; border: 0; border-radius: 8px; padding: 6px 8px; background: transparent; }
.item:hover { background: var(--soft); }
.item[aria-checked="true"] { background: var(--info-bg); }
.item .label { display: block; font-weight: 500; }
.item .when { display: block; color: var(--muted); font-size: 12px; }
.item.template { padding-inline-start: 20px; }
.badge { font-size: 11px; border: 1px solid var(--line); border-radius: 8px; padding: 0 6px; margin-inline-start: 6px; color: var(--muted); font-weight: 400; }
.tones { display: flex; gap: 4px; }
.tones button[aria-checked="true"] { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
.row { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; margin-top: 8px; }
.switches { display: flex; flex-wrap: wrap; gap: 4px 14px; margin-top: 8px; }
label.field { display: block; margin-top: 8px; font-size: 12px; color: var(--muted); }
label.field input, label.field select { margin-top: 2px; color: var(--fg); font-size: 14px; }
label.field .recommended { display: block; margin-top: 2px; font-style: italic; } /* advice, not an error: no warning colour */
.check { display: inline-flex; align-items: center; gap: 6px; }
.preview { position: relative; margin-top: 6px; border: 1px solid var(--line); border-radius: 8px; }
.preview .backdrop, .preview textarea { margin: 0; padding: 10px; font: inherit; line-height: 1.5; white-space: pre-wrap;
  overflow-wrap: break-word; width: 100%; border: 0; letter-spacing: normal; }
.preview .backdrop { position: absolute; inset: 0; color: transparent; pointer-events: none; overflow: hidden; }
.preview .backdrop mark { color: transparent; background: var(--mark); border-radius: 2px; }
.preview textarea { position: relative; display: block; resize: none; background: transparent; min-height: 120px; overflow: hidden; }
.note { color: var(--muted); font-size: 12px; margin: 4px 0 0; }
.empty { color: var(--muted); padding: 12px 0; }
ul.findings { list-style: none; padding: 0; margin: 0; }
.finding { display: block; width: 100%; text-align: start; border: 0; border-radius: 8px; margin-top: 4px; padding: 6px 8px; background: var(--info-bg); }
.finding[data-severity="warning"] { background: var(--warn-bg); }
.finding strong { margin-inline-end: 4px; }
[role="alert"] { color: var(--warn); margin: 8px 0 0; }
[role="status"] { color: var(--muted); margin: 0; font-size: 12px; }
.spacer { flex: 1; }
`;

/** Where the panel sits, as a shadow-root rule for the same reason (an inline style loses to the page's !important). */
export const hostBox = (box: { left: number; top: number; width: number; height: number }): string =>
  `:host { left: ${box.left}px !important; top: ${box.top}px !important; width: ${box.width}px !important; height: ${box.height}px !important; }`;
