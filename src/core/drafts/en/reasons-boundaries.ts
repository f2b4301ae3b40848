// English parts for reasons about boundaries and the relationship itself. Each reason words its
// own acknowledgement, alternatives and closing line for where the relationship stands.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const boundaryReasons = {
  // Work under way or done; they come back with the same problem I already helped with.
  'already-helped': {
    opening: tones(
      ['Thank you for letting me know the problem has come back.', 'I appreciate you getting back to me.'],
      ['Thanks for getting back in touch.', 'I appreciate you letting me know the problem has returned.'],
      ["I've read your message about the recurring problem.", "I've seen that the same problem has come back."],
    ),
    empathy: ["I understand it's frustrating when an issue you thought was solved returns.", "I know it's unwelcome to have the same thing come back."],
    decision: tones(
      ["I'm afraid I can't look into it a second time free of charge.", "Unfortunately, I can't take it on again without charge."],
      ["I'm not able to look at this issue again at no charge.", "I'm not able to look into this again free of charge."],
      ["I can't work on this issue again at no charge.", "I won't work on this again without charge."],
    ),
    explained: tones(
      ["I'm sorry, but I can't look into it a second time free of charge, as we worked through it in full last time.",
        "Unfortunately, I can't take it on again without charge, because we went through it in detail at the time."],
      ["I'm not able to look at this issue again at no charge, since we resolved it fully last time.",
        "I'm not able to look into this again free of charge, as we covered it in detail at the time."],
      ["I can't work on this issue again at no charge. We resolved it in full last time.",
        "I won't work on this again without charge, as we went through it in detail at the time."],
    ),
    alternatives: {
      'free-resources': tones(
        ["If you'd like to tackle it [yourself|yourself|yourselves|yourselves], {{resources}} would be a good place to start.",
          "If you'd like to tackle it [yourself|yourself|yourselves|yourselves], the steps we followed last time are a good place to start."],
        ['You may find {{resources}} helpful for tackling it [yourself|yourself|yourselves|yourselves].',
          'Going back over the steps we followed last time should help if you want to tackle it [yourself|yourself|yourselves|yourselves].'],
        ["If you'd like to fix it [yourself|yourself|yourselves|yourselves], I'd recommend {{resources}}.",
          "If you'd like to fix it [yourself|yourself|yourselves|yourselves], you could repeat the steps we followed before."],
      ),
      'paid-extra': tones(
        ["I'd be glad to take another look as paid work, at {{rate}}.", "I'd be glad to take another look as paid work, at my usual rates."],
        ['I can look into it again as a paid job, at {{rate}}.', 'I can look into it again as a paid job at my standard rates.'],
        ['I can do further work on it at {{rate}}.', 'I can do further work on it at my standard rate.'],
      ),
    },
    nextStep: {
      'free-resources': tones(
        ['Do let me know how you get on.', "I hope that helps. I'd be glad to hear how you get on."],
        ['Let me know how you get on.', 'Let me know whether that sorts it out.'],
        ['Let me know how it goes.', 'Please let me know the outcome.'],
      ),
      'paid-extra': tones(
        ["Let me know if you'd like to go ahead, and I'll tell you when I can start.", "If that suits you, let me know and I'll confirm a start date."],
        ["Let me know if you'd like me to go ahead.", "If you'd like that, I'll confirm when I can start."],
        ['Let me know if you want to proceed.', "Please confirm if you'd like me to proceed."],
      ),
    },
    door: tones(
      ["If you'd like me to take it on as paid work, I'd be glad to.", "I'm happy to help with anything new that comes up."],
      ["If you'd like me to take it on as paid work, let me know.", "I'm happy to help with any new issue on my usual terms."],
      ['I can look into it as paid work if you wish.', "You're welcome to contact me about new issues on my usual terms."],
    ),
  },

  // A new request made on someone else's behalf: a partner, a relative, a friend.
  'third-party-request': {
    opening: tones(
      ['Thank you for getting in touch about this.', 'Thanks for passing this request on.'],
      ['I appreciate you passing this on.', 'Thank you for your message about this request.'],
      ["I've noted that this request is on someone else's behalf.", "I understand you're asking on behalf of someone else."],
    ),
    empathy: ["It's good of you to ask on their behalf.", "I'm glad you thought of me for this."],
    decision: tones(
      ["I'm afraid I can't take this on unless the request comes from the person it's for.", "I'm afraid I can't take on work arranged for someone else."],
      ["I'm not able to take this on unless the person it's for writes to me directly.", "I can't accept work arranged through someone else."],
      ["I can't take this on through an intermediary.", "I won't take on work arranged by a third party."],
    ),
    explained: tones(
      ["I'm sorry, but I can't take this on unless the request comes from the person it's for, as I need to understand their situation first-hand.",
        "I'm afraid I can't take on work arranged for someone else, because the scope and terms need to be agreed with the person it's for."],
      ["I'm not able to take this on unless the person it's for writes to me directly, since I need to agree the details with them.",
        "I can't accept work arranged through someone else, as I need to agree scope and terms with the person who'll be my client."],
      ["I can't take this on through an intermediary. I agree the details only with the person the work is for.",
        "I won't take on work arranged by a third party, as the terms need to be agreed with the person the work is for."],
    ),
    alternatives: {
      'direct-contact': tones(
        ["They're very welcome to get in touch with me themselves.", "You're welcome to pass on my details so they can contact me directly."],
        ["They're welcome to contact me themselves.", 'Please feel free to share my details so they can write to me.'],
        ['Whoever needs the work can contact me directly.', 'You can pass my details on so they can write to me.'],
      ),
    },
    nextStep: tones(
      ["I'll be glad to take it from there once I hear from them.", "I'll reply as soon as I hear from them."],
      ["Once I hear from them, I'll take it from there.", "I'll reply to them as soon as they're in touch."],
      ["I'll reply once I hear from them.", "I'll discuss the work with them once they get in touch."],
    ),
    door: tones(
      ["If there's ever anything of your own I can help with, I'd be glad to hear from you.", "You're always welcome to get in touch about work of your own."],
      ["You're welcome to contact me about any work of your own.", 'If you need help with something of your own, feel free to get in touch.'],
      ["You're welcome to contact me about a project of your own.", 'For any work of your own, you can contact me directly.'],
    ),
  },

  // Work under way; calls at odd hours, evenings or holidays, calls instead of email.
  'after-hours': {
    opening: tones(
      ['Thank you for your message.', 'Thanks for getting in touch.'],
      ['I appreciate you getting in touch.', 'Thanks for the message.'],
      ['Thanks for your latest message.', 'Thanks for your recent messages.'],
    ),
    empathy: ['I know things can come up at short notice.', "I understand you'd like to reach me quickly."],
    decision: tones(
      ["I'm afraid I'm not available outside my working hours.", "Unfortunately, outside my working hours I can't take calls or deal with requests."],
      ["I'm not available for calls or work outside my working hours.", "I can't take calls or requests out of hours."],
      ["Outside my working hours, I won't take calls or deal with requests.", "I'm not available outside my working hours."],
    ),
    explained: tones(
      ["I'm afraid I'm not available outside my working hours, which are {{policy}}, because keeping to them lets me give every client my full attention.",
        "Unfortunately, outside my working hours I can't take calls or deal with requests, as keeping to a fixed schedule lets me give every client my full attention."],
      ["I'm not available for calls or work outside my working hours ({{policy}}), since a fixed schedule is what lets me give every client proper attention.",
        "I can't take calls or requests out of hours, as keeping to set hours is how I give every client proper attention."],
      ["Outside my working hours, which are {{policy}}, I won't take calls or deal with requests. Keeping to them means every client gets my full attention.",
        "I'm not available outside my working hours. Keeping to them is how I give every client proper attention."],
    ),
    alternatives: {
      'working-hours': tones(
        ["I'm happy to pick this up during those hours, which are {{policy}}, by phone or by email.", "I'm happy to pick this up with you during those hours, whether by phone or by email."],
        ['I can deal with this within those hours, which are {{policy}}.', 'I can deal with this within those hours.'],
        ['I can deal with this {{policy}}.', "I'll pick this up during those hours."],
      ),
    },
    nextStep: tones(
      ['Let me know what time would suit you best.', 'Let me know a time that works for you.'],
      ['Let me know which time suits you.', 'Please suggest a time that works for you.'],
      ["Please suggest a time, and I'll confirm it.", 'Let me know which slot suits you.'],
    ),
    door: tones(
      ["I'll reply to anything you send as soon as I'm back at my desk.", "I'm happy to pick up anything you send first thing when I'm next at my desk."],
      ["I'll pick up anything you send when I'm next at my desk.", "Anything you send out of hours will get a reply when I'm back at my desk."],
      ["Anything you send out of hours, I'll answer when I'm next at my desk.", "I'll answer anything sent in the evening or on a holiday when I'm back at my desk."],
    ),
  },

  // Disrespect or an unethical request: no thanks, no empathy, no alternative, no open door.
  'disrespect-or-ethics': {
    opening: tones(
      ["I've read your message carefully.", "I've read your message in full."],
      ["I've read your message.", "I've read your latest message."],
      ["I've read what you sent.", "I've read your last message."],
    ),
    decision: tones(
      ["I won't do what you've asked.", "I won't do what you've asked, and I won't take this any further."],
      ["I won't do what you've asked.", "I won't do what you've asked, and this ends the matter."],
      ["I won't do what you've asked.", "I won't do what you've asked, and I won't respond to this further."],
    ),
    explained: tones(
      ["I won't do what you've asked. It goes against the standards I work to, and I'm not willing to set them aside for any project, so my answer won't change.",
        "I won't do what you've asked. It isn't something I'm prepared to do for any client, and I won't take the matter any further or discuss it with you."],
      ["I won't do what you've asked. It goes against the standards I work to, and my position is settled, so I won't discuss the matter with you any further.",
        "I won't do what you've asked, as it isn't something I'd do for any client. I won't discuss it further, and my answer won't change."],
      ["I won't do what you've asked. It goes against my professional standards, so my answer won't change, and I won't discuss the matter any further with you.",
        "I won't do what you've asked. It isn't something I'd do for any client, so my answer is final and I won't respond further on this matter."],
    ),
    alternatives: {},
    greeting: tones(
      ['[Dear {{clientFirstName}},|Dear {{clientFirstName}},|Hello all,]', '[Hello,|Hello,|Hello all,]'],
      ['[Dear {{clientFirstName}},|Dear {{clientFirstName}},|Hello all,]', '[Hello,|Hello,|Hello all,]'],
      ['[Dear {{clientFirstName}},|Dear {{clientFirstName}},|Hello all,]', '[Hello,|Hello,|Hello all,]'],
    ),
    signOff: tones(['Regards,'], ['Regards,'], ['Regards,']),
  },

  // Ending the collaboration, or not starting it.
  'not-a-fit': {
    opening: tones(
      ["Thank you for the time you've put into our conversations.", "I appreciate the time you've given to our discussions."],
      ['Thank you for your time so far.', "I appreciate the detail you've shared with me."],
      ["I've given our discussions careful thought.", "I've thought carefully about whether we should work together."],
    ),
    empathy: ["I've given careful thought to the best way forward.", "I'd rather be straightforward with you now."],
    decision: tones(
      ["I'm afraid I've decided not to take our work together any further.", "Unfortunately, I've decided it's best that we don't work together on this."],
      ["I've decided not to take our discussions any further.", "I've decided not to proceed with this work."],
      ["I've decided not to proceed.", "I won't be taking this any further."],
    ),
    explained: tones(
      ["I've decided not to take our work together any further, as your requirements and the way I work don't match closely enough. It's fairer to both of us to say so now.",
        "Unfortunately, I've decided it's best that we don't work together on this, because your requirements and my approach are too far apart for me to give you the results you're looking for."],
      ["I've decided not to take our discussions any further, as what you need and the way I work don't fit well enough.",
        "I've decided not to proceed with this work, since your requirements and my approach are too far apart for this to work well."],
      ["I've decided not to proceed. Your requirements and my approach aren't a good match.",
        "I won't be taking this any further, as what you need and how I work are too far apart."],
    ),
    alternatives: {
      referral: tones(
        ['You can reach {{referralName}}, who may be a better fit for what you need, at {{referralContact}}.',
          "I'd recommend {{referralName}}, who could be a better match for what you need.",
          'A colleague who may be a better fit for what you need can be reached at {{referralContact}}.',
          "I'd be glad to recommend someone who could be a better match."],
        ['You may find {{referralName}} a better fit ({{referralContact}}).',
          'You may find {{referralName}} a better fit.',
          'A colleague who may suit you better can be reached at {{referralContact}}.',
          'I can recommend someone who may suit you better.'],
        ['I recommend {{referralName}}, who can be reached at {{referralContact}}.',
          'I recommend {{referralName}} as a better fit.',
          'For a better fit, I recommend a colleague at {{referralContact}}.',
          'I can recommend someone better suited to your requirements.'],
      ),
    },
    nextStep: tones(
      ['Let me know if an introduction would help. I wish you all the best.', "I'm happy to make an introduction if that would help. I wish you every success."],
      ["I'm happy to make an introduction if that would help.", "Let me know if you'd like an introduction."],
      ["I'll make an introduction if you wish.", 'Let me know if an introduction would be useful.'],
    ),
    door: tones(
      ["If you have any questions, I'm happy to answer them. I wish you all the best.", "I wish you every success. If anything needs clarifying, I'm glad to help."],
      ["If you have any questions, I'll gladly answer them. I wish you well.", 'If anything needs clarifying, please let me know.'],
      ["I'm happy to answer any questions you have. I wish you well.", 'If you have questions, please let me know.'],
    ),
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
