// The MDX pages' rehype plugin (next.config.js): every run of Chinese in their prose gets
// <span lang="zh-CN">, so screen readers switch voice and browsers pick Chinese fonts and line
// breaking, in `next dev` as in the export. Text inside an element with a Chinese or Japanese
// `lang` of its own is left alone.
import { handlesHan, splitChineseRuns } from '../shared/chinese-runs.mjs';

/**
 * @typedef {{ type: string, value?: string, tagName?: string, name?: string,
 *   properties?: Record<string, unknown>, attributes?: { name?: string, value?: unknown }[],
 *   children?: Node[] }} Node
 */

/** The `lang` a node sets: a hast element's property, or an MDX JSX element's attribute. */
function ownLang(/** @type {Node} */ node) {
  const property = node.properties?.lang;
  if (typeof property === 'string') return property;
  const attribute = node.attributes?.find((candidate) => candidate.name === 'lang')?.value;
  return typeof attribute === 'string' ? attribute : undefined;
}

/**
 * A text node cut into its runs, the Chinese ones in a marked span.
 * @param {string} text
 * @returns {Node[]}
 */
function markedText(text) {
  return splitChineseRuns(text).map((part) =>
    part.chinese
      ? {
          type: 'element',
          tagName: 'span',
          properties: { lang: 'zh-CN' },
          children: [{ type: 'text', value: part.text }],
        }
      : { type: 'text', value: part.text },
  );
}

/**
 * Marks the runs under `node`, in place.
 * @param {Node} node
 */
export function markChineseRuns(node) {
  const lang = ownLang(node);
  if (lang !== undefined && handlesHan(lang)) return;
  if (!node.children) return;
  node.children = node.children.flatMap((child) => {
    if (child.type === 'text') return markedText(child.value ?? '');
    markChineseRuns(child);
    return [child];
  });
}

/** The rehype plugin. */
export default function rehypeChineseRuns() {
  return markChineseRuns;
}
