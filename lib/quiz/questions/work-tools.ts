import {
  defineQuestion,
  featureOptions,
  featureRule,
  cellRef,
  hasFeature,
  informs,
} from '../define';

const checkIn = cellRef('work-tools.check-in-approvals-reports', 'wecom');

/** Whether calendar, meetings and documents must live in the same app as the chat. */
export const workTools = defineQuestion({
  id: 'work-tools',
  topic: 'work-tools',
  options: featureOptions,
  notes: ['work-tools', 'no-work-tools', 'check-in'],
  rule: featureRule({
    fact: 'work-tools.calendar-meetings-docs',
    notes: { wecom: 'work-tools', wechat: 'no-work-tools' },
    niceWeight: 1,
    onMust: (data) => (hasFeature(checkIn, data) ? [informs(checkIn, 'check-in')] : []),
  }),
});
