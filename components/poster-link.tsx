import type { Messages } from '@/lib/i18n/messages';

type PosterLinkProps = { href: string; messages: Messages };

/** WeChat ignores link previews, so readers there share a saved image instead. */
export function PosterLink({ href, messages }: PosterLinkProps) {
  return (
    <p className="poster-link mt-8">
      <a
        href={href}
        download
        className="inline-flex items-center gap-2 rounded-md border border-stone-300 px-3 py-2 dark:border-stone-700"
      >
        <span aria-hidden="true">⤓</span>
        {messages.share.savePoster}
      </a>
    </p>
  );
}
