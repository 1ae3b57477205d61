import type { ReactNode } from 'react';

type InShortProps = { title: string; children: ReactNode };

/** The closing "who wins for what" box of an article. */
export function InShort({ title, children }: InShortProps) {
  return (
    <aside
      aria-label={title}
      className="in-short not-prose my-8 rounded-lg border border-stone-300 bg-stone-50 p-5 dark:border-stone-700 dark:bg-stone-900 [&_li]:mt-2 [&_ul]:list-disc [&_ul]:ps-5"
    >
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </aside>
  );
}
