import type { ReactNode } from 'react';

import { interpolate } from '@/lib/i18n/format';
import { askedQuestions, type Answers } from '@/lib/quiz';
import type { LinkProblem } from '@/lib/quiz/link';
import type { QuizMessages } from '@/lib/schema/quiz-words';

type LinkNoticeProps = {
  answers: Answers;
  problems: readonly LinkProblem[];
  messages: QuizMessages['link'];
  notices: QuizMessages['linkNotice'];
  /** Finish / review / retake controls (buttons in the quiz, links on an outcome page). */
  children: ReactNode;
};

/** Says that a shared link could not be fully read, what was kept, and what to do next. */
export function LinkNotice({ answers, problems, messages, notices, children }: LinkNoticeProps) {
  const has = (kind: LinkProblem['kind']) => problems.some((problem) => problem.kind === kind);
  // A link that fails its check was altered: none of its answers is presented as recovered.
  const tampered = has('tampered');
  const kept = Object.keys(answers).length;
  // Another version's link, or one with nothing readable, has no answers to recover.
  const [title, body] = has('unknown-version')
    ? [notices.otherVersionTitle, notices.otherVersion]
    : has('malformed')
      ? [notices.unreadableTitle, notices.unreadable]
      : tampered
        ? [messages.alteredTitle, messages.altered]
        : [messages.title, messages.damaged];
  const unreadable = has('unknown-version') || has('malformed');
  return (
    <div
      role="alert"
      className="quiz-warning mt-6"
      data-link-problems={problems.map((problem) => problem.kind).join(' ')}
    >
      <p className="font-semibold">
        <span aria-hidden="true">⚠ </span>
        {title}
      </p>
      <p className="mt-1">{body}</p>
      {!unreadable && !tampered && (
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
