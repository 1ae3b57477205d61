import { defineQuestion, cellRef, cellNumber, informs, rulesOut, weighs } from '../define';

const wechat = cellRef('groups.external-max-members', 'wechat');
const customerGroup = cellRef('groups.external-max-members', 'wecom');
const internal = cellRef('groups.internal-max-members', 'wecom');

/** The largest group needed, and whether customers are in it. */
export const groups = defineQuestion({
  id: 'groups',
  topic: 'groups',
  options: [
    { id: 'up-to', upTo: customerGroup },
    { id: 'internal', above: customerGroup },
    { id: 'external', above: customerGroup },
  ],
  notes: [
    'group-cap',
    'customer-group-cap',
    'internal-group',
    'all-staff-group',
    'qr-linked-groups',
  ],
  rule: ({ option, need, data }) => {
    // A group both accounts hold is still a need: the reader sees each cap and its margin.
    if (option === 'up-to')
      return [informs(wechat, 'group-cap'), informs(customerGroup, 'customer-group-cap')];
    const overWechat = need > cellNumber(wechat, data) ? [rulesOut(wechat, 'group-cap')] : [];
    if (option === 'internal') {
      return [
        ...overWechat,
        need > cellNumber(internal, data)
          ? rulesOut(internal, 'internal-group')
          : informs(internal, 'internal-group'),
        informs(cellRef('groups.all-staff-max-members', 'wecom'), 'all-staff-group'),
      ];
    }
    if (need <= cellNumber(customerGroup, data)) return overWechat;
    return [
      ...overWechat,
      rulesOut(customerGroup, 'customer-group-cap'),
      // One QR code fills several groups in turn: the closest WeCom gets to one big group.
      weighs(cellRef('groups.qr-linked-groups', 'wecom'), 'wecom', 2, 'qr-linked-groups'),
    ];
  },
});
