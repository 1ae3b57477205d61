import { defineQuestion, cellRef, weighs } from '../define';

/** Who the account is for: yourself, your organisation, or both (a private life to keep). */
export const purpose = defineQuestion({
  id: 'purpose',
  topic: 'service-focus',
  options: [{ id: 'me', personal: true }, { id: 'business' }, { id: 'both', personal: true }],
  notes: ['for-individuals', 'for-organisations', 'keep-apart'],
  rule: ({ option }) => {
    if (option === 'me')
      return [weighs(cellRef('service-focus.audience', 'wechat'), 'wechat', 2, 'for-individuals')];
    const note = option === 'both' ? 'keep-apart' : 'for-organisations';
    return [weighs(cellRef('service-focus.audience', 'wecom'), 'wecom', 1, note)];
  },
});
