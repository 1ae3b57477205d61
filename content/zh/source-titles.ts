import type { SourceId } from '@/content/sources';

/** Source titles in Chinese, for sources whose own title is in another language. The original title is shown next to it. */
export const sourceTitles: Partial<Record<SourceId, string>> = {
  'chinadailyhk-143779': '腾讯将 WeChat Work 更名为 WeCom',
  'nowshenzhen-2020-01': '微信创始人宣布多项变化：微信的未来',
  'occam-wechat': '什么是微信？',
  'btcdatabaseas-customers': '客户将收到……（企业微信群发规则）',
};
