// @ts-check
// Runs of Chinese text in text of another language, marked where they are rendered: in MDX prose
// by scripts/rehype-chinese-runs.mjs, elsewhere by components/zh-runs.tsx, and in the search dialog.
// Plain JavaScript so the MDX compiler can load it without a compiler of its own.

/** Han ideographs, CJK punctuation and full-width forms, with the spaces between them. */
export const chineseRun =
  /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff60]+(?:\s+[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff60]+)*/g;

/**
 * The text cut into runs, each marked as Chinese or not, in order.
 * @param {string} text
 * @returns {{ text: string, chinese: boolean }[]}
 */
export function splitChineseRuns(text) {
  /** @type {{ text: string, chinese: boolean }[]} */
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(chineseRun)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), chinese: false });
    parts.push({ text: match[0], chinese: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), chinese: false });
  return parts;
}

/**
 * True when text in `lang` may hold Han characters of its own (Chinese, Japanese): its runs need
 * no mark.
 * @param {string} lang a BCP 47 tag, or '' when unknown
 */
export function handlesHan(lang) {
  return /^(zh|ja)\b/i.test(lang);
}
