// The overlay's look. `:host` rules marked !important win over any page rule, so page CSS can
// neither hide nor move the marks. A dotted, coloured underline with a tint keeps them unlike
// the browser's and the hosts' wavy red spelling marks.
export const MARKS_CSS = `
:host{all:initial!important;display:block!important;position:fixed!important;inset:0!important;
  width:auto!important;height:auto!important;margin:0!important;padding:0!important;border:0!important;
  transform:none!important;opacity:1!important;visibility:visible!important;clip-path:none!important;
  pointer-events:none!important;z-index:2147483646!important;contain:layout style!important}
.clip{position:absolute;overflow:hidden}
.mark{position:absolute;box-sizing:border-box;border-bottom:2px dotted var(--c);background:color-mix(in srgb,var(--c) 10%,transparent);
  border-radius:2px;pointer-events:none;outline:none}
.mark:focus-visible{outline:2px solid var(--c);outline-offset:1px}
.mark[hidden]{display:none}
.mark[data-category="over-apology"]{--c:#b3541e}
.mark[data-category="hedge"]{--c:#7a4fc4}
.mark[data-category="vague-promise"]{--c:#1f7a8c}
.mark[data-category="blame"]{--c:#a23b72}
.mark[data-category="impolite-start"]{--c:#a23b72}
.mark[data-category="shouting"]{--c:#b3541e}
.popup{position:absolute;pointer-events:auto;max-width:320px;box-sizing:border-box;padding:10px 12px;border-radius:8px;
  background:#fff;color:#1f1f1f;font:13px/1.4 system-ui,sans-serif;box-shadow:0 4px 16px rgba(0,0,0,.25);border:1px solid #d0d0d0}
.popup[hidden]{display:none}
.popup p{margin:0 0 6px}
.popup .suggestion{color:#444}
.popup .actions{display:flex;gap:8px;flex-wrap:wrap;margin-top:8px}
.popup button{font:inherit;padding:4px 10px;border-radius:14px;border:1px solid #888;background:#f4f4f4;color:#1f1f1f;cursor:pointer}
.popup button.apply{background:#0b57d0;border-color:#0b57d0;color:#fff}
.popup button[hidden]{display:none}
@media (prefers-color-scheme:dark){.popup{background:#2b2b2b;color:#eee;border-color:#555}.popup .suggestion{color:#ccc}
  .popup button{background:#3a3a3a;color:#eee}}
`;
