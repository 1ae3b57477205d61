import { defineQuestion, fig, figureNumber, informs, rulesOut, weighs } from '../define';

const wechatFull = fig('contacts.per-account-default', 'wechat');
const wechatMax = fig('contacts.per-account-max', 'wechat');
const wecomDefault = fig('contacts.per-account-default', 'wecom');
const wecomMax = fig('contacts.per-account-max', 'wecom');

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
    ...(need > figureNumber(wechatMax, data)
      ? [rulesOut(wechatMax, 'friend-cap')]
      : need > figureNumber(wechatFull, data)
        ? [weighs(wechatFull, 'wecom', 2, 'chats-only')]
        : [informs(wechatFull, 'chats-only')]),
    // Past one member's cap, WeCom still works: the customers are spread over colleagues.
    ...(need > figureNumber(wecomMax, data)
      ? [informs(wecomMax, 'spread-members')]
      : need > figureNumber(wecomDefault, data)
        ? [informs(wecomMax, 'member-approval')]
        : []),
  ],
});
