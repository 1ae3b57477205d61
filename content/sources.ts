import type { SourceInput } from '@/lib/limit-schema';

/**
 * Every page the figures in `limits.ts` rest on. Titles describe the page in its own language;
 * `date` is the page's own date (null when the copy we read carried none).
 */
export const sources = [
  // Official WeCom developer documentation (developer.work.weixin.qq.com, "最后更新" dates).
  { id: 'wecom-dev-96331', url: 'https://developer.work.weixin.qq.com/document/path/96331', title: '企业微信开发者中心 · 分配离职成员的客户', publisher: '企业微信 (Tencent)', tier: 'official', date: '2023-12-01' },
  { id: 'wecom-dev-92127-copy', url: 'https://www.metacpan.org/pod/QQ::weixin::work::externalcontact::groupchat', title: 'QQ::weixin::work::externalcontact::groupchat (copia de la documentación oficial 92127 / 95703)', publisher: 'MetaCPAN', tier: 'official-copy', date: '2023-12-01' },
  { id: 'wecom-dev-96333', url: 'https://developer.work.weixin.qq.com/document/path/96333', title: '企业微信开发者中心 · 查询客户接替状态', publisher: '企业微信 (Tencent)', tier: 'official', date: '2021-03-24' },
  { id: 'wecom-dev-96325', url: 'https://developer.work.weixin.qq.com/document/path/96325', title: '企业微信开发者中心 · 在职继承', publisher: '企业微信 (Tencent)', tier: 'official', date: '2023-12-01' },
  { id: 'wecom-dev-96308', url: 'https://developer.work.weixin.qq.com/document/path/96308', title: '企业微信开发者中心 · 成员对外信息', publisher: '企业微信 (Tencent)', tier: 'official', date: '2023-01-12' },
  { id: 'wecom-dev-92230', url: 'https://developer.work.weixin.qq.com/document/90000/90135/92230', title: '企业微信开发者中心 · 对外名片与企业简称', publisher: '企业微信 (Tencent)', tier: 'official', date: '2023-01-12' },
  { id: 'wecom-dev-96350', url: 'https://developer.work.weixin.qq.com/document/path/96350', title: '企业微信开发者中心 · 客户朋友圈 (企业发表与个人发表)', publisher: '企业微信 (Tencent)', tier: 'official', date: '2020-12-10' },
  { id: 'wecom-dev-96923', url: 'https://developer.work.weixin.qq.com/document/path/96923', title: '企业微信开发者中心 · 创建发表任务', publisher: '企业微信 (Tencent)', tier: 'official', date: '2025-04-21' },
  { id: 'wecom-dev-97005', url: 'https://developer.work.weixin.qq.com/document/path/97005', title: '企业微信开发者中心 · 客户朋友圈内容', publisher: '企业微信 (Tencent)', tier: 'official', date: '2021-08-25' },
  { id: 'wecom-dev-98429', url: 'https://developer.work.weixin.qq.com/document/path/98429', title: '企业微信开发者中心 · 群聊人数上限', publisher: '企业微信 (Tencent)', tier: 'official', date: '2025-10-10' },
  { id: 'wecom-dev-99547', url: 'https://developer.work.weixin.qq.com/document/path/99547', title: '企业微信开发者中心 · 客户群「加入群聊」管理', publisher: '企业微信 (Tencent)', tier: 'official', date: '2026-01-05' },
  { id: 'wecom-dev-92135', url: 'https://developer.work.weixin.qq.com/document/path/92135', title: '企业微信开发者中心 · 创建企业群发', publisher: '企业微信 (Tencent)', tier: 'official', date: '2025-11-17' },
  { id: 'wecom-dev-96997', url: 'https://developer.work.weixin.qq.com/document/path/96997', title: '企业微信开发者中心 · 分享消息到当前会话 / 群发 (JS-SDK)', publisher: '企业微信 (Tencent)', tier: 'official', date: '2025-07-11' },
  { id: 'wecom-dev-93496', url: 'https://developer.work.weixin.qq.com/document/path/93496', title: '企业微信开发者中心 · 汇报', publisher: '企业微信 (Tencent)', tier: 'official', date: '2023-11-29' },
  { id: 'wecom-dev-95652', url: 'https://developer.work.weixin.qq.com/document/path/95652', title: '企业微信开发者中心 · 接口调用许可', publisher: '企业微信 (Tencent)', tier: 'official', date: '2023-08-04' },
  { id: 'wecom-dev-91614', url: 'https://developer.work.weixin.qq.com/document/path/91614', title: '企业微信开发者中心 · 会话内容存档', publisher: '企业微信 (Tencent)', tier: 'official', date: '2025-05-08' },
  // News.
  { id: 'chinadailyhk-143779', url: 'https://www.chinadailyhk.com/article/143779', title: 'Tencent renames WeChat Work as WeCom (Reuters)', publisher: 'China Daily Hong Kong', tier: 'news', date: '2020-09-19' },
  { id: 'sztqb-2020-09-21', url: 'http://kanghetangcha.com/tech/content/2020-09/21/content_23575086.htm', title: '企业微信海外版更名 WeCom', publisher: '深圳特区报', tier: 'news', date: '2020-09-21' },
  { id: 'nowshenzhen-2020-01', url: 'https://www.nowshenzhen.com/blog/wechat-founder-announces-changes-the-future-of-wechat/', title: 'WeChat founder announces changes: the future of WeChat', publisher: 'Now Shenzhen', tier: 'news', date: '2020-01-10' },
  { id: 'gootoo-2014-05-22', url: 'http://www.gootoo.com.cn/xztpd/2014zt/may/luan/jjq/201405/t20140526_4693757.html', title: '微信好友上限 5000 人 (北京晚报)', publisher: '北京晚报', tier: 'news', date: '2014-05-22' },
  { id: 'adminso-61284', url: 'http://m.adminso.com/articles/view/61284.html', title: '微信百人以上群聊需实名验证', publisher: 'adminso', tier: 'news', date: '2014-07-05' },
  // Service providers and blogs.
  { id: 'siliu-w8e9eqw7dr', url: 'https://siliu.net/p/w8e9eqw7dr.html', title: '企业微信和个人微信的区别', publisher: 'siliu.net', tier: 'provider', date: null },
  { id: 'wescrm-7117', url: 'https://wescrm.com/siyuzhishiku/qiweiyunying/7117.html', title: '企业微信外部联系人规模说明', publisher: 'wescrm', tier: 'provider', date: '2025-11-06' },
  { id: 'wshoto-307963', url: 'https://college.wshoto.com/a/307963.html', title: '企业微信外部联系人规模与收费', publisher: '微盛 wshoto', tier: 'provider', date: null },
  { id: 'wescrm-8109', url: 'https://www.wescrm.com/siyuzhishiku/qiweiyunying/8109.html', title: '企业微信认证与未认证的区别', publisher: 'wescrm', tier: 'provider', date: '2026-01-05' },
  { id: 'wescrm-8852', url: 'https://wescrm.com/siyuzhishiku/qiweiyunying/8852.html', title: '企业微信可以添加多少客户', publisher: 'wescrm', tier: 'provider', date: '2026-02-25' },
  { id: 'siyuliuliang-7810', url: 'http://siyuliuliang.net.cn/?id=7810', title: '企业微信客户数量上限', publisher: 'siyuliuliang.net.cn', tier: 'provider', date: '2022-02-28' },
  { id: 'zhangxingjun-1651', url: 'https://zhangxingjun.cn/seo/baidu/1651.html', title: '企业微信好友上限', publisher: 'zhangxingjun.cn', tier: 'provider', date: '2021-06-03' },
  { id: 'ducksell-32964', url: 'https://ducksell.com/p/32964.html', title: '微信好友超过 5000 人仅聊天', publisher: 'ducksell.com', tier: 'provider', date: null },
  { id: 'shigaofeng-921263', url: 'https://www.shigaofeng.com/k/921263.html', title: '微信通讯录联系人数量已达上限', publisher: 'shigaofeng.com', tier: 'provider', date: null },
  { id: 'avine-10244', url: 'https://avine.cn/10244.html', title: '微信好友上限是多少', publisher: 'avine.cn', tier: 'provider', date: null },
  { id: 'niaogebiji-25641', url: 'https://www.niaogebiji.com/article-25641-1.html', title: '企业微信认证、简称与注册限制', publisher: '鸟哥笔记', tier: 'provider', date: '2020-02-25' },
  { id: 'site9969-5059', url: 'https://9969.net/5059.html', title: '微信个人资料设置', publisher: '9969.net', tier: 'provider', date: null },
  { id: 'qbnews-583243', url: 'https://www.qbnews.cn/shujy/202509/583243.html', title: '微信号一年可以改几次', publisher: 'qbnews.cn', tier: 'provider', date: '2025-09' },
  { id: 'weixinsiwei-458', url: 'https://weixinsiwei.com/?id=458', title: '企业微信和个人微信的10个区别!', publisher: 'weixinsiwei.com', tier: 'provider', date: null },
  { id: 'weiban-blog-3609', url: 'https://weibanzhushou.com/blog/3609', title: '企业微信群人数上限', publisher: '微伴助手', tier: 'provider', date: null },
  { id: 'ikscrm-3021', url: 'https://m.ikscrm.com/school/qwzx/3021.html', title: '企业微信全员群人数上限', publisher: 'ikscrm', tier: 'provider', date: null },
  { id: 'ab173-2349', url: 'https://m.ab173.com/jiaocheng/2349.html', title: '企业微信群超过 200 人无法扫码进群', publisher: 'ab173.com', tier: 'provider', date: null },
  { id: 'hixs-2024-04-18', url: 'http://m.hixs.net/article/20240418/1696261428120681.html', title: '企业微信群扫码进群人数限制', publisher: 'hixs.net', tier: 'provider', date: '2024-04-18' },
  { id: 'occam-wechat', url: 'https://www.occamagenciadigital.com/blog/que-es-wechat', title: '¿Qué es WeChat?', publisher: 'Occam Agencia Digital', tier: 'provider', date: null },
  { id: 'xinsiji-group-qr', url: 'https://www.xinsiji.cc/post/w6XPLWG0Wl.html', title: '微信群二维码有效期 7 天 (转载微信团队说明)', publisher: 'xinsiji.cc', tier: 'provider', date: '2023-10-29' },
  { id: 'bjhwtx-49208', url: 'https://m.bjhwtx.com/h-nd-49208.html', title: '微信群二维码有效期', publisher: 'bjhwtx.com', tier: 'provider', date: null },
  { id: 'qumiaodong-9lye4k', url: 'https://qumiaodong.com/shuma/9lye4k.html', title: '微信群超过 200 人不能扫码进群', publisher: 'qumiaodong.com', tier: 'provider', date: null },
  { id: 'wen200-27', url: 'http://wen200.com/siyu/27.html', title: '个人微信用户加入企业微信群', publisher: 'wen200.com', tier: 'provider', date: null },
  { id: 'weiban-help-2022-05-13', url: 'https://weibanzhushou.com/help/2022/05/13/%e5%ae%a2%e6%88%b7%e7%be%a4%e7%be%a4%e5%8f%91-2', title: '客户群群发', publisher: '微伴助手', tier: 'provider', date: '2022-05-13' },
  { id: 'weiban-help-2023-01-29', url: 'https://weibanzhushou.com/help/2023/01/29/%e5%ae%a2%e6%88%b7%e7%be%a4%e5%8f%91%e6%9c%89%e4%bb%80%e4%b9%88%e9%99%90%e5%88%b6/', title: '客户群发有什么限制', publisher: '微伴助手', tier: 'provider', date: '2023-01-29' },
  { id: 'btcdatabaseas-customers', url: 'http://www.btcdatabaseas.com/customers-will/', title: 'Customers will receive… (企业微信群发规则)', publisher: 'btcdatabaseas.com', tier: 'provider', date: null },
  { id: 'hexdocs-groupmsg', url: 'https://hexdocs.pm/wechat_sdk/0.10.3/WeChat.Work.Customer.GroupMsg.html', title: 'WeChat.Work.Customer.GroupMsg (copia de la documentación oficial anterior)', publisher: 'HexDocs', tier: 'official-copy', date: null },
  { id: 'nctoro-a101722', url: 'https://www.nctoro.com/a101722', title: '微信群发助手一次最多发多少人', publisher: 'nctoro.com', tier: 'provider', date: null },
  { id: 'nctoro-51045', url: 'https://nctoro.com/gongnue/51045.html', title: '微信群发助手使用方法', publisher: 'nctoro.com', tier: 'provider', date: null },
  { id: 'juejin-7675005880912068659', url: 'https://juejin.cn/post/7675005880912068659', title: '企业微信命令行工具功能列表', publisher: '稀土掘金', tier: 'provider', date: null },
  { id: 'xiaoweiju-2093', url: 'http://m.xiaoweiju.com/news_in/2093', title: '企业微信微盘容量', publisher: 'xiaoweiju.com', tier: 'provider', date: '2023-09-08' },
  { id: 'weixinsiwei-8380', url: 'https://weixinsiwei.com/?id=8380', title: '企业微信微盘免费容量', publisher: 'weixinsiwei.com', tier: 'provider', date: '2022-10-20' },
  { id: 'wescrm-4322', url: 'https://www.wescrm.com/siyuzhishiku/qiweiyunying/4322.html', title: '企业微信微盘容量说明', publisher: 'wescrm', tier: 'provider', date: null },
  { id: 'wescrm-7959', url: 'https://wescrm.com/siyuzhishiku/qiweiyunying/7959.html', title: '企业微信认证费用', publisher: 'wescrm', tier: 'provider', date: null },
  { id: 'wshoto-225851', url: 'https://college.wshoto.com/a/225851.html', title: '企业微信认证与年审', publisher: '微盛 wshoto', tier: 'provider', date: null },
] as const satisfies readonly SourceInput[];

export type SourceId = (typeof sources)[number]['id'];
