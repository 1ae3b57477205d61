/**
 * The estimator's fields, and the ids by which its script (browser/cost-estimator.ts) finds
 * what the server rendered (components/costs/cost-estimator.tsx). One page has one estimator.
 */

export const countFields = [
  'members',
  'contacts',
  'archivedMembers',
  'providerAppMembers',
] as const;
export type CountField = (typeof countFields)[number];

export const estimatorIds = {
  /** Round the form and its script: the page's anchor for the estimator. */
  root: 'estimator',
  title: 'estimator-title',
  /** The JSON block with the prices and words the script needs (`EstimatorData`). */
  data: 'estimator-data',
  field: (field: CountField) => `estimator-${field}`,
  hint: (field: CountField) => `estimator-${field}-hint`,
  error: (field: CountField) => `estimator-${field}-error`,
  /** The `name` of a yes/no question's two radio buttons. */
  choice: (question: 'verified' | 'mainland') => `estimator-${question}`,
};
