import type { Ref } from 'react';

import { interpolate } from '@/lib/i18n/format';
import type { Answers, QuestionId } from '@/lib/quiz';
import type { QuizMessages } from '@/lib/schema/quiz-words';
import type { QuestionView } from '@/lib/quiz/text';

import { buttonClass } from './styles';

type AnswerSummaryProps = {
  views: readonly QuestionView[];
  answers: Answers;
  /** The answers come from an altered link: they must be confirmed before the result. */
  untrusted: boolean;
  messages: QuizMessages['summary'];
  headingRef: Ref<HTMLHeadingElement>;
  onChange: (id: QuestionId) => void;
  onResult: () => void;
};

/** Every answer before the result, each with a button to change it (or confirm them all). */
export function AnswerSummary({
  views,
  answers,
  untrusted,
  messages,
  headingRef,
  onChange,
  onResult,
}: AnswerSummaryProps) {
  return (
    <section aria-labelledby="quiz-summary">
      <h2 id="quiz-summary" ref={headingRef} tabIndex={-1} className="section-title">
        {messages.title}
      </h2>
      {untrusted ? (
        <p role="alert" className="quiz-warning mt-2">
          <span aria-hidden="true">⚠ </span>
          {messages.untrusted}
        </p>
      ) : (
        <p className="mt-2">{messages.intro}</p>
      )}
      <dl className="quiz-rows">
        {views.map((view) => (
          <div key={view.id} className="grid grid-cols-[1fr_auto] items-center gap-x-3 py-3">
            <dt className="text-sm quiz-muted">{view.short}</dt>
            <dd className="col-start-1 font-medium">
              {view.options.find((option) => option.id === answers[view.id])?.label}
            </dd>
            <dd className="col-start-2 row-span-2 row-start-1">
              <button
                type="button"
                onClick={() => onChange(view.id)}
                aria-label={interpolate(messages.changeLabel, { question: view.short })}
                className={buttonClass.secondary}
              >
                {messages.change}
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-6">
        <button type="button" onClick={onResult} className={buttonClass.primary}>
          {untrusted ? messages.confirm : messages.seeResult} →
        </button>
      </p>
    </section>
  );
}
