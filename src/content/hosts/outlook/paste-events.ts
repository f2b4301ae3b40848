// The two DOM events between the content script and its Outlook page-world helper.
export const PASTE_REQUEST = 'decline-politely:paste';
export const PASTE_RESULT = 'decline-politely:pasted';
