// Outlook on the web's DOM as we rely on it (outlook.live.com, outlook.office.com,
// outlook.office365.com, outlook.cloud.microsoft share one client). No public capture of its
// compose window exists: these come from docs/design.md section 8 and the ids RoosterJS and
// Outlook write into mail. Never match on aria-label or title text: both are translated.

/** Compose bodies only: the reading pane's "Message body" is not contenteditable, and not under editorParent_. */
export const editor = '[id^="editorParent_"] [contenteditable="true"][role="textbox"]';
/** Added nodes worth a look: an editor, a pop-out form, or a re-rendered Send button. */
export const watched = '[contenteditable="true"], [data-app-section="Form_Content"], .ms-Button--primary';
/** A popped-out compose window's form. */
export const popOutForm = '[data-app-section="Form_Content"]';
/** Send: the one primary (Fluent UI) button of a compose form; the class is Fluent's documented one, not obfuscated. */
export const sendButton = 'button.ms-Button--primary';
/** Send is a split button (Send + its menu): our button goes after the pair. */
export const splitButton = '.ms-Button-splitContainer';
/** Recipient chips in the To and Cc wells: Microsoft's people-card hover target. */
export const recipient = '[data-lpc-hover-target]';
/** The signed-in account in Microsoft's account menu (its ids are shared across Microsoft 365). */
export const accountName = '#mectrl_currentAccount_primary';
export const accountEmail = '#mectrl_currentAccount_secondary';
/** Where the quoted original starts in a reply body; divRplyFwdMsg holds its From/Sent/To header. */
export const quoteStart = '[id="appendonsend"], [id="divRplyFwdMsg"]';
export const replyHeader = '[id="divRplyFwdMsg"]';
/** Older history inside the quoted original (Outlook prefixes ids of quoted mail with x_). */
export const olderHistory = '[id$="divRplyFwdMsg"], [id$="appendonsend"]';
/** The user's signature in a compose body. */
export const signature = '[id="Signature"], [id^="Signature_"], [id="signature_bookmark"]';
/** Signatures and older history inside the quoted original. */
export const notTheirWords = '[id$="Signature"], [id$="signature"], [id$="divRplyFwdMsg"], [id$="appendonsend"], blockquote';
