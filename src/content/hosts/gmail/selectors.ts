// Gmail's DOM as we rely on it. Class names are Google's obfuscated ones and change; where we
// can, we lean on attributes Gmail's own code needs. Never match on aria-label or
// data-tooltip text: Gmail translates them into the user's UI language.

/** Every compose and reply body; g_editable is Gmail's own editor flag. */
export const editor = '[g_editable="true"][role="textbox"][contenteditable="true"]';
/** Wraps one compose window: pop-up, full screen, pop-out and inline reply alike. */
export const composeRoot = '.M9';
/** Second way to the compose window if .M9 is renamed: every compose form has this field, inline replies too (hidden). */
export const subjectField = 'input[name="subjectbox"]';
/** Added nodes worth a look: a new editor, or the bottom bar Gmail re-renders. */
export const watched = '[g_editable="true"], tr.btC';
/** Bottom bar with Send; our button goes in a new cell after Send's. */
export const sendBar = 'tr.btC';
/** Send's own cell (a split button: Send and its schedule menu). */
export const sendCell = 'td.gU.Up';
/** Cell class Gmail gives each bar item, so our cell gets the same spacing. */
export const barCellClass = 'gU';
/** The formatting bar's commands are untranslated attributes; plain-text mode has no formatting bar. */
export const formattingCommand = '[command="+bold"]';
/** Recipient chips (peoplekit): data-hovercard-id holds the address; name/email attributes where Gmail sets them. */
export const recipientChip = '[data-hovercard-id]';
/** The Bcc row (Gmail names its recipient rows and fields to/cc/bcc): Bcc recipients are not being answered. */
export const bccRow = '[name="bcc"]';
/** Older chips and the collapsed recipient line of an inline reply. */
export const recipientSpan = 'span[email]';
/** Older recipient fields, as in the 2020 capture: the value is an address list. */
export const recipientFields = 'textarea[name="to"], textarea[name="cc"]';
/** The sender the user picked (hidden input in the 2020 capture, a select with several addresses). */
export const fromField = 'input[name="from"], select[name="from"]';
/** The user's signature inside a compose body. */
export const signature = '.gmail_signature, [data-smartmail="gmail_signature"]';
/** The open thread behind an inline reply. */
export const threadView = '[role="main"]';
/** One message in a thread, its sender and its body. */
export const threadMessage = 'div.adn';
export const messageSender = 'span.gD[email]';
export const messageBody = 'div.a3s';
/** What is not the client's own words in a message body: quoted history and signatures. */
export const notTheirWords = '.gmail_quote, .gmail_signature, [data-smartmail="gmail_signature"], .gmail_extra, .adL, .yj6qo';
/** Quoted history inside a compose body: a reply popped out from a thread still carries it. */
export const quote = '.gmail_quote';
