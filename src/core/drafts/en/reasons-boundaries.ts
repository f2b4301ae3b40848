// English parts for reasons about boundaries and the relationship itself. Each reason words its
// own acknowledgement, alternatives and closing line for where the relationship stands.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const boundaryReasons = {
  // Work under way or done; they come back with the same problem I already helped with.
  'already-helped': {
    opening: tones(
      ['Thanks for getting back in touch.', "It's good to hear from you, and thank you for the update."],
      ['Thanks for getting back in touch about this.', 'Thank you for letting me know the issue has come back.'],
      ['Thank you for your latest message.', 'Thank you for the update.'],
    ),
    empathy: ['I know how frustrating it is when the same problem comes back.', "I know it's frustrating to see an issue return."],
    decision: tones(
      ["I'm afraid I can't help with it again free of charge.", "Unfortunately, I can't offer further free support on this."],
      ["I can't offer further help on this free of charge.", "I'm not able to take this on again at no cost."],
      ["I can't take this on again at no cost.", "I don't provide further free support on issues already resolved."],
    ),
    explained: tones(
      ["I'm afraid I can't help with it again free of charge, as we've already worked through this together.",
        'Unfortunately, I can\'t offer further free support on this, as we covered it in detail last time and worked through it together.'],
      ["I can't offer further help on this free of charge, as we covered it in our previous work together.",
        "I'm not able to take this on again at no cost: we dealt with this issue in our previous work."],
      ["I can't take this on again at no cost. We covered it in full in our previous work.",
        "I don't provide further free support on issues already resolved, and this one was covered in our previous work."],
    ),
    alternatives: {
      'free-resources': tones(
        ["If you'd like to handle it yourself, I'd suggest {{resources}} as a good place to start.", 'You may find {{resources}} useful for working through it on your own.',
          "If you'd like to handle it yourself, I'd be glad to point you to some free guides that cover it.", "I'd be happy to send you a couple of free resources that walk through the fix step by step."],
        ['You should be able to work through it with {{resources}}.', "I'd suggest working through {{resources}} at your own pace.",
          'I can point you to free resources that cover this.', 'There are good free guides on this, and I can send you the links.'],
        ['I recommend {{resources}}, which covers the steps.', 'You can work through it with {{resources}}.',
          'I can point you to free resources on this.', 'Free guides covering this are available, and I can send you links.'],
      ),
      'paid-extra': tones(
        ["If you'd like me to look at it again, I'd be glad to book a paid session at {{rate}}.", "I'd be happy to take it on as a new piece of paid work, at {{rate}}.",
          "If you'd like me to look at it again, I'd be glad to book a paid session.", "I'd be happy to take it on as a new piece of paid work."],
        ['I can take it on as a paid session at {{rate}}.', 'Further support is available as paid work at {{rate}}.',
          'I can take it on as a paid session.', 'Further support is available as paid work.'],
        ['Further support is billed at {{rate}}.', 'I can take it on as paid work at {{rate}}.',
          'Further support is billed at my standard rate.', 'I can take it on as paid work.'],
      ),
    },
    nextStep: {
      'free-resources': tones(
        ['I hope that gets it sorted quickly, and do let me know how you get on.', 'Let me know how you get on with it.'],
        ['Let me know how you get on.', 'I hope that helps resolve it.'],
        ['I hope that resolves it.', 'I hope that is useful.'],
      ),
      'paid-extra': tones(
        ["Let me know if you'd like to book a time, and I'll fit it in as soon as I can.", "If that suits you, tell me which days work and I'll find a slot."],
        ["Let me know if you'd like to book a session.", "If you'd like to go ahead, send me a couple of times that suit you."],
        ['Let me know if you want to book a session.', "If you'd like to go ahead, please send me a time that suits you."],
      ),
    },
    door: tones(
      ["If anything new comes up, I'm always glad to hear from you.", "Whenever you have something new in mind, I'd be happy to help."],
      ['Feel free to get in touch about anything new.', "I'd be glad to help with any new work on my usual terms."],
      ["You're welcome to contact me about new work on my usual terms.", 'New requests are welcome on my usual terms.'],
    ),
  },

  // A new request made on someone else's behalf: a partner, a relative, a friend.
  'third-party-request': {
    opening: tones(
      ['Thank you for thinking of me for someone you know.', "Thanks for getting in touch on someone else's behalf."],
      ["Thank you for getting in touch on someone else's behalf.", 'Thank you for passing on the request.'],
      ["Thank you for your request on someone else's behalf.", 'Thank you for explaining the request.'],
    ),
    empathy: ["It's good of you to help in this way.", 'I can see you want to help.'],
    decision: tones(
      ["I'm afraid I can't take this on through someone else.", "Unfortunately, I can't take this on unless the person concerned contacts me themselves."],
      ["I can't take on work requested through someone else.", "I'm not able to work through an intermediary."],
      ["I don't take on work requested through someone else.", "I can't work through an intermediary."],
    ),
    explained: tones(
      ["I'm afraid I can't take this on through someone else: I need to hear from the person concerned, so that I understand their situation first-hand and can agree everything with them.",
        "Unfortunately, I can't take this on unless the person concerned contacts me themselves, because I need to understand their situation first-hand to do a good job."],
      ["I can't take on work requested through someone else, as I need to agree the details with the person concerned.",
        "I'm not able to work through an intermediary: I agree the scope, terms and feedback with the person I'm working for."],
      ["I don't take on work requested through someone else. I agree all terms with the person concerned.",
        "I can't work through an intermediary, as I agree all terms with the person I'm working for."],
    ),
    alternatives: {
      'direct-contact': tones(
        ["If the person concerned would like my help, they're very welcome to get in touch with me directly.", "You're welcome to pass on my details, so that the person concerned can write to me and tell me what they need."],
        ['The person concerned is welcome to contact me directly.', 'Please ask the person concerned to contact me directly.'],
        ['The person concerned can contact me directly.', 'The person concerned is welcome to write to me themselves.'],
      ),
    },
    nextStep: tones(
      ["I'll gladly take it from there once I hear from them.", "Once they've been in touch, I'll reply promptly."],
      ["I'll take it from there once I hear from them.", "I'll reply to them as soon as they write."],
      ['I will reply once they write to me.', 'I will reply as soon as they do.'],
    ),
    door: tones(
      ["If there's ever anything I can help you with yourself, I'd be glad to hear from you.", "You're always welcome to get in touch about work of your own."],
      ["You're welcome to get in touch if there's anything I can help you with yourself.", "I'd be glad to hear from you about any work of your own."],
      ["You're welcome to contact me about any work of your own.", "If you need help with your own work, I'd be glad to hear from you."],
    ),
  },

  // Work under way; calls at odd hours, evenings or holidays, calls instead of email.
  'after-hours': {
    opening: tones(
      ['Thanks for your message.', 'Thank you for keeping me posted.'],
      ['Thanks for your message.', 'Thank you for getting in touch.'],
      ['Thank you for your messages.', 'Thanks for getting in touch.'],
    ),
    empathy: ['I understand some things feel urgent when they come up.', 'I know questions can come up at any hour.'],
    decision: tones(
      ["I'm afraid I'm not available outside my working hours.", "Unfortunately, I can't take calls or pick up work in the evenings or at weekends."],
      ["I'm not available outside my working hours.", "I can't take calls or pick up work outside my working hours."],
      ["I don't take calls or respond to messages outside my working hours.", "I'm not available outside my working hours."],
    ),
    explained: tones(
      ["I'm afraid I'm not available outside my working hours, which are {{policy}}, as keeping to them is what lets me give every client my full attention.",
        "Unfortunately, I can't take calls or pick up work outside my working hours: I work {{policy}}, and keeping to that is what lets me give every client proper attention.",
        "I'm afraid I'm not available outside my working hours: keeping to them is what lets me give every client my full attention.",
        'Unfortunately, I can\'t take calls or pick up work in the evenings or at weekends, as I keep that time free so that I can give every client proper attention during the week.'],
      ["I'm not available outside my working hours, which are {{policy}}, and I handle requests by email so that everything is on record.",
        "I can't take calls or pick up work outside my working hours ({{policy}}), and I deal with requests in writing.",
        "I'm not available outside my working hours, and I handle requests by email so that everything is on record.",
        "I can't take calls or pick up work outside my working hours, as I deal with client requests in writing during the working week."],
      ["I don't take calls or respond to messages outside my working hours. I work {{policy}}.",
        "I'm not available outside my working hours, which are {{policy}}.",
        "I don't take calls or respond to messages outside my working hours. I handle client requests by email.",
        "I'm not available outside my working hours, and I handle all requests in writing."],
    ),
    alternatives: {
      'working-hours': tones(
        ["I'll gladly pick this up by email during my working hours ({{policy}}).", "If you send the details by email, I'll deal with them {{policy}}.",
          "I'll gladly pick this up by email first thing on my next working day.", "If you send the details by email, I'll deal with them promptly during the working week."],
        ['I can pick this up by email during my working hours ({{policy}}).', 'Emails sent outside those hours will get a reply {{policy}}.',
          "I'll pick this up by email on my next working day.", "If you send the details by email, I'll respond during the working week."],
        ['I respond to emails during my working hours ({{policy}}).', 'Requests sent by email are handled {{policy}}.',
          "I'll reply to anything you send by email during those hours.", 'Requests sent by email are handled during the working week.'],
      ),
    },
    nextStep: tones(
      ["If anything is time-sensitive, flag it in your email and I'll deal with it first.", "Do mark anything urgent in the subject line, and I'll make it my first task."],
      ["If something is urgent, mark it as such in your email and I'll deal with it first.", "If anything is urgent, say so in the subject line and I'll prioritise it."],
      ['If anything is urgent, please say so in the subject line.', 'Please flag anything urgent in the subject line, and I will deal with it first.'],
    ),
    door: tones(
      ["I'll keep you updated on progress as usual, and I'm glad to hear your thoughts by email.", "The project carries on as planned, and I'm glad to pick up any questions by email during my working hours."],
      ["I'll keep you updated on progress as usual, and I'm happy to answer any questions by email.", "I'll continue to keep you posted by email, and your questions are welcome there."],
      ["I will keep you updated by email, and I'm happy to answer any questions there.", 'Questions are welcome by email during my working hours.'],
    ),
  },

  // Disrespect or an unethical request: no thanks, no empathy, no alternative, no open door.
  'disrespect-or-ethics': {
    opening: tones(
      ["I've read your message and thought about how best to reply.", "I've read your message carefully."],
      ["I've read your message and considered my reply.", "I've read your message carefully."],
      ["I've read your message.", 'I have read your message.'],
    ),
    decision: tones(
      ["I can't go ahead with what your message asks.", "I'm not comfortable continuing on this basis."],
      ["I can't go ahead with what your message asks.", "I won't continue on this basis."],
      ["I won't proceed with this.", "I can't continue on this basis."],
    ),
    explained: tones(
      ["I can't go ahead with what your message asks: it conflicts with the honesty and mutual respect my work depends on, and I hold every client and every project to that same standard.",
        "I'm not comfortable continuing on this basis, because my work depends on honesty and mutual respect on both sides, and I keep to that with every client and every project."],
      ["I can't go ahead with what your message asks, as it conflicts with the principles I work by, and I apply those principles to every client without exception.",
        "I won't continue on this basis: my work depends on honesty and mutual respect, and I hold to that with every client, whatever the project."],
      ["I won't proceed with what your message asks. It conflicts with the standards I work to, and I apply those standards to every client and every project.",
        "I won't continue on this basis, as it is at odds with the principles I work by. They apply to every client and every project."],
    ),
    alternatives: {},
    signOff: ['Regards,'],
  },

  // Ending the collaboration, or not starting it.
  'not-a-fit': {
    opening: tones(
      ['Thank you for the trust you have placed in my work.', "Thanks for your message, and for the time you've given this."],
      ['Thank you for your trust in my work.', "Thanks for the time you've given to this."],
      ['Thank you for your time on this.', 'Thank you for your message.'],
    ),
    empathy: ["I've thought about this carefully before writing.", "I'd rather be straightforward with you than let things drift."],
    decision: tones(
      ["I'm afraid I'm not the right person to take this forward.", "After careful thought, I've decided not to take this forward."],
      ["I've decided not to take this forward.", "I'm not the right fit for this work."],
      ["I won't proceed with further work.", "I've decided not to take this any further."],
    ),
    explained: tones(
      ["I'm afraid I'm not the right person to take this forward: what you need and the way I work don't match closely enough, and it's better for both of us that I say so now.",
        "After careful thought, I've decided not to take this forward, as what you need and the way I work are too far apart for me to do my best work for you."],
      ["I've decided not to take this forward, as what you need and the way I work aren't a good match.",
        "I'm not the right fit for this work: your needs and my approach are too far apart for me to give you the results you're looking for."],
      ["I won't proceed with further work. Your needs and my services are not a good match.",
        "I've decided not to take this any further, as your requirements and my way of working do not match."],
    ),
    alternatives: {
      referral: tones(
        ["{{referralName}} ({{referralContact}}) could be a better match for what you need, and I'd be happy to recommend them.",
          'You might find {{referralName}} a better fit; you can reach them at {{referralContact}}.',
          "{{referralName}} could be a better match for what you need, and I'd be happy to recommend them.",
          "You might find {{referralName}} a better fit, and I'd be happy to recommend them.",
          'A colleague of mine could be a better match, and you can reach them at {{referralContact}}.',
          "I'd be glad to suggest a colleague who could be a better match."],
        ['{{referralName}} ({{referralContact}}) could be a better match for what you need.', 'You may find {{referralName}} ({{referralContact}}) a better fit.',
          '{{referralName}} could be a better match for what you need.', 'You may find {{referralName}} a better fit.',
          'A colleague who could be a better match can be reached at {{referralContact}}.', 'I can suggest a colleague who could be a better match.'],
        ['{{referralName}} ({{referralContact}}) may be a better fit for what you need.', 'I recommend contacting {{referralName}} at {{referralContact}}, who may be a better fit.',
          '{{referralName}} may be a better fit for what you need.', 'I recommend contacting {{referralName}}, who may be a better fit.',
          'A colleague who may be a better fit can be reached at {{referralContact}}.', 'I can refer you to a colleague who may be a better fit.'],
      ),
    },
    nextStep: tones(
      ['Do mention my name when you get in touch, and I wish you every success with what comes next.', "You're welcome to say I suggested them, and I hope it all goes well from here."],
      ['Feel free to mention my name when you contact them; I wish you success with what comes next.', "You're welcome to say I referred you, and I hope the next stage goes well."],
      ["You're welcome to mention my name when you contact them, and I wish you well.", 'You may say I referred you. I wish you success with the next stage.'],
    ),
    door: tones(
      ["I wish you every success with what comes next, and I'm happy to answer any questions you have in the meantime.", "Thank you again, and if there's anything you'd like me to clarify, do let me know."],
      ["I wish you success with what comes next, and I'm happy to answer any questions in the meantime.", "If there's anything you'd like me to clarify, please let me know."],
      ["I wish you well, and I'm available if you have any questions.", 'If you have any questions in the meantime, please let me know.'],
    ),
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
