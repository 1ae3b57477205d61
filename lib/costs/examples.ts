import type { TypicalOrganisation } from '@/lib/schema/costs-words';

import type { CostInputs } from './estimate';

/**
 * Three typical organisations the costs page works through at build time (what readers without
 * JavaScript see). Inputs, not facts: what such an organisation might have, not what it pays.
 */
export const typicalOrganisations = [
  {
    id: 'shop',
    input: {
      members: 5,
      contacts: 800,
      verified: true,
      mainland: true,
      archivedMembers: 0,
      providerAppMembers: 0,
    },
  },
  {
    // Registered outside mainland China, selling to customers there: the overseas route.
    id: 'agency',
    input: {
      members: 40,
      contacts: 15_000,
      verified: true,
      mainland: false,
      archivedMembers: 10,
      providerAppMembers: 40,
    },
  },
  {
    id: 'factory',
    input: {
      members: 1_200,
      contacts: 30_000,
      verified: true,
      mainland: true,
      archivedMembers: 300,
      providerAppMembers: 300,
    },
  },
] as const satisfies readonly { id: TypicalOrganisation; input: CostInputs }[];
