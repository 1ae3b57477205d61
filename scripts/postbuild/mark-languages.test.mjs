import { describe, expect, it } from 'vitest';

import { markChineseRuns } from './mark-languages.mjs';
import { readSample } from './samples/fixtures.mjs';
import { stripRuntime } from './strip-runtime.mjs';

const page = (body, lang = 'es') =>
  `<!DOCTYPE html><html lang="${lang}"><body>${body}</body></html>`;

describe('markChineseRuns', () => {
  it('marks a Chinese run inside Spanish text', () => {
    expect(markChineseRuns(page('<p>WeCom (企业微信) es gratis</p>'))).toBe(
      page('<p>WeCom (<span lang="zh-CN">企业微信</span>) es gratis</p>'),
    );
  });

  it('keeps full-width punctuation and spaces inside the run', () => {
    expect(markChineseRuns(page('<p>«「加入群聊」 二维码»</p>'))).toBe(
      page('<p>«<span lang="zh-CN">「加入群聊」 二维码</span>»</p>'),
    );
  });

  it.each([
    ['a Chinese page', page('<p>企业微信</p>', 'zh-CN')],
    ['an element with its own lang', page('<p>título <span lang="zh">企业微信</span></p>')],
    ['Japanese text', page('<p><cite lang="ja">企業微信の認証</cite></p>')],
    ['a script', page('<script>var s="企业微信"</script>')],
    ['a title', '<html lang="en"><head><title>企业微信</title></head></html>'],
    ['an attribute', page('<a title="企业微信" href="/x">x</a>')],
    ['text without Chinese', page('<p>WeCom</p>')],
  ])('leaves %s alone', (_, html) => {
    expect(markChineseRuns(html)).toBe(html);
  });

  it('returns to the page language after an element with its own lang closes', () => {
    expect(markChineseRuns(page('<p><span lang="zh">微盘</span><br/>y 微盘</p>'))).toBe(
      page('<p><span lang="zh">微盘</span><br/>y <span lang="zh-CN">微盘</span></p>'),
    );
  });

  it('marks the runs of a real reading page, once', () => {
    const stripped = stripRuntime(readSample('es-mass-messages.html'), 'es/mass-messages');
    const expected = readSample('es-mass-messages.expected.html');
    expect(markChineseRuns(stripped)).toBe(expected);
    expect(markChineseRuns(expected)).toBe(expected);
  });
});
