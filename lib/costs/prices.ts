import { numberOf } from '@/lib/data/facts';

import type { CostPrices } from './estimate';

/**
 * The estimator's prices, read from the data at build time (the estimator itself never imports
 * the data, so the page ships these few numbers rather than the whole table). Where providers
 * give two prices for a licence, the lower is the range's floor and the usual quote its top.
 */
export function costPrices(): CostPrices {
  return {
    smallMaxMembers: numberOf('costs.verification-small-tier-max-members', 'wecom'),
    midMaxMembers: numberOf('costs.verification-mid-tier-max-members', 'wecom'),
    feeSmall: numberOf('service-focus.verification-fee', 'wecom'),
    feeMid: numberOf('costs.verification-fee-mid', 'wecom'),
    feeLarge: numberOf('costs.verification-fee-large', 'wecom'),
    feeOverseas: numberOf('costs.overseas-verification', 'wecom'),
    freeContacts: numberOf('contacts.free-external-contacts', 'wecom'),
    contactPrice: numberOf('costs.external-contacts-average-price', 'wecom'),
    archivingFrom: numberOf('costs.chat-archiving-from-price', 'wecom'),
    licenceLow: numberOf('costs.interop-licence-price-beyond-five', 'wecom'),
    licenceHigh: numberOf('costs.interop-licence-price', 'wecom'),
    unverifiedMemberCap: numberOf('service-focus.unverified-member-cap', 'wecom'),
    unverifiedCustomerCap: numberOf('contacts.unverified-org-cap', 'wecom'),
  };
}
