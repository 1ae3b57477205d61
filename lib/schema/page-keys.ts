import { outcomes, differences } from './vocabulary';

/**
 * The key of every page a language has, in site order: the same in every language, and stable
 * (it names the page's share image, /og/<lang>/<key>.png, and the changelog's new pages).
 * `sharePages` builds its list in this order and stops the build when the two disagree.
 */
export const pageKeys = [
  'home',
  'comparison',
  ...differences,
  'costs',
  'faq',
  'sources',
  'glossary',
  'open-data',
  'changes',
  'report',
  'share',
  'quiz',
  'quiz-guide',
  ...outcomes.map((outcome) => `result-${outcome}` as const),
] as const;
export type PageKey = (typeof pageKeys)[number];

/** True when `value` is the key of a page. */
export function isPageKey(value: string): value is PageKey {
  return (pageKeys as readonly string[]).includes(value);
}
