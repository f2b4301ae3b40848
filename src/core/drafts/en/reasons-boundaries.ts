// English parts for reasons about boundaries and the relationship itself. Each reason words its
// own acknowledgement, alternatives and closing line for where the relationship stands.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const boundaryReasons = {
  // Work under way or done; they come back with the same problem I already helped with.
  'already-helped': {
    opening: tones(
      ['Thank you for letting me know the problem has come back.', 'Thanks for getting back in touch.'],
      ['Thank you for letting me know the problem has returned.', 'Thanks for getting back in touch.'],
      ['Thank you for letting me know the problem has returned.', 'Thank you for getting back in touch.'],
    ),
    empathy: ['I know how frustrating it is when the same thing happens twice.', "I understand it's frustrating to be dealing with this again."],
    decision: tones(
      ["I'm afraid I can't help with the same issue again at no charge.", "Unfortunately, I can't offer more unpaid support on this issue."],
      ["I can't help with the same issue again at no charge.", "I'm not able to offer more unpaid support on this issue."],
      ["I can't help with the same issue again at no charge.", "I can't offer more unpaid support on this issue."],
    ),
    explained: tones(
      ["I'm afraid I can't help with the same issue again at no charge, as we worked through it together in full last time.",
        "Unfortunately, I can't offer more unpaid support on this issue, as we covered it in detail last time."],
      ["I can't help with the same issue again at no charge, as we dealt with it fully last time.",
        "I'm not able to offer more unpaid support on this issue, as we went through it in detail last time."],
      ["I can't help with the same issue again at no charge. We dealt with it fully last time.",
        "I can't offer more unpaid support on this issue, as we covered it in detail last time."],
    ),
    alternatives: {
      'free-resources': tones(
        ["If you'd like to tackle it [yourself|yourself|yourselves|yourselves], {{resources}} would be a good place to start.", "If you'd like to tackle it [yourself|yourself|yourselves|yourselves], there are some good guides on this."],
        ["If you'd like to tackle it [yourself|yourself|yourselves|yourselves], {{resources}} should help.", "There are some good guides on this if you'd like to tackle it [yourself|yourself|yourselves|yourselves]."],
        ['To tackle it [yourself|yourself|yourselves|yourselves], you can use {{resources}}.', "There are some good guides on this if you'd like to tackle it [yourself|yourself|yourselves|yourselves]."],
      ),
      'paid-extra': tones(
        ["I'd be glad to take another look as paid work, at {{rate}}.", "I'd be glad to take another look as paid work, at my usual rates."],
        ['I can take another look as paid work, at {{rate}}.', 'I can take another look as paid work, at my usual rates.'],
        ['I can take another look as paid work, at {{rate}}.', 'I can take another look as paid work, at my usual rates.'],
      ),
    },
    nextStep: {
      'free-resources': tones(
        ["I'm happy to send a link if that helps. Do let me know how you get on.", "I hope that helps, and do let me know how you get on."],
        ["I'm happy to send a link if that would be useful.", "Let me know if you'd like me to send a link."],
        ["Let me know if you'd like me to send a link.", 'Let me know if you would like a link.'],
      ),
      'paid-extra': tones(
        ["Let me know if you'd like to go ahead, and I'll tell you when I can start.", "If that suits you, let me know and I'll confirm a start date."],
        ["Let me know if you'd like to go ahead.", "If you'd like to go ahead, let me know and I'll tell you when I can start."],
        ["Let me know if you'd like to go ahead.", 'If you would like to go ahead, let me know and I will confirm a start date.'],
      ),
    },
    door: tones(
      ["If you'd like me to take another look as paid work, I'd be glad to.", "If anything new comes up, I'm always glad to hear from you."],
      ["If you'd like me to take another look as paid work, let me know.", "I'm happy to help with anything new on my usual terms."],
      ["If you'd like me to take another look as paid work, let me know.", "You're welcome to contact me about anything new on my usual terms."],
    ),
  },

  // A new request made on someone else's behalf: a partner, a relative, a friend.
  'third-party-request': {
    opening: tones(
      ['Thank you for getting in touch.', 'Thanks for passing this on.'],
      ['Thank you for getting in touch.', 'Thanks for passing this on.'],
      ['Thank you for getting in touch.', 'Thank you for passing this on.'],
    ),
    empathy: ["It's good of you to help in this way.", "It's good of you to ask on their behalf."],
    decision: tones(
      ["I'm afraid I can't take this on unless the request comes from the person it's for.", "I'm afraid I can't take on work arranged on someone else's behalf."],
      ["I can't take this on unless the request comes from the person it's for.", "I can't take on work arranged on someone else's behalf."],
      ["I can't take this on unless the request comes from the person it's for.", "I can't take on work arranged on someone else's behalf."],
    ),
    explained: tones(
      ["I'm afraid I can't take this on unless the request comes from the person it's for, as I need to understand their situation first-hand.",
        "I'm afraid I can't take on work arranged on someone else's behalf, as the scope and terms need to come from the person it's for."],
      ["I can't take this on unless the request comes from the person it's for, as I need to agree the details with them.",
        "I can't take on work arranged on someone else's behalf, as the scope and terms need to come from the person it's for."],
      ["I can't take this on unless the request comes from the person it's for. I need to agree the details with them.",
        "I can't take on work arranged on someone else's behalf. The scope and terms need to come from the person it's for."],
    ),
    alternatives: {
      'direct-contact': tones(
        ["They're very welcome to get in touch with me themselves.", "You're welcome to pass on my details so they can contact me directly."],
        ["They're welcome to contact me themselves.", 'Please feel free to pass on my details so they can contact me directly.'],
        ['They can contact me themselves.', 'Please pass on my details so they can contact me directly.'],
      ),
    },
    nextStep: tones(
      ["I'll gladly take it from there once I hear from them.", "I'll be glad to reply as soon as I hear from them."],
      ["I'll take it from there once I hear from them.", "I'll reply as soon as I hear from them."],
      ['I will take it from there once I hear from them.', 'I will reply as soon as I hear from them.'],
    ),
    door: tones(
      ["They're welcome to contact me themselves, and I'd be glad to help you with anything of your own.", "They're very welcome to write to me themselves, and so are you if there's anything of your own I can help with."],
      ["They're welcome to contact me themselves, and so are you about any work of your own.", "They're welcome to write to me themselves."],
      ["They're welcome to contact me themselves.", "They can write to me themselves, and you're welcome to contact me about any work of your own."],
    ),
  },

  // Work under way; calls at odd hours, evenings or holidays, calls instead of email.
  'after-hours': {
    opening: tones(
      ['Thanks for your message.', 'Thank you for getting in touch.'],
      ['Thanks for your message.', 'Thank you for getting in touch.'],
      ['Thank you for getting in touch.', 'Thanks for your message.'],
    ),
    empathy: ['I know things can come up at short notice.', "I know it's tempting to call when something comes up."],
    decision: tones(
      ["I'm afraid I'm not available outside my working hours.", "Unfortunately, I can't take calls or work outside my working hours."],
      ["I'm not available outside my working hours.", "I can't take calls or work outside my working hours."],
      ["I can't take calls or work outside my working hours.", "I'm not available outside my working hours."],
    ),
    explained: tones(
      ["I'm afraid I'm not available outside my working hours, which are {{policy}}: keeping to them lets me give every client my full attention.",
        "I'm afraid I'm not available outside my working hours, as keeping to them lets me give every client my full attention."],
      ["I'm not available outside my working hours, which are {{policy}}, as keeping to them lets me give every client proper attention.",
        "I can't take calls or work outside my working hours, as keeping to them lets me give every client proper attention."],
      ["I can't take calls or work outside my working hours, which are {{policy}}. Keeping to them is how I give every client proper attention.",
        "I'm not available outside my working hours. Keeping to them is how I give every client proper attention."],
    ),
    alternatives: {
      'working-hours': tones(
        ["I'm happy to pick this up during those hours, which are {{policy}}, by phone or by email.", "I'm happy to pick this up with you during those hours, whether by phone or by email."],
        ['I can pick this up during those hours, which are {{policy}}.', 'I can pick this up during those hours.'],
        ['I can pick this up during those hours, which are {{policy}}.', 'I can pick this up during those hours.'],
      ),
    },
    nextStep: tones(
      ['Let me know what time would suit you best.', 'Let me know a time that works for you.'],
      ["Let me know what time suits you, and I'll set it up.", "Let me know what time would suit you, and I'll put it in my diary."],
      ['Let me know what time suits you.', 'Please tell me what time suits you.'],
    ),
    door: tones(
      ["I'm happy to deal with anything you send within my working hours ({{policy}}).", "I'm happy to deal with anything you send within my working hours."],
      ["I'll deal with anything you send within my working hours ({{policy}}).", "I'll deal with anything you send within my working hours."],
      ["I'll deal with anything you send within my working hours ({{policy}}).", "I'll deal with anything you send within my working hours."],
    ),
  },

  // Disrespect or an unethical request: no thanks, no empathy, no alternative, no open door.
  'disrespect-or-ethics': {
    opening: tones(
      ["I've read your message, and I'll answer it directly.", "I've read your message, and I'll be direct."],
      ["I've read your message, and I'll answer it directly.", "I've read your message, and I'll be direct."],
      ["I've read your message, and I want to be clear.", "I've read your message, and I'll answer it plainly."],
    ),
    decision: tones(
      ["I won't do what you've asked.", "I won't do what you've asked, and I won't take this any further."],
      ["I won't do what you've asked.", "I won't do what you've asked, and I won't take this any further."],
      ["I won't do what you've asked.", "I won't do what you've asked, and I won't take this any further."],
    ),
    explained: tones(
      ["I won't do what you've asked: it goes against the standards I work to with every client, and that isn't something I'll set aside.",
        "I won't do what you've asked, and I won't take this any further: it isn't something I'm prepared to do for any client."],
      ["I won't do what you've asked, as it goes against the standards I work to with every client, and my answer won't change.",
        "I won't do what you've asked, and I won't take this any further: it isn't something I'm prepared to do for any client."],
      ["I won't do what you've asked. It goes against the standards I work to with every client, and my answer will not change.",
        "I won't do what you've asked, and I won't take this any further. It isn't something I'm prepared to do for any client."],
    ),
    alternatives: {},
    signOff: tones(['Kind regards,'], ['Kind regards,'], ['Regards,']),
  },

  // Ending the collaboration, or not starting it.
  'not-a-fit': {
    opening: tones(
      ["Thank you for the time you've put into our conversations.", 'Thank you for being so open about what you need.'],
      ["Thanks for the time you've put into our discussions.", 'Thank you for being open about what you need.'],
      ['Thank you for your time so far.', 'Thank you for being clear about what you need.'],
    ),
    empathy: ["I've taken some time to consider the best way forward.", "I'd rather be upfront with you now than later on."],
    decision: tones(
      ["I'm afraid I've decided not to take our work together any further.", "Unfortunately, I've decided it's best that we don't work together on this."],
      ["I've decided not to take our work together any further.", "I've decided it's best that we don't work together on this."],
      ["I've decided not to take our work together any further.", "I've decided not to proceed."],
    ),
    explained: tones(
      ["I'm afraid I've decided not to take our work together any further: your requirements and the way I work don't match closely enough, and it's fairer to both of us to say so now.",
        "Unfortunately, I've decided it's best that we don't work together on this, as your requirements and my approach are too far apart for me to give you the results you're looking for."],
      ["I've decided not to take our work together any further, as your requirements and the way I work aren't a good match.",
        "I've decided it's best that we don't work together on this: your requirements and my approach are too far apart for me to give you the results you're looking for."],
      ["I've decided not to take our work together any further. Your requirements and the way I work aren't a good match.",
        "I've decided not to proceed, as your requirements and my approach do not match."],
    ),
    alternatives: {
      referral: tones(
        ['{{referralName}} ({{referralContact}}) could be a better match for what you need.',
          '{{referralName}} may be a better fit for what you need, and can be reached at {{referralContact}}.',
          '{{referralName}} could be a better match for what you need.',
          "I'd recommend {{referralName}} as a better fit for what you need.",
          'You might find a better match by contacting {{referralContact}}.',
          'For a better match, it may be worth contacting {{referralContact}}.',
          "I'd be glad to recommend someone who could be a better match."],
        ['{{referralName}} ({{referralContact}}) could be a better match for what you need.', 'You may find {{referralName}} ({{referralContact}}) a better fit.',
          "I'd recommend {{referralName}} as a better fit for what you need.", 'You may find {{referralName}} a better fit.',
          'You might find a better match by contacting {{referralContact}}.', 'For a better match, it may be worth contacting {{referralContact}}.',
          'I can recommend someone who could be a better match.'],
        ['{{referralName}} ({{referralContact}}) may be a better fit for what you need.', '{{referralName}} may be a better fit for what you need, and can be reached at {{referralContact}}.',
          '{{referralName}} may be a better fit for what you need.', 'I recommend {{referralName}} as a better fit for what you need.',
          'For a better fit, I recommend contacting {{referralContact}}.', 'You may find a better fit by contacting {{referralContact}}.',
          'I can recommend someone who may be a better fit.'],
      ),
    },
    nextStep: tones(
      ['Let me know if an introduction would help. I wish you all the best.', "I'm happy to make an introduction if that would help. I wish you every success."],
      ["I'm happy to make an introduction if that would help.", 'Let me know if an introduction would help.'],
      ['I can make an introduction if that would help.', 'Let me know if you would like an introduction.'],
    ),
    door: tones(
      ["If you have any questions, I'm happy to answer them. I wish you all the best.", "I wish you every success. If there's anything you'd like me to clarify, do let me know."],
      ["I'm happy to answer any questions. I wish you all the best.", "If there's anything you'd like me to clarify, please let me know."],
      ['I can answer any questions you have. I wish you well.', 'If you have any questions, please let me know.'],
    ),
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
