import type { FactShare } from '@/lib/fact-cards/fact-cards';
import { interpolate } from '@/lib/i18n/format';
import { ogImageSize } from '@/lib/site/image-sizes';
import type { Messages } from '@/lib/i18n/messages';
import { ZhRuns } from '../zh-runs';

type FactShareSectionProps = {
  share: FactShare;
  text: Messages['factShare'];
  /** The language's colon, with the space it needs after it (none after the full-width one). */
  colon: string;
};

/**
 * One fact's card, its row's address and the code to embed it. Hidden until a row's "share"
 * link targets it by its id (`:target`), as on the report page: the page works without
 * JavaScript, shows one fact at a time, and a hidden card's lazy image is never fetched.
 */
export function FactShareSection({ share, text, colon }: FactShareSectionProps) {
  const embedId = `embed-${share.id}`;
  return (
    <section
      id={share.id}
      className="not-prose mt-6 hidden scroll-mt-4 rounded-lg border-s-4 border-blue-800 bg-blue-50 p-4 target:block dark:border-sky-300 dark:bg-sky-950/40"
    >
      <h2 className="subsection-title">
        <ZhRuns>{interpolate(text.factTitle, { label: share.label })}</ZhRuns>
      </h2>
      {/* eslint-disable-next-line @next/next/no-img-element -- a static export: next/image would only add a loader */}
      <img
        src={share.cardPath}
        {...ogImageSize}
        alt={share.alt}
        loading="lazy"
        className="mt-3 h-auto w-full rounded border border-stone-300 dark:border-stone-700"
      />
      <p className="mt-3">
        <a href={share.cardPath}>{text.imageLink}</a>
      </p>
      <p className="mt-2">
        {text.rowLink}
        {colon}
        <a href={share.rowPath} className="break-all">
          {share.rowUrl}
        </a>
      </p>
      <label htmlFor={embedId} className="mt-4 block font-semibold">
        {text.embedLabel}
      </label>
      <p id={`${embedId}-hint`} className="text-sm">
        {text.embedHint}
      </p>
      <textarea
        id={embedId}
        readOnly
        rows={6}
        aria-describedby={`${embedId}-hint`}
        defaultValue={share.embed}
        className="mt-2 w-full rounded border border-stone-300 bg-white p-3 font-mono text-sm dark:border-stone-700 dark:bg-stone-950"
      />
    </section>
  );
}
