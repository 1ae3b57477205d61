import { defineQuestion, cellRef, cellNumber, informs, rulesOut, weighs } from '../define';

const wechatFull = cellRef('contacts.per-account-default', 'wechat');
const wechatMax = cellRef('contacts.per-account-max', 'wechat');
const wecomDefault = cellRef('contacts.per-account-default', 'wecom');
const wecomMax = cellRef('contacts.per-account-max', 'wecom');

/** How many contacts one person keeps: WeChat's friend caps against WeCom's per-member caps. */
export const contacts = defineQuestion({
  id: 'contacts',
  topic: 'contacts',
  options: [
    { id: 'friends', upTo: wechatFull },
    { id: 'chats-only', above: wechatFull, upTo: wechatMax },
    { id: 'member-max', above: wechatMax, upTo: wecomMax },
    { id: 'beyond', above: wecomMax },
  ],
  notes: ['chats-only', 'friend-cap', 'member-approval', 'spread-members'],
  rule: ({ need, data }) => [
    ...(need > cellNumber(wechatMax, data)
      ? [rulesOut(wechatMax, 'friend-cap')]
      : need > cellNumber(wechatFull, data)
        ? [weighs(wechatFull, 'wecom', 2, 'chats-only')]
        : [informs(wechatFull, 'chats-only')]),
    // Past one member's cap, WeCom still works: the customers are spread over colleagues.
    ...(need > cellNumber(wecomMax, data)
      ? [informs(wecomMax, 'spread-members')]
      : need > cellNumber(wecomDefault, data)
        ? [informs(wecomMax, 'member-approval')]
        : []),
  ],
});
