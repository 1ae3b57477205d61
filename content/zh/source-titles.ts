import type { SourceId } from '@/content/sources';

/** Source titles in Chinese, for sources whose own title is in another language. The original title is shown next to it. */
export const sourceTitles: Partial<Record<SourceId, string>> = {
  'chinadailyhk-143779': '腾讯将 WeChat Work 更名为 WeCom',
  'nowshenzhen-2020-01': '微信创始人宣布多项变化：微信的未来',
  'occam-wechat': '什么是微信？',
  'btcdatabaseas-customers': '客户将收到……（企业微信群发规则）',
  'tencentcloud-248-38208': '腾讯云文档 · 配置企业微信群机器人',
  'k8scat-goutils-wecom': 'wecom 包 · github.com/k8scat/goutils/message/wecom',
  'maxnews-reuters-2020-09': '腾讯在特朗普禁令生效前将 WeChat Work 更名为 WeCom',
  'etnet-360107846': '微信安全中心：网传“封号新规”不实',
  'codetd-16262243': '企业微信认证费用及年审（官方说明的日文译文）',
  'smarsh-onboarding-email': '通过电子邮件注册（Capture Mobile）',
  'askwikinow-wechat': 'WeChat（维基百科条目副本）',
  'qwenlm-wecom-webhook': '企业微信 Webhook（Qwen Code 渠道文档）',
  'zuohaisu-wecom-archive-guide': '用户指南 · Crowntime WeCom Archive',
  'weixin-account-usage-standards': '微信个人账号使用规范（英文版）',
  'jiemian-2023-07-17': '腾讯确认微信好友数上限约 1 万个（界面新闻）',
};

/**
 * Publishers as a Chinese reader expects them: full-width brackets, and a mirror or signature
 * said in Chinese rather than with the data's English "via" and "repost signed".
 */
export const sourcePublishers: Readonly<Record<string, string>> = {
  '企业微信 (Tencent)': '企业微信（腾讯）',
  'Reuters (via maxnews.in)': '路透社（maxnews.in 转载）',
  '北京日报 (via caiding5.cn)': '北京日报（caiding5.cn 转载）',
  '新华社 (via fkpjhm.cn)': '新华社（fkpjhm.cn 转载）',
  'vcqqcno.cn (repost signed 腾讯企业微信)': 'vcqqcno.cn（转载，署名腾讯企业微信）',
  'ydadm.com (repost signed 腾讯企业邮箱)': 'ydadm.com（转载，署名腾讯企业邮箱）',
  'China Daily Hong Kong (Bloomberg)': '香港《中国日报》（彭博社稿）',
  '云臻极 (ShowDoc)': '云臻极（ShowDoc）',
  'GitHub (61qt/go-workwx)': 'GitHub（61qt/go-workwx）',
  'GitHub (binarywang/WxJava)': 'GitHub（binarywang/WxJava）',
  'GitHub (lianluoyi/easyink_Dashboard, SCRM)': 'GitHub（lianluoyi/easyink_Dashboard，SCRM）',
  'GitHub (zsmhub/workweixin)': 'GitHub（zsmhub/workweixin）',
  'Crowntime (GitHub wiki)': 'Crowntime（GitHub wiki）',
  'QwenLM (GitHub)': 'QwenLM（GitHub）',
  'Tencent Cloud': '腾讯云',
  '經濟通 ETNet': '经济通 ETNet',
  'Weixin (Tencent)': '微信（腾讯）',
  'GitHub (WecomTeam/wecom-cli, Tencent)': 'GitHub（WecomTeam/wecom-cli，腾讯）',
  'GitHub (Tencent/openclaw-weixin)': 'GitHub（Tencent/openclaw-weixin）',
  'GitHub (imjuya/juya-ai-daily)': 'GitHub（imjuya/juya-ai-daily）',
  'OpenClaw (project docs)': 'OpenClaw（项目文档）',
  'cnblogs (ytkah), quoting WeChat 6.1.1 Help & Feedback (via mamicode.com)':
    '博客园（ytkah），引用微信 6.1.1 版“帮助与反馈”（mamicode.com 转载）',
  '界面新闻 (via learnwithfaith.com)': '界面新闻（learnwithfaith.com 转载）',
  '亿邦动力 (via menbie.com)': '亿邦动力（menbie.com 转载）',
  '中国青年网 (via xinyaonews.com)': '中国青年网（xinyaonews.com 转载）',
  '北京青年报 (via beipingwang.com)': '北京青年报（beipingwang.com 转载）',
  '羊城晚报 (via zhoukan.cc)': '羊城晚报（zhoukan.cc 转载）',
};
