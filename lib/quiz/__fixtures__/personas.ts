import type { Answers, Outcome, QuestionId } from '..';

/**
 * Seven readers whose right answer is known, written from what each needs before the engine
 * was run: the outcome, and the answer that must head "what decides it" (any of `first`, when
 * several firm requirements weigh the same). `present`: answers that must have a reason.
 */
export type Persona = {
  name: string;
  answers: Answers;
  outcome: Outcome;
  first: readonly QuestionId[];
  present?: readonly QuestionId[];
};

export const personas: readonly Persona[] = [
  {
    // Agents come and go; the agency's clients must stay with the agency.
    name: 'real-estate agency with staff turnover',
    answers: {
      purpose: 'business',
      contacts: 'friends',
      customers: 'one-account',
      team: 'must',
      'company-name': 'nice',
      moments: 'up-to',
      groups: 'up-to',
      'broadcast-size': 'small',
      'broadcast-frequency': 'within',
      'work-tools': 'nice',
    },
    outcome: 'wecom',
    first: ['team'],
  },
  {
    // One message to 10,000 customers at once: 50 sends of 200 on personal WeChat.
    name: 'sales rep sending to 10,000 at once',
    answers: {
      purpose: 'business',
      contacts: 'chats-only',
      customers: 'one-account',
      team: 'no',
      'company-name': 'no',
      moments: 'rarely',
      groups: 'up-to',
      'broadcast-size': 'large',
      'broadcast-frequency': 'within',
      'work-tools': 'no',
    },
    outcome: 'wecom',
    first: ['broadcast-size'],
  },
  {
    // Volunteers, not customers; one group of about 400, under personal WeChat's cap.
    name: 'volunteer organiser with a group of about 400',
    answers: {
      purpose: 'me',
      contacts: 'friends',
      customers: 'free-quota',
      team: 'no',
      'company-name': 'no',
      moments: 'rarely',
      groups: 'up-to',
      'broadcast-size': 'small',
      'broadcast-frequency': 'within',
      'work-tools': 'no',
    },
    outcome: 'wechat',
    first: ['purpose'],
    present: ['groups'],
  },
  {
    // Works alone under their own name; private and work life on one phone.
    name: 'freelancer working alone',
    answers: {
      purpose: 'both',
      contacts: 'friends',
      customers: 'free-quota',
      team: 'no',
      'company-name': 'no',
      moments: 'up-to',
      groups: 'up-to',
      'broadcast-size': 'none',
      'work-tools': 'no',
    },
    outcome: 'wechat',
    first: ['company-name'],
  },
  {
    // A few hundred customers served by the owner and two assistants.
    name: 'shop with a few hundred customers and two assistants',
    answers: {
      purpose: 'business',
      contacts: 'friends',
      customers: 'free-quota',
      team: 'nice',
      'company-name': 'nice',
      moments: 'up-to',
      groups: 'up-to',
      'broadcast-size': 'small',
      'broadcast-frequency': 'within',
      'work-tools': 'no',
    },
    outcome: 'wecom',
    first: ['team'],
  },
  {
    // 2,000 staff in one internal group, a verified name, tools in the chat app.
    name: 'company with 2,000 staff',
    answers: {
      purpose: 'business',
      contacts: 'chats-only',
      customers: 'more',
      team: 'must',
      'company-name': 'must',
      moments: 'up-to',
      groups: 'internal',
      'broadcast-size': 'large',
      'broadcast-frequency': 'within',
      'work-tools': 'must',
    },
    outcome: 'wecom',
    first: ['team', 'company-name', 'groups', 'work-tools'],
    present: ['team', 'company-name', 'groups', 'work-tools'],
  },
  {
    // Sells through Moments, several posts a day, and keeps a private life on the same account.
    name: 'seller posting to Moments several times a day',
    answers: {
      purpose: 'both',
      contacts: 'chats-only',
      customers: 'one-account',
      team: 'no',
      'company-name': 'no',
      moments: 'more',
      groups: 'up-to',
      'broadcast-size': 'small',
      'broadcast-frequency': 'within',
      'work-tools': 'no',
    },
    outcome: 'wechat',
    first: ['moments'],
  },
];
