import { parseAnswer, segmentDispute } from '@/lib/faq/answer';
import type { Locale } from '@/lib/i18n/locales';
import { getFact, presentCell } from '@/lib/data/facts';

import { DisputedValues } from '../facts/disputed-values';
import { FigureMark } from '../facts/figure-mark';
import { Fact } from '../mdx/fact';
import type { Messages } from '@/lib/i18n/messages';

type AnswerTextProps = {
  text: string;
  locale: Locale;
  messages: Messages;
  rowHref: (id: string) => string;
  footnotes: ReadonlyMap<string, number>;
};

/**
 * One paragraph of an answer: its figures come from the data and its claims link to their
 * rows; a figure or claim with a caveat carries the mark and its caveat in words.
 * A figure sources disagree on gives all its values, each linked to its sources.
 */
export function AnswerText({ text, locale, messages, rowHref, footnotes }: AnswerTextProps) {
  return parseAnswer(text).map((segment, index) => {
    if (segment.kind === 'text') return segment.text;
    const dispute = segment.kind === 'figure' && segmentDispute(segment, locale, messages);
    if (dispute)
      return (
        <DisputedValues
          key={index}
          values={dispute}
          footnotes={footnotes}
          messages={messages}
          inline
        />
      );
    if (segment.kind === 'figure')
      return (
        <Fact
          key={index}
          id={segment.id}
          account={segment.account}
          alternative={segment.alternative}
          locale={locale}
          messages={messages}
          rowHref={rowHref}
        />
      );
    const cell = presentCell(getFact(segment.id)[segment.account]);
    return (
      <a
        key={index}
        href={rowHref(segment.id)}
        className="claim-ref"
        data-claim={segment.id}
        data-account={segment.account}
      >
        {segment.text}
        {cell && <FigureMark claim={cell} messages={messages} />}
      </a>
    );
  });
}
