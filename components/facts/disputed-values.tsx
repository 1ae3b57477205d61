import { Fragment } from 'react';

import type { ValueView } from '@/lib/view/cell-view';
import { getSource } from '@/lib/data/facts';

import { SourceRefs } from './source-refs';
import type { Messages } from '@/lib/i18n/messages';

type DisputedValuesProps = {
  /** From `disputedValues`: the main value first, then the values that dispute it. */
  values: readonly ValueView[];
  /** The page's source list, when it has one: each value then links to its footnotes. */
  footnotes?: ReadonlyMap<string, number>;
  messages: Messages;
  /** In a sentence: the note in brackets on the same line, not under the values. */
  inline?: boolean;
};

/**
 * A disputed figure outside its table row: every value, each with its own sources, and the
 * words that they disagree. A reader deciding on the figure sees the stricter value too.
 */
export function DisputedValues({ values, footnotes, messages, inline }: DisputedValuesProps) {
  return (
    <span className="disputed-values" data-caveat="disputed">
      {values.map((value, index) => (
        <Fragment key={index}>
          {index > 0 && messages.dispute.separator}
          <span className="font-semibold" data-value={value.raw}>
            {value.text}
          </span>
          <ValueSources ids={value.sources} footnotes={footnotes} messages={messages} />
        </Fragment>
      ))}
      {inline ? (
        `${messages.punctuation.open}${messages.dispute.note}${messages.punctuation.close}`
      ) : (
        <span className="block text-sm">
          <span aria-hidden="true">⚠ </span>
          {messages.dispute.note}
        </span>
      )}
    </span>
  );
}

type ValueSourcesProps = {
  ids: readonly string[];
  footnotes: ReadonlyMap<string, number> | undefined;
  messages: Messages;
};

/**
 * One value's sources: footnote links when the page lists them all, else each source's
 * publisher linked to the page itself (a card on a page without a source list).
 */
export function ValueSources({ ids, footnotes, messages }: ValueSourcesProps) {
  if (ids.length === 0) return null;
  if (footnotes && ids.every((id) => footnotes.has(id)))
    return <SourceRefs ids={ids} footnotes={footnotes} messages={messages} />;
  return (
    <span className="text-sm">
      {messages.punctuation.open}
      {ids.map((id, index) => {
        const source = getSource(id);
        return (
          <Fragment key={id}>
            {index > 0 && messages.punctuation.separator}
            <a href={source.url}>{source.publisher}</a>
          </Fragment>
        );
      })}
      {messages.punctuation.close}
    </span>
  );
}
