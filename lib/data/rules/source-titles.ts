import { rowName, type DataSet } from './data-set';

/**
 * Each language translates the title of every source written in another language, and only
 * those: a reader sees every title in their language, or in the original when they share it.
 */
export function sourceTitleErrors(data: DataSet): string[] {
  return Object.entries(data.sourceTitles).flatMap(([locale, titles]) => {
    const needed = new Set(
      data.sources.flatMap((raw, index) => {
        const lang = (raw as { lang?: unknown } | null)?.lang;
        return lang === locale ? [] : [rowName(raw, index)];
      }),
    );
    return [
      ...[...needed]
        .filter((id) => !(id in titles))
        .map(
          (id) => `source "${id}": no title in "${locale}" (content/${locale}/source-titles.ts)`,
        ),
      ...Object.keys(titles)
        .filter((id) => !needed.has(id))
        .map(
          (id) =>
            `source "${id}": a title in "${locale}", but the source is in that language or not listed`,
        ),
    ];
  });
}
