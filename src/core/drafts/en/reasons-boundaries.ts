// English parts for reasons about boundaries and the relationship itself. Each reason words its
// own acknowledgement, alternatives and closing line for where the relationship stands.
import type { ReasonDrafts } from '../library';
import type { ReasonId } from '../../types';
import { tones } from '../by-tone';

export const boundaryReasons = {
  // Work under way or done; they come back with the same problem I already helped with.
  'already-helped': {
    opening: tones(
      ['Thank you for letting me know the problem has come back.', 'Thanks for telling me the issue has returned.'],
      ['Thank you for flagging that the problem has returned.'],
      ['Thank you for letting me know the problem is back.'],
    ),
    empathy: ["I understand you'd like it resolved for good."],
    decision: tones(
      ["I'm afraid I can't look into this a second time free of charge.", "Unfortunately, I can't take this on again free of charge."],
      ["I'm not able to look at this issue again at no charge.", "I can't look into this again free of charge."],
      ["I can't work on this issue again at no charge.", "I won't work on this again free of charge."],
    ),
    explained: tones(
      ["Unfortunately, I can't take this on again free of charge: the original job is complete, and further fixes would be new work."],
      ["The original job is complete and further fixes would be new work, so I'm not able to take this on again at no charge."],
      ["I can't work on this issue again at no charge. The original job is complete, and further fixes are new work."],
    ),
    alternatives: {
      'free-resources': tones(
        ["If you'd like to tackle it [yourself|yourself|yourselves|yourselves], {{resources}} would be a good place to start.",
          "If you'd like to tackle it [yourself|yourself|yourselves|yourselves], I'd be happy to point you to some resources that cover it."],
        ['You may find {{resources}} helpful for tackling it [yourself|yourself|yourselves|yourselves].',
          'I can point you to some resources that cover it if you want to tackle it [yourself|yourself|yourselves|yourselves].'],
        ["If you'd like to fix it [yourself|yourself|yourselves|yourselves], I'd recommend {{resources}}.",
          "If you'd like to fix it [yourself|yourself|yourselves|yourselves], I can point you to some resources that cover it."],
      ),
      'paid-extra': tones(
        ["I'd be glad to take another look on a paid basis, at my rate of {{rate}}.", "I'd be glad to take another look on a paid basis, at my usual rates."],
        ['I can deal with it as paid work, at my rate of {{rate}}.', 'I can deal with it as paid work, at my standard rates.'],
        ['I can take it on at my rate of {{rate}}.', 'I can take it on at my standard rate.'],
      ),
    },
    nextStep: {
      'free-resources': tones(
        ["If you'd rather I looked at it as paid work, I'd be glad to."],
        ["If you'd prefer me to handle it as paid work, please let me know."],
        ["If you'd rather I handled it as paid work, let me know."],
      ),
      'paid-extra': tones(
        ["Let me know if you'd like to go ahead, and I'll tell you when I can start.", "If that suits you, let me know and I'll confirm a start date."],
        ["Let me know if you'd like me to go ahead.", "If you'd like that, I'll confirm when I can start."],
        ['Let me know if you want to proceed.', "Please confirm if you'd like me to proceed."],
      ),
    },
    door: tones(
      ["If you'd like me to take another look on a paid basis, I'd be glad to."],
      ["If you'd like me to handle it as paid work, please let me know."],
      ["I can look into it on a paid basis if you'd like."],
    ),
  },

  // A new request made on someone else's behalf: a partner, a relative, a friend.
  'third-party-request': {
    opening: tones(
      ['Thank you for thinking of me for this.'],
      ['Thanks for sending this my way.', 'Thank you for thinking of me.'],
      ['Thank you for passing this on.', 'Thanks for getting in touch about this.'],
    ),
    empathy: ["It's good of you to want to help."],
    decision: tones(
      ["I'm afraid I can't take on work arranged for someone else."],
      ["I can't take on work requested on someone else's behalf."],
      ["I won't take on work arranged on someone else's behalf."],
    ),
    explained: tones(
      ["I'm sorry, but I can't take on work requested on someone else's behalf, as I need to discuss it directly with the person it's for.",
        "I'm afraid I can't take on work arranged for someone else, because the scope and terms need to be agreed with the person it's for."],
      ["I'm not able to take on work arranged on someone else's behalf, since I need to agree the terms with the person it's for."],
      ["I won't take on work arranged on someone else's behalf. The terms need to be agreed with the person who would be my client."],
    ),
    alternatives: {
      'direct-contact': tones(
        ["They're very welcome to get in touch with me themselves.", "You're very welcome to pass my details on to whoever the work is for, so they can contact me directly."],
        ["They're welcome to contact me themselves.", 'Please feel free to share my details with the person concerned so they can contact me directly.'],
        ['The person concerned is welcome to write to me directly.', "You're welcome to pass my details on to whoever the work is for, so they can write to me directly."],
      ),
    },
    nextStep: tones(
      ["I'll be glad to take it from there once I hear from them.", "I'll reply as soon as I hear from them."],
      ["Once I hear from them, I'll take it from there."],
      ["I'll discuss the work with them once they get in touch."],
    ),
    door: tones(
      ["If they'd like to get in touch with me themselves, I'd be happy to hear from them.", "If they'd like my help, they're very welcome to contact me themselves."],
      ["If they'd like my help, they're welcome to contact me directly.", "If they'd like to discuss the work, I'd be happy to hear from them directly."],
      ['The person it\'s for is welcome to contact me directly.', 'If they want to discuss the work, they can contact me directly.'],
    ),
  },

  // Work under way; calls at odd hours, evenings or holidays, calls instead of email.
  'after-hours': {
    opening: tones(
      ['Thank you for your messages.'],
      ['Thanks for your message.', 'Thank you for your messages about the project.'],
      ['Thanks for your recent messages.', 'Thank you for getting in touch.'],
    ),
    empathy: ['I know things can come up at short notice.', "I know questions don't always wait for office hours."],
    decision: tones(
      ["I'm afraid I'm not available outside my working hours, which are {{policy}}.", "Unfortunately, I can't take calls or deal with requests outside my working hours ({{policy}}).",
        "I'm afraid I'm not available outside my working hours.", "Unfortunately, I can't take calls or deal with requests outside my working hours."],
      ["My working hours are {{policy}}, and I'm not available outside them.", "I'm not available for calls or work outside my working hours ({{policy}}).",
        "I don't take calls or answer messages outside my working hours.", "I can't take calls or deal with requests outside my working hours."],
      ["I don't take calls or deal with requests outside my working hours, which are {{policy}}.", "I'm not available outside my working hours ({{policy}}).",
        "I'm not available outside my working hours.", "I don't take calls or deal with requests outside my working hours."],
    ),
    explained: tones(
      ["I'm afraid I'm not available outside my working hours ({{policy}}), as keeping to them is what lets me give every client my full attention.",
        "Keeping to a fixed schedule is what lets me give every client my full attention, so unfortunately I can't take calls or deal with requests outside my working hours.",
        "I'm afraid I'm not available outside my working hours, as a fixed schedule is what lets me give every client my full attention."],
      ["My working hours are {{policy}}, and I'm not available for calls or work outside them. Keeping to fixed hours means every client gets my full attention.",
        "I'm not available for calls or work outside my working hours ({{policy}}), since a fixed schedule is what lets me give every client proper attention.",
        "I don't take calls or respond to requests outside my working hours, as keeping to set hours lets me give every client proper attention.",
        "A fixed schedule is what lets me give every client proper attention, so I don't take calls or answer messages out of hours."],
      ["I don't take calls or deal with requests outside my working hours, which are {{policy}}. Keeping to them means every client gets my full attention.",
        "I'm not available outside my working hours ({{policy}}). Keeping to them lets me give every client proper attention.",
        "I'm not available outside my working hours. Keeping to them lets me give every client proper attention.",
        "I don't take calls or deal with requests outside my working hours. Keeping to set hours is how I make sure every client gets my full attention."],
    ),
    alternatives: {
      'working-hours': tones(
        ["I'm happy to pick this up with you during those hours.", "<n:policy>I'll gladly reply to anything you send as soon as I'm back at my desk."],
        ["I'm happy to pick this up during those hours.", "<n:policy>I'll reply to anything you send as soon as I'm back at my desk."],
        ["I'll pick this up during those hours.", 'I can deal with this during those hours.', "<n:policy>I'll reply to your messages when I'm next at my desk."],
      ),
    },
    nextStep: tones(
      ["If you'd like to speak, do suggest a time within them that suits you.", "<n:policy>If you'd like to speak, do suggest a time during the working day."],
      ['If a call would help, please suggest a time within them.', '<n:policy>If a call would help, please suggest a time during the working day.'],
      ["If a call is needed, please suggest a time within them and I'll confirm it.", "<n:policy>If a call is needed, suggest a time during the working day and I'll confirm it."],
    ),
    door: tones(
      ["I'll reply to anything you send out of hours when I'm next at my desk."],
      ["Anything you send out of hours will get a reply when I'm back at my desk."],
      ["I'll answer anything you send out of hours when I'm next at my desk."],
    ),
  },

  // Disrespect or an unethical request: no thanks, no empathy, no alternative, no open door.
  'disrespect-or-ethics': {
    opening: tones(
      ["I'd like to be clear with you about your request.", "I'd like to give you a clear answer to your request."],
      ["I'd like to give you a clear answer to your request."],
      ["I've read your latest message.", "I've received your latest message."],
    ),
    decision: tones(
      ["I'm afraid I won't do what you've asked, and I consider the matter closed."],
      ["I won't do what you've asked, and I won't reconsider."],
      ["I won't do what you've asked, and I have nothing further to add."],
    ),
    explained: tones(
      ["I'm sorry, but I won't do what you've asked. It goes against the standards I work to, and I'm not willing to set them aside for any project."],
      ["I won't do what you've asked. It goes against the standards I work to, and my position isn't open to discussion.",
        "I won't do what you've asked, as it goes against my professional standards. My decision is final, and I have nothing further to add."],
      ["I won't do what you've asked. It goes against my professional standards, which I don't set aside for any client, so my answer is final."],
    ),
    alternatives: {},
    greeting: tones(
      ['[Dear {{clientFirstName}},|Dear {{clientFirstName}},|Hello all,]', '[Hello,|Hello,|Hello all,]'],
      ['[Dear {{clientFirstName}},|Dear {{clientFirstName}},|Hello all,]', '[Hello,|Hello,|Hello all,]'],
      ['[Dear {{clientFirstName}},|Dear {{clientFirstName}},|Hello all,]', '[Hello,|Hello,|Hello all,]'],
    ),
    signOff: tones(['Kind regards,'], ['Regards,'], ['Regards,']),
  },

  // Ending the collaboration, or not starting it.
  'not-a-fit': {
    opening: tones(
      ["Thank you for the time you've put into our conversations.", "I appreciate the time you've given to our discussions."],
      ['Thank you for your time.', "Thank you for the details you've shared."],
      ["Thank you for the time you've put into our discussions.", "Thanks for the information you've sent through."],
    ),
    decision: tones(
      ["I'm sorry to say that I've decided it's best we don't work together on this."],
      ["I've decided not to take our discussions any further.", "I've decided not to proceed with this work."],
      ["I've decided not to go ahead with the project.", "I won't be taking this any further."],
    ),
    explained: tones(
      ["After thinking it over, I feel I'm not the right person for this work. My approach isn't the best match for what you need, and I'd rather say so now than fall short of the results you're looking for."],
      ["I've decided not to take our discussions any further, as what you need and the way I work aren't a close enough match."],
      ["I've decided not to go ahead with the project, as your requirements and my approach aren't a good match.",
        "I won't be taking the project any further, as what you need isn't a good match for the way I work."],
    ),
    alternatives: {
      referral: tones(
        ['You might like to contact {{referralName}} ({{referralContact}}), who may be a better fit for this project.',
          "I'd recommend {{referralName}}, who could be a better fit.",
          'A colleague who may be a better fit can be reached at {{referralContact}}.',
          "If it would help, I'm happy to recommend someone who may be a better fit."],
        ['You could contact {{referralName}} ({{referralContact}}), who may be a better fit.',
          'You may find {{referralName}} a better fit.',
          'A colleague of mine, who can be reached at {{referralContact}}, may be a better fit.',
          'I can recommend someone who may suit you better.'],
        ['I recommend contacting {{referralName}} at {{referralContact}}.',
          "I'd recommend {{referralName}}, who would be a better fit for this work.",
          'A colleague of mine may be a better fit, and can be reached at {{referralContact}}.',
          'I can recommend someone better suited to your requirements.'],
      ),
    },
    nextStep: tones(
      ["<n:referralContact>Let me know if an introduction would help. I wish you every success, and I'd be glad to hear from you about future work.",
        "<n:referralContact><r:Let me know if an introduction would help. I wish you every success, and should something closer to what I do come up, I'd be glad to hear from you.>",
        "I wish you every success, and I'd be glad to hear from you about future work.",
        "<r:I wish you every success, and should something closer to what I do come up, I'd be glad to hear from you.>"],
      ["<n:referralContact>Let me know if you'd like me to introduce you. If another project comes up, you're welcome to get in touch again.",
        "<n:referralContact>I'm happy to make an introduction if that would help. I'd also be glad to hear from you about future work.",
        "<n:referralContact><r:Let me know if you'd like me to introduce you. If a future project is closer to what I do, you're welcome to get in touch again.>",
        "If another project comes up, you're welcome to get in touch again.",
        "<r:If a future project is closer to what I do, you're welcome to get in touch again.>"],
      ["<n:referralContact>I'm happy to introduce you. If anything else comes up, you're welcome to get in touch.",
        "<n:referralContact><r:I can introduce you if that would be useful, and you're welcome to write to me if a future project is closer to what I do.>",
        "You're welcome to write to me about future work.",
        "<r:If a future project is closer to what I do, you're welcome to write to me.>"],
    ),
    door: tones(
      ["Should another project come along, please do get in touch. I wish you every success.",
        '<r:Should a future project be a better fit, please do get in touch. I wish you every success.>'],
      ["I wish you well. If another project comes up, feel free to get in touch.",
        '<r:I wish you well. If a future project is a better fit, feel free to get in touch.>'],
      ["I wish you well, and if anything else comes up, you're welcome to get in touch again.",
        "<r:I wish you well, and if something comes up that's a better fit, you're welcome to get in touch again.>"],
    ),
  },
} satisfies Partial<Record<ReasonId, ReasonDrafts>>;
