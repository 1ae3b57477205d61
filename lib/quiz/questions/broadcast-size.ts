import { defineQuestion, cellRef, cellNumber, informs, rulesOut, weighs } from '../define';

const wechat = cellRef('mass-messages.recipients-per-send', 'wechat');
const wecom = cellRef('mass-messages.recipients-per-send', 'wecom');

/**
 * How many sends one message needs before an account counts as unable to do it: sending the
 * same message ten times by hand is no longer a broadcast tool (10,000 customers through
 * WeChat's 200-recipient batches is 50 sends).
 */
export const manualRepeatLimit = 10;

/** How many customers one mass message must reach. */
export const broadcastSize = defineQuestion({
  id: 'broadcast-size',
  topic: 'mass-messages',
  options: [
    { id: 'none' },
    { id: 'small', upTo: wechat },
    { id: 'large', above: wechat, upTo: wecom },
    { id: 'huge', above: wecom },
  ],
  notes: ['broadcast-batches', 'wecom-batch'],
  rule: ({ option, need, data }) => {
    if (option === 'none') return [];
    const wechatBatch = cellNumber(wechat, data);
    // Within one WeChat send, neither account is short, but the reader sees the cap they fit.
    if (need <= wechatBatch) return [informs(wechat, 'broadcast-batches')];
    const sends = Math.ceil(need / wechatBatch);
    return [
      sends >= manualRepeatLimit
        ? rulesOut(wechat, 'broadcast-batches')
        : weighs(wechat, 'wecom', 2, 'broadcast-batches'),
      informs(wecom, 'wecom-batch'),
    ];
  },
});
