import {
  defineQuestion,
  featureOptions,
  featureRule,
  cellRef,
  hasFeature,
  weighs,
} from '../define';

const fact = 'profile-card.verified-company-name';

/** Whether customers should see a verified company name next to the person. */
export const companyName = defineQuestion({
  id: 'company-name',
  topic: 'profile-card',
  figures: { fee: cellRef('service-focus.verification-fee', 'wecom') },
  options: featureOptions,
  notes: ['company-name', 'no-company-name', 'as-yourself'],
  rule: featureRule({
    fact,
    notes: { wecom: 'company-name', wechat: 'no-company-name' },
    niceWeight: 1,
    // Appearing as yourself, without a company, is what personal WeChat does.
    onNo: (data) =>
      hasFeature(cellRef(fact, 'wechat'), data)
        ? []
        : [weighs(cellRef(fact, 'wechat'), 'wechat', 1, 'as-yourself')],
  }),
});
