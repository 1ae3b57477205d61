import { figureView, type QuizText } from '@/lib/quiz-text';
import { CaveatNote } from '@/components/caveat-note';
import { SourceTitleText } from '@/components/source-title-text';
import type { FigureRef } from '@/lib/quiz';

type FigureNoteProps = { figure: FigureRef; text: QuizText };

/** The figure behind a reason: its value, condition, caveat, source and table row. */
export function FigureNote({ figure, text }: FigureNoteProps) {
  const view = figureView(figure, text);
  const [source] = view.sources;
  return (
    <p className="mt-1 text-sm quiz-muted">
      {view.heading}
      {text.labels.punctuation.colon}
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
          {text.labels.punctuation.open}
          {view.condition}
          {text.labels.punctuation.close}
        </>
      )}
      {' · '}
      <a href={view.rowHref}>{text.quiz.result.row}</a>
      {source && (
        <>
          {' · '}
          {text.quiz.result.source}
          {text.labels.punctuation.colon}
          <SourceTitleText title={source.title} href={source.url} />
        </>
      )}
      <CaveatNote caveat={view.caveat} messages={text.labels} />
    </p>
  );
}
