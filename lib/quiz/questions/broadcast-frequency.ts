import { cellOf, defineQuestion, cellRef, informs, rulesOut } from '../define';

const limit = cellRef('mass-messages.per-customer-limit', 'wecom');

/** Whether customers get more mass messages than WeCom delivers; asked only of broadcasters. */
export const broadcastFrequency = defineQuestion({
  id: 'broadcast-frequency',
  topic: 'mass-messages',
  figures: { limit },
  options: [{ id: 'within' }, { id: 'more' }],
  asked: (answers) => answers['broadcast-size'] !== 'none',
  notes: ['broadcast-cap'],
  rule: ({ option, data }) =>
    cellOf(limit, data) === null
      ? []
      : [option === 'more' ? rulesOut(limit, 'broadcast-cap') : informs(limit, 'broadcast-cap')],
});
