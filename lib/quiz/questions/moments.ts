import { capacity, defineQuestion, cellRef, informs, rulesOut } from '../define';

const wecom = cellRef('moments.member-posts-per-day', 'wecom');
const wechat = cellRef('moments.member-posts-per-day', 'wechat');

/** How often customers should see your Moments posts, against WeCom's display cap. */
export const moments = defineQuestion({
  id: 'moments',
  topic: 'moments',
  options: [{ id: 'rarely' }, { id: 'up-to', upTo: wecom }, { id: 'more', above: wecom }],
  notes: ['moments-cap', 'moments-no-cap'],
  rule: ({ need, data }) => {
    if (need === 0) return [];
    const wecomCap = capacity(wecom, data);
    const wechatCap = capacity(wechat, data);
    return [
      ...(wecomCap === null
        ? []
        : [need > wecomCap ? rulesOut(wecom, 'moments-cap') : informs(wecom, 'moments-cap')]),
      ...(wechatCap !== null && need > wechatCap
        ? [rulesOut(wechat, 'moments-cap')]
        : wechatCap === Number.POSITIVE_INFINITY && need > (wecomCap ?? 0)
          ? [informs(wechat, 'moments-no-cap')]
          : []),
    ];
  },
});
