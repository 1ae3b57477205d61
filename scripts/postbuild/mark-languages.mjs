// On the Spanish and English reading pages, marks every run of Chinese text (企业微信, a
// publisher's name, a term in brackets) with <span lang="zh-CN">, so screen readers switch voice
// and browsers pick Chinese fonts and line breaking. Text already inside an element with a
// `lang` of its own is left alone. Pages that hydrate (the quiz) are not for this step: React
// must find the HTML it rendered, so their Chinese runs are marked where they are rendered
// (components/zh-runs.tsx). The costs estimator's script marks the runs it writes itself
// (lib/costs/estimate-html.ts).
import { chineseRun } from '../chinese-runs.mjs';

const rawText = new Set(['script', 'style', 'title', 'textarea']);
const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Languages whose own text may hold Han characters: their runs need no mark. */
const handlesHan = (/** @type {string} */ lang) => /^(zh|ja)\b/i.test(lang);

/**
 * The page with its Chinese runs marked, given the language of its <html>. A page marked
 * already comes back unchanged: its runs are inside elements with a `lang` of their own.
 * @param {string} html a page without the runtime: its only scripts are JSON-LD and our own
 */
export function markChineseRuns(html) {
  /** @type {{ name: string, lang: string | undefined }[]} */
  const stack = [];
  return html
    .split(/(<!--[\s\S]*?-->|<[^>]*>)/)
    .map((token) => {
      if (token.startsWith('<!--')) return token;
      const tag = /^<(\/?)([a-zA-Z][\w-]*)([^>]*)>$/.exec(token);
      if (tag) {
        const [, closing, rawName, attributes] = tag;
        const name = rawName.toLowerCase();
        if (closing) {
          const index = stack.map((entry) => entry.name).lastIndexOf(name);
          if (index !== -1) stack.length = index;
        } else if (!voidElements.has(name) && !attributes.trim().endsWith('/')) {
          const lang = /\slang="([^"]*)"/.exec(attributes)?.[1];
          stack.push({ name, lang });
        }
        return token;
      }
      if (stack.some((entry) => rawText.has(entry.name))) return token;
      const lang = stack.findLast((entry) => entry.lang !== undefined)?.lang ?? '';
      if (handlesHan(lang)) return token;
      return token.replace(chineseRun, (run) => `<span lang="zh-CN">${run}</span>`);
    })
    .join('');
}
