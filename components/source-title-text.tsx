import type { SourceTitle } from '@/lib/view/source-title';

type SourceTitleTextProps = { title: SourceTitle; href: string };

/** A source's linked title in the reader's language, then the original title in brackets. */
export function SourceTitleText({ title, href }: SourceTitleTextProps) {
  return (
    <>
      <a href={href} className="break-words" lang={title.lang ?? undefined}>
        {title.title}
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
