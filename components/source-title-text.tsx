import type { SourceTitle } from '@/lib/view/source-title';

import { ZhRuns } from './zh-runs';

type SourceTitleTextProps = { title: SourceTitle; href: string };

/** A source's linked title in the reader's language, then the original title in brackets. */
export function SourceTitleText({ title, href }: SourceTitleTextProps) {
  return (
    <>
      <a href={href} className="break-words" lang={title.lang ?? undefined}>
        <ZhRuns lang={title.lang ?? undefined}>{title.title}</ZhRuns>
      </a>
      {title.original && (
        <>
          {' '}
          [
          <span lang={title.original.lang} className="break-words">
            {title.original.text}
          </span>
          ]
        </>
      )}
    </>
  );
}
