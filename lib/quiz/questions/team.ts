import { defineQuestion, featureOptions, featureRule } from '../define';

/** Whether customers must stay with the organisation when an employee leaves. */
export const team = defineQuestion({
  id: 'team',
  topic: 'staff-leaving',
  options: featureOptions,
  notes: ['customers-stay', 'customers-leave'],
  rule: featureRule({
    fact: 'staff-leaving.customers-stay-with-company',
    notes: { wecom: 'customers-stay', wechat: 'customers-leave' },
    niceWeight: 2,
  }),
});
