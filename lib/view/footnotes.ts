import type { Source } from '../data/facts';

/** Footnote number (1-based) of each source, in the order the page lists them. */
export function footnoteNumbers(sources: readonly Source[]): Map<string, number> {
  return new Map(sources.map((source, index) => [source.id, index + 1]));
}
