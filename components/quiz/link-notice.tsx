import type { ReactNode } from 'react';

import { interpolate } from '@/lib/format';
import { askedQuestions, type Answers } from '@/lib/quiz';
import type { LinkProblem } from '@/lib/quiz/link';
import type { QuizMessages } from '@/lib/quiz-messages';

type LinkNoticeProps = {
  answers: Answers;
  problems: readonly LinkProblem[];
  messages: QuizMessages['link'];
  /** Finish / review / retake controls (buttons in the quiz, links on an outcome page). */
  children: ReactNode;
};

/** Says that a shared link could not be fully read, what was kept, and what to do next. */
export function LinkNotice({ answers, problems, messages, children }: LinkNoticeProps) {
  const unknownVersion = problems.some((problem) => problem.kind === 'unknown-version');
  // A link that fails its check was altered: none of its answers is presented as recovered.
  const tampered = problems.some((problem) => problem.kind === 'tampered');
  const kept = Object.keys(answers).length;
  return (
    <div
      role="alert"
      className="quiz-warning mt-6"
      data-link-problems={problems.map((problem) => problem.kind).join(' ')}
    >
      <p className="font-semibold">
        <span aria-hidden="true">⚠ </span>
        {tampered ? messages.alteredTitle : messages.title}
      </p>
      <p className="mt-1">
        {unknownVersion ? messages.unknownVersion : tampered ? messages.altered : messages.damaged}
      </p>
      {!unknownVersion && !tampered && (
        <p className="mt-1">
          {interpolate(messages.recovered, {
            n: String(kept),
            total: String(askedQuestions(answers).length),
          })}
        </p>
      )}
      <div className="mt-3 flex flex-wrap gap-3">{children}</div>
    </div>
  );
}
