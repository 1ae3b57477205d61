import { Fragment } from 'react';

import { figureView, type FigureView, type QuizText } from '@/lib/quiz/text';
import { CaveatNote } from '@/components/facts/caveat-note';
import { SourceTitleText } from '@/components/source-title-text';
import type { CellRef } from '@/lib/quiz';

type FigureNoteProps = { figure: CellRef; text: QuizText };

/**
 * The figure behind a reason: its value, condition, every source it cites (its caveat is
 * derived from all of them, so showing one could contradict the caveat's words), each
 * disputing value with its own sources, the caveat and the table row.
 */
export function FigureNote({ figure, text }: FigureNoteProps) {
  const view = figureView(figure, text);
  const { punctuation } = text.labels;
  return (
    <p className="mt-1 text-sm quiz-muted">
      {view.heading}
      {punctuation.colon}
      <span
        className="font-semibold text-stone-900 dark:text-stone-100"
        data-fact={view.factId}
        data-account={view.account}
        data-value={view.rawValue}
      >
        {view.value}
      </span>
      {view.condition && (
        <>
          {punctuation.open}
          {view.condition}
          {punctuation.close}
        </>
      )}
      {' · '}
      <a href={view.rowHref}>{text.quiz.result.row}</a>
      <Sources sources={view.sources} text={text} />
      {view.disputes.map((dispute) => (
        <Fragment key={dispute.raw}>
          {' · '}
          <span data-alternative={dispute.raw}>{dispute.label}</span>
          <Sources sources={dispute.sources} text={text} />
        </Fragment>
      ))}
      <CaveatNote caveat={view.caveat} messages={text.labels} />
    </p>
  );
}

function Sources({ sources, text }: { sources: FigureView['sources']; text: QuizText }) {
  if (sources.length === 0) return null;
  const { punctuation } = text.labels;
  const label = sources.length === 1 ? text.quiz.result.source : text.quiz.verdict.sources;
  return (
    <>
      {' · '}
      {label}
      {punctuation.colon}
      {sources.map((source, index) => (
        <Fragment key={source.id}>
          {index > 0 && punctuation.separator}
          <SourceTitleText title={source.title} href={source.url} />
        </Fragment>
      ))}
    </>
  );
}
