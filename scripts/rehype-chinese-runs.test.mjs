import { describe, expect, it } from 'vitest';

import rehypeChineseRuns, { markChineseRuns } from './rehype-chinese-runs.mjs';

const text = (value) => ({ type: 'text', value });
const element = (tagName, children, properties = {}) => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const zh = (value) => element('span', [text(value)], { lang: 'zh-CN' });

describe('rehypeChineseRuns', () => {
  it('marks a Chinese run inside Spanish text, keeping the rest', () => {
    const tree = { type: 'root', children: [element('p', [text('WeCom (企业微信) es gratis')])] };
    rehypeChineseRuns()(tree);
    expect(tree.children).toEqual([
      element('p', [text('WeCom ('), zh('企业微信'), text(') es gratis')]),
    ]);
  });

  it('keeps full-width punctuation and spaces inside the run, at any depth', () => {
    const tree = element('li', [element('strong', [text('«「加入群聊」 二维码»')])]);
    markChineseRuns(tree);
    expect(tree).toEqual(
      element('li', [element('strong', [text('«'), zh('「加入群聊」 二维码'), text('»')])]),
    );
  });

  it('marks the text of MDX components, and leaves their attributes alone', () => {
    const jsx = {
      type: 'mdxJsxFlowElement',
      name: 'InShort',
      attributes: [{ type: 'mdxJsxAttribute', name: 'title', value: '企业微信' }],
      children: [element('p', [text('企业微信')])],
    };
    markChineseRuns(jsx);
    expect(jsx.attributes[0].value).toBe('企业微信');
    expect(jsx.children).toEqual([element('p', [zh('企业微信')])]);
  });

  it.each([
    ['an element in Chinese', element('span', [text('企业微信')], { lang: 'zh' })],
    ['an element in Japanese', element('cite', [text('企業微信の認証')], { lang: 'ja' })],
    [
      'an MDX element in Chinese',
      {
        type: 'mdxJsxTextElement',
        name: 'span',
        attributes: [{ type: 'mdxJsxAttribute', name: 'lang', value: 'zh-Hant' }],
        children: [text('企業微信')],
      },
    ],
    ['text without Chinese', element('p', [text('WeCom')])],
  ])('leaves %s alone', (_, node) => {
    const before = structuredClone(node);
    markChineseRuns(node);
    expect(node).toEqual(before);
  });

  it('marks inside an element in another language', () => {
    const tree = element('td', [text('(英文常见说法)')], { lang: 'en' });
    markChineseRuns(tree);
    expect(tree.children).toEqual([text('('), zh('英文常见说法'), text(')')]);
  });
});
