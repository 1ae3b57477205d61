import type { Answers } from '..';

/** Test fixture: a visitor with no special needs, for one purpose; tests change one or two answers. */
export function plainAnswers(purpose: 'me' | 'business' | 'both'): Answers {
  return {
    purpose,
    contacts: 'friends',
    customers: 'free-quota',
    team: 'no',
    'company-name': 'nice',
    moments: 'rarely',
    groups: 'up-to',
    'broadcast-size': 'none',
    'work-tools': 'no',
  };
}
