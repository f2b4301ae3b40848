// English parts for reasons about boundaries and the relationship itself. Each reason words its
// own acknowledgement, alternatives and closing line for where the relationship stands.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const boundaryReasons = {
  // Work under way or done; they come back with the same problem I already helped with.
  'already-helped': {
    opening: tones(
      ['Thanks for getting back in touch about the issue.', 'Thank you for letting me know the problem has come back.'],
      ['Thanks for getting back in touch about the issue.', 'Thank you for letting me know the problem has returned.'],
      ['Thank you for your message about the issue.', 'Thank you for letting me know the problem has returned.'],
    ),
    empathy: ['I know how frustrating it is when the same problem comes back.', 'I understand how frustrating it is to see it return.'],
    decision: tones(
      ["I'm afraid I can't help with it again free of charge.", "Unfortunately, I can't offer further free support on this."],
      ["I can't offer further help on this free of charge.", "I'm not able to take this on again at no cost."],
      ["I can't take this on again at no cost.", "I can't offer further free support on this."],
    ),
    explained: tones(
      ["I'm afraid I can't help with it again free of charge, as we worked through it together in full last time.",
        'Unfortunately, I can\'t offer further free support on this, as we covered it in detail last time.'],
      ["I can't offer further help on this free of charge, as we dealt with it fully last time.",
        "I'm not able to take this on again at no cost: we worked through it together last time."],
      ["I can't take this on again at no cost. We dealt with it fully last time.",
        "I can't offer further free support on this, as we resolved it last time."],
    ),
    alternatives: {
      'free-resources': tones(
        ["If you'd like to handle it yourself, I'd suggest {{resources}} as a good place to start.", 'You may find {{resources}} useful for working through it on your own.',
          "If you'd like to handle it yourself, I'd be glad to point you to some free guides that cover it.", "I'd be happy to send you a couple of free resources that walk through the fix step by step."],
        ['You should be able to work through it with {{resources}}.', "I'd suggest working through {{resources}} at your own pace.",
          'I can point you to free resources that cover this.', 'There are good free guides on this, and I can send you the links.'],
        ['I recommend {{resources}}, which covers the steps.', 'You can work through it with {{resources}}.',
          'I can point you to free resources that cover this.', 'Free guides covering this are available, and I can send you links.'],
      ),
      'paid-extra': tones(
        ["If you'd like me to look at it again, I'd be glad to do so as paid work at {{rate}}.", "I'd be happy to look into it again as paid work, at {{rate}}.",
          "If you'd like me to look at it again, I'd be glad to do so as paid work at my usual rates.", "I'd be happy to look into it again as paid work."],
        ['I can look at it again as paid work, at {{rate}}.', 'I can take another look as paid work, billed at {{rate}}.',
          'I can look at it again as paid work, at my usual rates.', 'I can take another look as paid work.'],
        ['I can look at it again as paid work at {{rate}}.', 'Further support is billed at {{rate}}.',
          'I can look at it again as paid work at my standard rate.', 'Further support is billed at my standard rate.'],
      ),
    },
    nextStep: {
      'free-resources': tones(
        ['I hope that gets it sorted quickly, and do let me know how you get on.', 'Let me know how you get on with it.'],
        ['Let me know how you get on.', 'I hope that helps resolve it.'],
        ['I hope that helps you resolve it.', 'Let me know how you get on.'],
      ),
      'paid-extra': tones(
        ["Let me know if you'd like to book a time, and I'll fit it in as soon as I can.", "If that suits you, tell me which days work and I'll find a slot."],
        ["Let me know if you'd like to book a session.", "If you'd like to go ahead, send me a couple of times that suit you."],
        ['Let me know if you want to book a session.', "If you'd like to go ahead, please send me a time that suits you."],
      ),
    },
    door: tones(
      ["If you'd like me to look at it again as paid work, I'd be glad to help.", "If anything new comes up, I'm always glad to hear from you."],
      ["If you'd like me to look at it again as paid work, I'm happy to do that at my usual rates.", "I'd be glad to help with anything new on my usual terms."],
      ["If you'd like me to look at it again, you're welcome to book it as paid work.", "You're welcome to contact me about anything new on my usual terms."],
    ),
  },

  // A new request made on someone else's behalf: a partner, a relative, a friend.
  'third-party-request': {
    opening: tones(
      ['Thank you for getting in touch on behalf of someone else.', 'Thanks for passing on the request.'],
      ['Thank you for getting in touch on behalf of someone else.', 'Thank you for passing on the request.'],
      ['Thank you for passing on the request.', 'Thank you for getting in touch on behalf of someone else.'],
    ),
    empathy: ["It's good of you to help in this way.", 'I can see you want to help.'],
    decision: tones(
      ["I'm afraid I can't take this on as it stands.", "Unfortunately, I can't accept work requested for another person."],
      ["I can't take on work requested for another person.", "I'm not able to take this on through an intermediary."],
      ["I can't take on work requested for another person.", "I won't take on work through an intermediary."],
    ),
    explained: tones(
      ["I'm afraid I can't take this on as it stands: I only agree work with the person it's for, so that I understand their situation first-hand.",
        "Unfortunately, I can't accept work requested for another person, because I need to agree the details with them myself."],
      ["I can't take on work requested for another person, as I need to agree the details with the person it's for.",
        "I'm not able to take this on through an intermediary: I agree the scope and terms with the person I'm working for."],
      ["I can't take on work requested for another person. I agree work only with the person it's for.",
        "I won't take on work through an intermediary, as I agree terms with the person I work for."],
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
      ["The person concerned is welcome to contact me themselves, and I'd be glad to help you with anything of your own.", "If there's anything I can help you with directly, I'd be glad to hear from you."],
      ['The person concerned is welcome to contact me themselves.', "If there's anything I can help you with directly, feel free to get in touch."],
      ['The person concerned is welcome to contact me directly.', "You're welcome to contact me about any work of your own."],
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
      ["I can't take calls or reply to messages outside my working hours.", "I'm not available outside my working hours."],
    ),
    explained: tones(
      ["I'm afraid I'm not available outside my working hours, which are {{policy}}, as keeping to them is what lets me give every client my full attention.",
        "Unfortunately, I can't take calls or pick up work outside my working hours: I work {{policy}}, and keeping to that is what lets me give every client proper attention.",
        "I'm afraid I'm not available outside my working hours: keeping to them is what lets me give every client my full attention.",
        'Unfortunately, I can\'t take calls or pick up work in the evenings or at weekends, as keeping that time free is what lets me give every client proper attention.'],
      ["I'm not available outside my working hours, which are {{policy}}, and I handle requests by email so that everything is on record.",
        "I can't take calls or pick up work outside my working hours ({{policy}}), and I deal with requests in writing.",
        "I'm not available outside my working hours, and I handle requests by email so that everything is on record.",
        "I can't take calls or pick up work outside my working hours, as I deal with client requests in writing."],
      ["I can't take calls or reply to messages outside my working hours. I work {{policy}}.",
        "I'm not available outside my working hours, which are {{policy}}.",
        "I can't take calls or reply to messages outside my working hours. I handle client requests by email.",
        "I'm not available outside my working hours, and I handle requests in writing."],
    ),
    alternatives: {
      'working-hours': tones(
        ["I'll gladly pick this up by email within those hours, which are {{policy}}.", "If you send me the details by email, I'll deal with them within those hours ({{policy}}).",
          "I'll gladly reply to your emails within those hours.", "If you send me the details by email, I'll deal with them on my next working day."],
        ['I can pick this up by email within those hours ({{policy}}).', "I'll answer emails within those hours, which are {{policy}}.",
          "I'll reply to emails within those hours.", "If you send the details by email, I'll reply on my next working day."],
        ["I'll reply to emails within those hours ({{policy}}).", 'I will answer emails within those hours: {{policy}}.',
          "I'll reply to emails within those hours.", 'I will answer anything you send by email within those hours.'],
      ),
    },
    nextStep: tones(
      ["I'm glad to keep things to email rather than calls, so we both have everything in writing.", "That way, we'll both have everything in writing."],
      ["I'm happy to keep things to email rather than calls.", "That way, we'll both have everything in writing."],
      ["I'd ask you to use email rather than calls.", "That way, we'll both have everything in writing."],
    ),
    door: tones(
      ["I'll carry on with the work as planned and am glad to answer any questions by email.", "I'm glad to pick up any questions by email within those hours."],
      ["I'll carry on with the work as planned, and I'm happy to answer any questions by email.", 'Your questions are welcome by email within those hours.'],
      ['I will carry on with the work as planned and answer any questions by email.', 'Questions are welcome by email within those hours.'],
    ),
  },

  // Disrespect or an unethical request: no thanks, no empathy, no alternative, no open door.
  'disrespect-or-ethics': {
    opening: tones(
      ["I've read your message carefully and want to reply clearly.", "I've read your message and thought about how to reply."],
      ["I've read your message carefully and considered my reply.", "I've read your message carefully."],
      ["I've read your message.", 'I have read your message and considered it.'],
    ),
    decision: tones(
      ["I won't proceed with what your message asks.", "I won't continue on this basis."],
      ["I'm not going to do what your message asks.", "I won't continue on this basis."],
      ["I won't proceed with this.", "I won't continue on this basis."],
    ),
    explained: tones(
      ["I won't proceed with what your message asks: it goes against the honesty and mutual respect my work depends on, and I hold to that with every client.",
        "I won't continue on this basis, because my work depends on honesty and respect, and that standard applies to every client without exception."],
      ["I'm not going to do what your message asks, as it conflicts with the principles I work by, and I apply those to every client without exception.",
        "I won't continue on this basis: my work depends on honesty and mutual respect, and I hold to that with every client and on every project."],
      ["I won't proceed with what your message asks. It conflicts with the standards I work to, and those standards apply to every client and every project.",
        "I won't continue on this basis. It is at odds with the principles I work by, and I apply them to every client without exception."],
    ),
    alternatives: {},
    signOff: ['Regards,'],
  },

  // Ending the collaboration, or not starting it.
  'not-a-fit': {
    opening: tones(
      ["Thank you for the trust you've placed in my work.", "Thank you for the time you've put into our conversations."],
      ['Thank you for your trust in my work.', "Thanks for the time you've put into our discussions."],
      ['Thank you for your time.', 'Thank you for your time and your trust in my work.'],
    ),
    empathy: ["I've thought carefully before writing to you.", "I'd rather be straightforward with you than let things drift."],
    decision: tones(
      ["I'm afraid I've decided not to proceed with working together.", "After careful thought, I've decided not to take things any further."],
      ["I've decided not to proceed with working together.", "I've decided not to take things any further."],
      ["I won't proceed with working together.", "I've decided not to take things any further."],
    ),
    explained: tones(
      ["I'm afraid I've decided not to proceed with working together: what you need and the way I work don't match closely enough, and it's better for both of us that I say so now.",
        "After careful thought, I've decided not to take things any further, as your needs and my approach are too far apart for me to give you the results you're looking for."],
      ["I've decided not to proceed with working together, as what you need and the way I work aren't a good match.",
        "I've decided not to take things any further: your needs and my approach are too far apart for me to give you the results you're looking for."],
      ["I won't proceed with working together. Your needs and my services are not a good match.",
        "I've decided not to take things any further, as your requirements and my way of working do not match."],
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
      ["I wish you every success with what comes next, and I'm happy to answer any questions you have.", "Thank you again, and if there's anything you'd like me to clarify, do let me know."],
      ["I wish you success with what comes next, and I'm happy to answer any questions.", "If there's anything you'd like me to clarify, please let me know."],
      ["I wish you well, and I'm available if you have any questions.", 'If you have any questions, please let me know.'],
    ),
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
