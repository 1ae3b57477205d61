import { defineQuestion, cellRef, cellNumber, informs, weighs } from '../define';

const free = cellRef('contacts.free-external-contacts', 'wecom');
const wechatMax = cellRef('contacts.per-account-max', 'wechat');

/** How many customers the organisation serves: WeCom's free quota against one WeChat account. */
export const customers = defineQuestion({
  id: 'customers',
  topic: 'contacts',
  options: [
    { id: 'free-quota', upTo: free },
    { id: 'one-account', above: free, upTo: wechatMax },
    { id: 'more', above: wechatMax },
  ],
  notes: ['free-quota', 'paid-quota', 'scattered'],
  rule: ({ need, data }) => [
    need > cellNumber(free, data)
      ? weighs(free, 'wechat', 1, 'paid-quota')
      : informs(free, 'free-quota'),
    ...(need > cellNumber(wechatMax, data) ? [weighs(wechatMax, 'wecom', 2, 'scattered')] : []),
  ],
});
