/**
 * English. Wording from the products' default texts as we know them: Gmail's bounces and
 * vacation responder, Outlook/Exchange (automatic replies, NDRs, receipts, meeting responses),
 * Google Calendar, Postfix/Exim bounces, Zendesk/Freshdesk/Help Scout acknowledgements, and
 * Boxbe/SpamArrest/Mailblocks challenges, plus the ordinary ways people phrase a responder.
 */
import type { LanguagePhrases } from './index';

export const en: LanguagePhrases = {
  greetings: ['hi', 'hello', 'hey', 'hiya', 'dear', 'greetings', 'good morning', 'good afternoon', 'good evening'],
  thanks: [
    'thank you for your',
    'thanks for your',
    'many thanks for your',
    'thank you for the',
    'thanks for the',
    'thank you for contacting',
    'thanks for contacting',
    'thank you for reaching out',
    'thanks for reaching out',
    'thank you for getting in touch',
    'thanks for getting in touch',
    'thank you for writing',
  ],
  deliveryFailure: [
    'delivery status notification', // Gmail: "Delivery Status Notification (Failure)"
    /^(?:\*+ ?)?address not found\b/, // Gmail: "** Address not found **"
    'delivery to the following recipient failed', // Gmail: "… failed permanently:"
    'delivery to the following recipients failed',
    'delivery has failed to these recipients', // Exchange NDR: "Delivery has failed to these recipients or groups:"
    /^undeliverable(?= ?:|\n|$)/, // Exchange: "Undeliverable: <subject>"
    /^(?:\*+ ?)?message not delivered\b/, // Gmail: "Message not delivered"
    'mail delivery failed', // Exim: "Mail delivery failed: returning message to sender"
    /^returned mail ?:/, // Sendmail: "Returned mail: see transcript for details"
    'undelivered mail returned to sender', // Postfix subject
    'this is the mail system at host', // Postfix body
    'the following addresses had permanent fatal errors', // Sendmail
    'recipient address rejected',
    /(?:message|e-?mail|mail) (?:to \S+ )?(?:couldn't|could not|wasn't|was not|can't|cannot) be delivered/, // Gmail, Office 365
  ],
  readReceipt: [
    /^read: /, // Outlook: "Read: <subject>"
    /^read receipt\b/,
    /^return receipt\b/, // Thunderbird, Lotus Notes
    /^your message\b[\s\S]{0,400}?\bwas read on\b/, // Outlook: "Your message To: … Subject: … was read on …"
    /^this is a (?:return )?receipt for the (?:mail|message|e-?mail)\b/, // Thunderbird MDN
    'your message has been delivered to the following recipients', // Outlook delivery receipt
  ],
  calendar: {
    tentative: [
      'has tentatively accepted this invitation', // Google Calendar
      'tentatively accepted this invitation',
      'has tentatively accepted your meeting',
      /^tentative(?:ly accepted)?: /, // Outlook: "Tentative: <subject>"
    ],
    declined: [
      'has declined this invitation', // Google Calendar
      'declined this invitation',
      'has declined your meeting',
      /^declined: /, // Outlook and Google Calendar subject line
    ],
    accepted: [
      'has accepted this invitation', // Google Calendar: "<name> has accepted this invitation."
      'accepted this invitation',
      'has accepted your meeting',
      /^accepted: /, // Outlook and Google Calendar: "Accepted: Pilot review @ Tue …"
    ],
    invitation: [
      /^invitation: /, // Google Calendar: "Invitation: <event> @ <when>"
      /^updated invitation\b/, // Google Calendar
      /^(?:canceled|cancelled) event\b/, // Google Calendar
      /^(?:canceled|cancelled): /, // Outlook
      /^invitation from google calendar\b/,
      'you have been invited to the following event', // Google Calendar
      'invited you to the following event',
      'this event has been changed', // Google Calendar
      'this event has been updated',
      'this event has been canceled',
      'this event has been cancelled',
    ],
    footer: [
      'invitation from google calendar', // Google Calendar's footer, on invitations, updates and cancellations
      'forwarding this invitation could allow any recipient', // Google Calendar's footer note
    ],
  },
  challenge: [
    'please click the link below to verify', // SpamArrest
    'click the link below to verify',
    "i'm protecting myself from junk mail", // SpamArrest
    'i am protecting myself from junk mail',
    'protecting myself from receiving junk mail',
    // Boxbe, SpamArrest: "Your message to <name> is pending approval", "… is awaiting your confirmation"
    /\byour (?:message|e-?mail) (?:to \S+(?: \S+){0,3} )?is (?:pending|awaiting|waiting for) (?:your )?(?:approval|verification|confirmation)\b/,
    /\byour (?:message|e-?mail) (?:has been|was|is being) held (?:for|until|pending)\b/,
    // "Please confirm you are a real person", "prove that you're human", "verify you are not a robot"
    /\b(?:confirm|verify|prove) (?:that )?you(?:'re| are) (?:a (?:real )?(?:person|human(?: being)?)|(?:a )?human|not a (?:robot|bot|spammer))\b/,
    'to complete the verification process', // SpamArrest
    'verify that you are a person',
    'verify that you are human',
    'confirm that you are not a robot',
    'that you are not a robot',
    'i apologize for this automatic request', // Mailblocks
    'added to my list of approved senders', // Mailblocks
    'has requested that you verify your email address', // Boxbe
    'boxbe waitlist', // Boxbe: "… has been placed in the recipient's Boxbe Waitlist"
    'boxbe guest list',
  ],
  ticket: [
    // Freshdesk and generic help desks: "We have received your request", "we've received your message (#48213)"
    /\bwe(?: have|'ve) (?:successfully )?received your (?:request|message|email|e-mail|inquiry|enquiry|query|ticket)\b/,
    'your request has been received',
    // Zendesk's default acknowledgement (the request number in brackets, or none), Jira Service Management, ServiceNow
    /\byour (?:support )?(?:request|ticket|case|inquiry|enquiry)(?: \(?#?\s?[a-z]{0,5}-?\d[\w-]*\)?)? has been (?:successfully )?(?:received|created|opened|logged|registered|recorded)\b/,
    // "… logged under reference #…", "registered with ticket number …"
    /\b(?:logged|registered|recorded|created) (?:under|with) (?:the )?(?:ticket |case |reference )?(?:number|reference|id)\b/,
    // Freshdesk, ServiceNow: "We confirm receipt of your request", "This email confirms the creation of ticket …"
    /\bwe (?:hereby )?(?:confirm|are confirming) (?:the )?(?:receipt|creation|opening|registration) of (?:your|the|ticket|case|request)\b/,
    /\bthis (?:e-?mail|message|is to) confirms? (?:the )?(?:receipt|creation|opening|registration) of (?:your|the|ticket|case|request)\b/,
    /\byour (?:request|ticket|case|inquiry|enquiry) will be (?:handled|processed|reviewed|dealt with) (?:as soon as possible|shortly|in the order)\b/,
    // "Ticket #4521 created", "Ticket INC-0042 has been opened"
    /\bticket (?:no\.? |number |id )?#?\s?[a-z]{0,5}-?\d[\w-]* (?:has been |was )?(?:created|opened|received)\b/,
    'a ticket has been created', // Freshdesk
    'a support ticket has been created',
    'a member of our team will get back to you', // Help Scout and others
    'a member of our team will be in touch',
    'a member of our support team will',
    'one of our agents will',
    /\bone of our (?:support )?(?:specialists|advisors|advisers|representatives|consultants|technicians) will (?:get back to you|be in touch|contact you|respond)\b/,
    'this is an automated message to confirm',
    'this is an automated response to confirm',
    'this is an automatic confirmation',
  ],
  // The help desks' reply-above-this-line marker (Zendesk, Freshdesk, Help Scout, Jira Service Management)
  replyMarker: ['above this line', 'below this line'],
  autoReply: [
    /^(?:automatic reply|auto-?reply|auto response|automatic response|automated response)\b/, // Outlook: "Automatic reply: <subject>"
    /^(?:out of office|ooo) ?: /, // older Outlook: "Out of Office: <subject>"
    'this is an automated response',
    'this is an automatic response',
    'this is an automated reply',
    'this is an automatic reply',
    'this is an automated message',
    'this is an automatically generated',
    'this message was sent automatically',
    'this mailbox is not monitored',
    'this mailbox is unattended',
    'this inbox is not monitored',
    'this email address is not monitored',
    'this address is not monitored',
    'this mailbox is no longer monitored',
    'this email address is no longer in use',
    'this email address is no longer active',
    'this address does not accept replies',
    'please do not reply to this email',
    'please do not reply to this message',
  ],
  absence: [
    /^(?:ooo|out of (?:the )?office|on (?:vacation|holiday|leave))\b/, // a title line: "OOO until <date>", "Out of Office: …"
    /\bi(?:'m| am)(?: currently| now)? (?:out of (?:the )?office|ooo|away from (?:the|my) (?:office|desk)|away|not in the office|unavailable|out of town)\b/,
    /\bi(?:'m| am)(?: currently)? (?:out|off) (?:until|till|through|thru|today|this week)\b/, // "I'm out until Monday
    /\bi(?:'ll| will) be (?:out of (?:the )?office|away|unavailable|on (?:annual |parental |maternity |paternity |sick )?leave)\b/,
    // "I am currently on parental leave", "I'm on vacation", "I am on a business trip"
    /\bi(?:'m| am)(?: currently| now)? on (?:a )?(?:annual |parental |maternity |paternity |sick |medical |study |family )?(?:leave|vacation|holiday|holidays|sabbatical|business trip|business travel)\b/,
    /\b(?:is|am) no longer (?:with|at|employed|working)\b/, // "<name> is no longer with <company>"
    /\bno longer works (?:at|for|with)\b/,
    /\bi no longer work (?:at|for|with)\b/,
    /\bhas left (?:the company|the organi[sz]ation|the firm)\b/,
    /\bour offices? (?:is|are) (?:closed|currently closed)\b/, // holiday closures
  ],
  weakAbsence: [
    'limited access to email',
    'limited access to e-mail',
    'limited access to my email',
    'limited email access',
    'checking email intermittently',
    'checking my email intermittently',
    /\bi(?:'m| am)(?: currently)? (?:travel(?:l)?ing|traveling)\b/,
    /\bi(?:'ll| will) be back\b/,
    /\bi(?:'ll| will) return\b/,
  ],
  plans: [
    'tomorrow',
    'next week',
    'next month',
    'next weekend',
    'later this week',
    'later this month',
    'the week after next',
    'in two weeks',
    /\bnext (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/,
  ],
  present: ['today', 'currently', 'right now', 'at the moment', 'at present'],
  boilerplate: [
    'for urgent',
    'if urgent',
    'in urgent cases',
    'urgent matters',
    'urgent inquiries',
    'urgent enquiries',
    'urgent requests',
    'if your matter is urgent',
    'if your request is urgent',
    'if this is urgent',
    'if it is urgent',
    "if it's urgent",
    'in case of emergency',
    'in an emergency',
    'please contact',
    'you can contact',
    'you may contact',
    'please reach out to',
    'please get in touch with',
    'please direct',
    'please call',
    'call us',
    'contact us',
    'immediate assistance',
    'you can reach',
    'can be reached',
    'i will reply',
    "i'll reply",
    'i will respond',
    "i'll respond",
    'i will get back to you',
    "i'll get back to you",
    'when i return',
    'upon my return',
    'on my return',
    'after my return',
    "when i'm back",
    'when i am back',
    'in my absence',
    'during my absence',
    'will not be forwarded',
    'has not been forwarded',
    'will not be read',
    'responses may be delayed',
    'response may be delayed',
    'no access to email',
    'without access to email',
    // Responders acknowledging receipt: "This is to confirm receipt of your email"
    'confirm receipt',
    'confirming receipt',
    'acknowledge receipt',
    'acknowledging receipt',
  ],
  answers: [
    'yes',
    'yeah',
    'yep',
    'ok',
    'okay',
    'sounds good',
    'sounds great',
    'sounds fine',
    "let's",
    'agreed',
    'works for me',
    'that works',
    'approved',
    'absolutely',
    'no problem',
    'perfect',
    'confirmed',
    // "I confirm", "I can confirm", but not a responder's "I confirm receipt of your email"
    /\bi (?:can )?confirm\b(?! (?:the )?receipt)/,
    'fine by me',
    'count me in',
    'good to go',
    // Only opening a sentence: responders "make sure to reply", "of course you can also call Sam".
    /(?:^|[.!?]\s|\n)(?:sure|of course|go ahead)\b/,
  ],
  returnCues: {
    until: /\b(?:until|till|til|through|thru|up to and including|returning after|back after)(?: and including)?(?: the)?\s*$/,
    back: /\b(?:back|return|returning|returns|reachable again|available again|in the office again)\b/,
    rangeEnd: /\bto\s*$/,
  },
};
