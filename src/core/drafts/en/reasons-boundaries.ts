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
      ["I'm afraid I can't help with the same issue again free of charge.", "Unfortunately, I can't offer further free support on this issue."],
      ["I can't help with the same issue again free of charge.", "I'm not able to offer further free support on this issue."],
      ["I can't help with the same issue again free of charge.", "I can't offer further free support on this issue."],
    ),
    explained: tones(
      ["I'm afraid I can't help with the same issue again free of charge, as we worked through it together in full last time.",
        "Unfortunately, I can't offer further free support on this issue, as we covered it in detail last time."],
      ["I can't help with the same issue again free of charge, as we dealt with it fully last time.",
        "I'm not able to offer further free support on this issue, as we went through it in detail together last time."],
      ["I can't help with the same issue again free of charge. We dealt with it fully last time.",
        "I can't offer further free support on this issue, as we fixed it last time."],
    ),
    alternatives: {
      'free-resources': tones(
        ["If you'd like to handle it yourself, {{resources}} would be a good place to start.", "If you'd like to handle it yourself, I'd be glad to point you to some free guides that cover it."],
        ['You should be able to resolve it with the help of {{resources}}.', 'I can point you to free guides that cover it.'],
        ['You can resolve it with the help of {{resources}}.', 'I can point you to free guides that cover it.'],
      ),
      'paid-extra': tones(
        ["I'd be glad to take another look as paid work, at {{rate}}.", "I'd be glad to take another look as paid work, at my usual rates."],
        ['I can take another look as paid work, at {{rate}}.', 'I can take another look as paid work, at my usual rates.'],
        ['I can take another look as paid work, at {{rate}}.', 'I can take another look as paid work, at my usual rates.'],
      ),
    },
    nextStep: {
      'free-resources': tones(
        ["I'm happy to send a link if that helps, and do let me know how you get on.", "Let me know how you get on, and I'm happy to send a link if that helps."],
        ["I'm happy to send a link if that helps; let me know how you get on.", "Let me know if you'd like me to send a link."],
        ["Let me know if you'd like me to send a link.", 'I can send a link if that is useful.'],
      ),
      'paid-extra': tones(
        ["Let me know if you'd like to go ahead, and I'll fit it in as soon as I can.", "If that suits you, tell me which days work and I'll find a slot."],
        ["Let me know if you'd like to go ahead.", "If you'd like to go ahead, send me a couple of times that suit you."],
        ["Let me know if you'd like to go ahead.", "If you'd like to go ahead, please send me a time that suits you."],
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
    empathy: ["It's good of you to help in this way.", "It's thoughtful of you to ask on their behalf."],
    decision: tones(
      ["I'm afraid I can't take this on unless the request comes from the person it's for.", "Unfortunately, I can't agree work with anyone but the person it's for."],
      ["I can't take this on unless the request comes from the person it's for.", "I can't agree work with anyone but the person it's for."],
      ["I can't take this on unless the request comes from the person it's for.", "I can't agree work with anyone but the person it's for."],
    ),
    explained: tones(
      ["I'm afraid I can't take this on unless the request comes from the person it's for, as I need to understand their situation first-hand.",
        "Unfortunately, I can't agree work with anyone but the person it's for, as I need to hear from them what they need."],
      ["I can't take this on unless the request comes from the person it's for, as I need to agree the details with them.",
        "I can't agree work with anyone but the person it's for, as the scope and terms need to come from them."],
      ["I can't take this on unless the request comes from the person it's for. I agree the details with them.",
        "I can't agree work with anyone but the person it's for. The scope and terms need to come from them."],
    ),
    alternatives: {
      'direct-contact': tones(
        ["They're very welcome to get in touch with me themselves.", "You're welcome to pass on my details so they can write to me about what they need."],
        ["They're welcome to contact me themselves.", 'Please feel free to pass on my details so they can write to me.'],
        ['They can contact me themselves.', 'You can pass on my details so they can write to me.'],
      ),
    },
    nextStep: tones(
      ["I'll gladly take it from there once I hear from them.", "Once they've been in touch, I'll reply promptly."],
      ["I'll take it from there once I hear from them.", "I'll reply as soon as they write."],
      ['I will reply once they write to me.', 'I will take it from there when they write.'],
    ),
    door: tones(
      ["They're welcome to contact me themselves, and I'd be glad to help you with anything of your own.", "If there's anything I can help you with directly, I'd be glad to hear from you."],
      ["They're welcome to contact me themselves.", "If there's anything I can help you with directly, feel free to get in touch."],
      ["They're welcome to contact me themselves.", "You're welcome to contact me about any work of your own."],
    ),
  },

  // Work under way; calls at odd hours, evenings or holidays, calls instead of email.
  'after-hours': {
    opening: tones(
      ['Thanks for your message.', 'Thank you for the update.'],
      ['Thanks for your message.', 'Thank you for getting in touch.'],
      ['Thank you for getting in touch.', 'Thanks for your message.'],
    ),
    empathy: ['I know things can come up at short notice.', "I know it's tempting to call when something comes up."],
    decision: tones(
      ["I'm afraid I'm not available outside my working hours.", "Unfortunately, I can't take calls or pick up work in the evenings or at weekends."],
      ["I'm not available outside my working hours.", "I can't take calls or pick up work outside my working hours."],
      ["I can't take calls or pick up work outside my working hours.", "I'm not available outside my working hours."],
    ),
    explained: tones(
      ["I'm afraid I'm not available outside my working hours, which are {{policy}}. Keeping to them lets me give every client my full attention.",
        "I'm afraid I'm not available outside my working hours, including evenings and weekends: keeping to them lets me give every client my full attention."],
      ["I'm not available outside my working hours, which are {{policy}}, and I deal with requests by email so that everything is in writing.",
        "I'm not available outside my working hours, and I deal with requests by email so that everything is in writing."],
      ["I can't take calls or pick up work outside my working hours, which are {{policy}}. I deal with requests by email.",
        "I can't take calls or pick up work outside my working hours. I deal with requests by email."],
    ),
    alternatives: {
      'working-hours': tones(
        ["I'm happy to answer your questions by email during those hours: {{policy}}.", "I'm happy to answer your questions by email during those hours."],
        ['I can answer your questions by email during those hours: {{policy}}.', 'I can answer your questions by email during those hours.'],
        ['I will answer questions sent by email during those hours: {{policy}}.', 'I will answer questions sent by email during those hours.'],
      ),
    },
    nextStep: tones(
      ['Email also gives us both a written record of what we decide.', 'That way, we both have a written record of what we decide.'],
      ['That way, we both have a written record.', 'Email also gives us both a written record.'],
      ["I'd ask you to email rather than call.", 'That way, we both have a written record.'],
    ),
    door: tones(
      ["I'll carry on with the work as planned, and I'm happy to answer your questions by email during those hours.", "I'm happy to answer your questions by email during those hours."],
      ["I'll carry on with the work as planned and can answer your questions by email during those hours.", 'I can answer your questions by email during those hours.'],
      ['I will carry on with the work as planned and answer questions sent by email during those hours.', 'I will answer questions sent by email during those hours.'],
    ),
  },

  // Disrespect or an unethical request: no thanks, no empathy, no alternative, no open door.
  'disrespect-or-ethics': {
    opening: tones(
      ["I've read your message carefully and want to reply plainly.", "I've read your message and thought about how to reply."],
      ["I've read your message carefully and want to reply plainly.", "I've read your message and considered my reply."],
      ["I've read your message and want to reply plainly.", 'I have read your message and considered my reply.'],
    ),
    decision: tones(
      ["I won't do what you've asked.", "I won't continue on this basis."],
      ["I won't do what you've asked.", "I won't continue on this basis."],
      ["I won't do what you've asked.", "I won't continue on this basis."],
    ),
    explained: tones(
      ["I won't do what you've asked: it goes against the honesty and respect my work depends on, and I won't make an exception to that.",
        "I won't continue on this basis: my work depends on honesty and mutual respect, and I won't make an exception to that."],
      ["I won't do what you've asked, as it goes against the honesty and respect my work depends on, and I make no exceptions.",
        "I won't continue on this basis: my work depends on honesty and mutual respect, and I make no exceptions to that with any client."],
      ["I won't do what you've asked. It goes against the standards I work to with every client, and I make no exceptions.",
        "I won't continue on this basis. My work depends on honesty and respect, and I make no exceptions to that with any client."],
    ),
    alternatives: {},
    signOff: ['Regards,'],
  },

  // Ending the collaboration, or not starting it.
  'not-a-fit': {
    opening: tones(
      ['Thank you for considering me for this.', "Thank you for the time you've put into our conversations."],
      ['Thank you for considering me for this.', "Thanks for the time you've put into our discussions."],
      ['Thank you for considering me for this.', 'Thank you for your time.'],
    ),
    empathy: ["I've given this a lot of thought.", "I'd rather be straightforward with you now than later."],
    decision: tones(
      ["I'm afraid I've decided not to take our work together any further.", "Unfortunately, I've decided it's best that we don't work together on this."],
      ["I've decided not to take our work together any further.", "I've decided it's best that we don't work together on this."],
      ["I've decided not to take our work together any further.", "I've decided not to continue with this work."],
    ),
    explained: tones(
      ["I'm afraid I've decided not to take our work together any further: what you need and the way I work don't match closely enough, and it's fairer to both of us to say so now.",
        "Unfortunately, I've decided it's best that we don't work together on this, as your needs and my approach are too far apart for me to give you the results you're looking for."],
      ["I've decided not to take our work together any further, as what you need and the way I work aren't a good match.",
        "I've decided it's best that we don't work together on this: your needs and my approach are too far apart for me to give you the results you're looking for."],
      ["I've decided not to take our work together any further. What you need and the way I work are not a good match.",
        "I've decided not to continue with this work, as your requirements and my approach do not match."],
    ),
    alternatives: {
      referral: tones(
        ["{{referralName}} ({{referralContact}}) could be a better match for what you need, and I'd be happy to recommend them.",
          'You might find {{referralName}} a better fit; you can reach them at {{referralContact}}.',
          "{{referralName}} could be a better match for what you need, and I'd be happy to recommend them.",
          'You might find {{referralName}} a better fit for what you need.',
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
      ['Do mention my name when you get in touch, and I wish you all the best with the project.', "You're welcome to say I suggested the contact, and I hope it all goes well from here."],
      ['Feel free to mention my name when you get in touch; I wish you all the best with the project.', "You're welcome to say I referred you, and I hope the next stage goes well."],
      ["You're welcome to mention my name, and I wish you well with the project.", 'You may say I referred you. I wish you well with the project.'],
    ),
    door: tones(
      ["I wish you all the best with the project, and I'm happy to answer any questions about the handover.", "If there's anything you'd like me to clarify, do let me know, and I wish you every success."],
      ["I wish you all the best with the project, and I'm happy to answer any questions.", "If there's anything you'd like me to clarify, please let me know."],
      ["I wish you well with the project, and I'm available if you have any questions.", 'If you have any questions, please let me know.'],
    ),
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
