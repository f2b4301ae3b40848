import type { CueTable } from './cue-table';

// English phrases clients write; syntax in cue-table.ts.
export const EN_CUES: CueTable = {
  'schedule-full': [
    '2:are you available', '2:your availability', 'availab*', '2:do you have ~ capacity|bandwidth|room|space',
    'take on', 'bring you on board', 'able to start', '2:your calendar|schedule', '2:fit us|me|this|it in', '2:squeeze us|me|this|it in', 'new project', 'start next week|month|monday',
    '2:can you start', 'start working with us', 'are you free', 'free next week|month', 'book you', 'hire you for',
    'have time for', 'start sometime|soon',
  ],
  'deadline-too-tight': [
    '2:by tomorrow', '2:by friday|monday|tuesday|wednesday|thursday', 'by end of ~ day|week', 'by eod',
    '2:asap', 'urgent*', '2:rush*', '2:sooner', 'earlier', '2:move ~ deadline', '2:bring ~ forward', 'deadline*',
    'tight', 'in two|three days', '24|48 hours', 'tomorrow morning', 'first thing', 'push ~ up', 'move ~ up',
    'ahead of schedule', 'faster', 'quicker', 'turnaround',
  ],
  'out-of-scope': [
    "2:while you're|you are at it", '2:throw in', 'on top of', '2:bonus', 'quick favo*', '2:as a favo*',
    'little|small extra', '2:could|can|would you also', 'only take ~ minutes|hour', "shouldn't|won't take long",
    "won't take you", 'extra page|pages|section|feature|features', 'add a|an|another', 'one more thing',
    "2:wasn't|not in the original", 'also need', 'little thing', 'tiny', 'for free', 'no extra charge',
  ],
  'not-my-specialty': [
    "2:not your field|area|specialty|speciality|thing", '2:outside your', 'your field|area|expertise',
    'know anything about', 'familiar with', 'do you also do', 'also handle', 'i know you ~ but',
    "2:since you're|you are a", 'different field', 'not really your', 'you do websites|design|logos',
    'good with computers', '2:i know you mostly|mainly|usually', 'help us ~ too', 'seo|accounting|taxes|legal|translation|photography|video',
  ],
  'budget-too-low': [
    '2:budget', '2:too expensive', 'expensive', '2:cheaper', '2:lower ~ price|rate|quote', 'best price',
    'we only have', '2:can only spend|pay|offer', '2:afford', 'price', 'rate', 'quote', 'negotiable',
    'more than we', 'higher than ~ expected|in mind', 'had in mind', 'set aside', 'that amount', 'we have around|about', 'discount', 'maximum', 'reduce ~ price|rate|quote', 'out of our range', 'costs',
  ],
  'cannot-pay': [
    '2:pay ~ later', '2:pay you when', '2:exposure', 'portfolio', '2:in exchange for', '2:equity', '2:barter',
    '2:for free', 'free of charge', '2:unpaid', "2:can't|cannot pay", 'not paying', '2:as a favo*',
    'help a friend', 'startup', 'non-profit|nonprofit|charity', 'good cause', "2:haven't paid|transferred",
    '2:delay ~ payment', 'instal*', 'cash flow', 'funding', 'investors', 'overdue', 'late payment',
    '2:invoice ~ next month', '2:push|postpone ~ payment', 'settle ~ later', 'settle everything', 'delay on', 'in the meantime', 'no money', 'once we get paid', 'for a friend',
  ],
  'discount-after-delivery': [
    '2:now that ~ done|finished|delivered|live', '2:pay less', '2:pay ~ half', '2:reduce ~ invoice',
    'invoice', 'final invoice', '2:knock ~ off', '2:took you less|only', 'only took', 'deduct',
    'refund', 'not worth', 'lower the invoice', 'adjust ~ invoice', 'discount', 'fewer hours',
    'was easy for you', 'after all',
  ],
  'extra-revisions': [
    '2:another round', '2:one more round', '2:round|rounds of changes|revisions|edits', '2:revision*',
    '2:more changes', 'more tweaks', 'tweak*', 'redo', 'start over', '2:change ~ again', 'one last change',
    'final final', 'another version', 'few more edits', 'iteration*', 'changes', 'not quite there',
    'still not', 'try again',
  ],
  'as-agreed-in-writing': [
    '2:as we agreed', '2:we agreed', '2:as discussed', '2:you said', '2:you promised', 'we discussed',
    '2:i thought ~ included', '2:supposed to include', 'i understood', '2:included in the price|quote',
    'part of the deal', "2:we never agreed", "that's not what", 'the contract says', 'in writing',
    'on the phone you', 'was included', 'agreed', 'you told me', '2:under the impression', '2:covered by', 'billed|charged separately', 'original quote',
  ],
  'guarantee-demanded': [
    '2:guarant*', '2:money back', '2:refund if', "2:if it doesn't|does not work", '2:only pay if',
    '2:pay only if', 'no results', 'promise me', 'assure me', 'ensure', '100%', 'warranty', 'risk',
    'commit to', 'results or', 'for sure',
  ],
  'unrealistic-expectations': [
    '2:go viral', '2:viral', '2:first page of google', '2:page one of google', '2:number one on google',
    '2:top of google', 'million*', '2:double|triple ~ sales|revenue|traffic', '2:overnight', 'in a week',
    '2:like amazon|apple|airbnb|uber|nike|facebook', '2:magic', 'miracle', '10x', 'instantly', 'skyrocket',
    'explode', 'beat ~ competitors', 'everyone will', 'best in the world', 'thousands of',
  ],
  'already-helped': [
    '2:same problem|issue|error', '2:happening again', '2:again', 'still not working', 'back again',
    'last time', '2:you already', '2:you fixed', 'you helped', 'keeps happening', '2:broke|broken again',
    'like before', 'remind me how', 'once more', 'not working again', 'same thing',
  ],
  'third-party-request': [
    '2:on behalf of', '2:my boss|manager|friend|colleague|partner|husband|wife|brother|sister|cousin|client|uncle|mother|father|dad|mom',
    '2:a friend of mine', 'for my friend', '2:asked me to', 'passing along', 'forwarding', 'he wants|needs',
    'she wants|needs', 'they want', 'our client', 'a client of ours', 'business partner', 'wants to know',
    'for him|her',
  ],
  'after-hours': [
    '2:tonight', '2:this evening', '2:weekend', '2:saturday|sunday', '2:holiday*', 'christmas', 'easter',
    'new year', 'late at night', 'after hours', 'after work', 'at night', 'midnight', '10|11 pm',
    'early morning', '6|7 am', '2:call me', 'give me a call', '2:hop|jump on a call', 'phone call',
    'quick call', 'ring me', 'whatsapp', 'answer your phone', 'pick up', 'video call', 'zoom', 'phone',
  ],
  'disrespect-or-ethics': [
    '2:ridiculous', '2:stupid', '2:incompetent', '2:useless', '2:idiot', 'pathetic', 'lazy', 'amateur',
    '2:kickback', '2:under the table', '2:off the books', 'cash', '2:without ~ invoice', 'no invoice',
    '2:fake review|reviews', '2:copy ~ site|design|logo|website', '2:plagiar*', 'pirated', 'cracked',
    "2:nobody|no one will know", 'between us', '2:bribe', 'commission for you', 'backdate', 'lie to',
    'pretend', 'a cut', 'do your job', '2:what ~ paying you for', 'sloppy', 'amateurish', '2:send ~ back to me', 'personally', 'nobody ~ checks', 'wtf', 'shut up', 'joke',
  ],
  'contract-terms': [
    '2:non-compete', '2:noncompete', '2:exclusiv*', '2:competitor*', 'sign ~ contract|agreement|nda',
    '2:clause', 'terms', 'intellectual property', 'all rights', 'penalt*', 'liability', 'unlimited revisions',
    '2:net 60|90|120', 'payment terms', 'contract', 'nda', 'only work for us', 'not work for', '2:agree not to', 'sign and return', 'agreement', 'for the duration', 'months after',
  ],
  'partial-yes': [
    'the whole thing', 'everything', 'one person', 'someone to do|handle|take care of', '2:full package', '2:end-to-end', 'all of it', 'the entire',
    'from start to finish', '2:take care of everything', 'as well as', 'complete', 'one-stop',
    'the whole', 'plus', 'both', 'all in one', 'handle it all',
  ],
  'not-a-fit': [
    '2:long-term', '2:ongoing', '2:retainer', '2:partnership', '2:work together', '2:working together',
    'continue working', 'keep working', '2:join our|the team', '2:full-time', 'in-house', 'renew',
    'next project', 'collaborat*', 'relationship', 'every month', 'monthly',
  ],
  'buy-time': [
    '2:on the spot', '2:right now', '2:today', '2:decide', '2:decision', 'need an answer', 'yes or no',
    'immediately', 'sign today', 'offer expires', 'only valid', 'before tonight', '2:confirm', 'commit',
    'quick answer', 'let me know now', 'by the end of the day', 'answer', 'asap', 'hurry',
  ],
};
