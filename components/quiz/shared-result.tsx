'use client';

import { useEffect, useMemo, type ReactNode } from 'react';

import type { Locale } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { score, type Answers, type Outcome, type Recommendation } from '@/lib/quiz';
import { decodeAnswers, encodeAnswers, type LinkProblem } from '@/lib/quiz-link';
import type { QuizMessages } from '@/lib/quiz-messages';
import type { FigureMessages, QuizText } from '@/lib/quiz-text';

import { LinkNotice } from './link-notice';
import { QuizResult } from './quiz-result';
import { ShareLink } from './share-link';
import { buttonClass } from './styles';
import { useHash } from './use-hash';

type SharedResultProps = {
  locale: Locale;
  outcome: Outcome;
  quiz: QuizMessages;
  labels: FigureMessages;
  /** The general reasons for this outcome: shown when the link carries no answers. */
  children: ReactNode;
};

type State =
  | { kind: 'general' }
  | { kind: 'problem'; answers: Answers; problems: LinkProblem[] }
  | { kind: 'elsewhere'; href: string }
  | { kind: 'result'; answers: Answers; result: Recommendation };

function stateFor(hash: string | null, locale: Locale, outcome: Outcome): State {
  if (!hash) return { kind: 'general' };
  const { answers, problems } = decodeAnswers(hash);
  if (problems.length > 0) return { kind: 'problem', answers, problems };
  const result = score(answers);
  if (!result.complete) return { kind: 'general' };
  // Answers that lead elsewhere (the data changed, or the link was edited): go there.
  if (result.outcome !== outcome) {
    return {
      kind: 'elsewhere',
      href: paths.quizResult(locale, result.outcome, encodeAnswers(answers)),
    };
  }
  return { kind: 'result', answers, result };
}

/**
 * An outcome page's personal part: the visitor's own reasons, read from the URL fragment
 * once the page runs in a browser. Without one, the server-rendered general reasons stay.
 */
export function SharedResult({ locale, outcome, quiz, labels, children }: SharedResultProps) {
  const text: QuizText = useMemo(() => ({ locale, quiz, labels }), [locale, quiz, labels]);
  const hash = useHash();
  const state = useMemo(() => stateFor(hash, locale, outcome), [hash, locale, outcome]);

  useEffect(() => {
    if (state.kind === 'elsewhere') window.location.replace(state.href);
  }, [state]);

  if (state.kind === 'elsewhere') return null;
  if (state.kind === 'general') return <>{children}</>;

  if (state.kind === 'problem') {
    const complete = !state.problems.some((problem) => problem.kind === 'incomplete');
    return (
      <>
        <LinkNotice answers={state.answers} problems={state.problems} messages={quiz.link}>
          {Object.keys(state.answers).length > 0 && (
            <a
              href={paths.quiz(locale, encodeAnswers(state.answers))}
              className={buttonClass.primary}
            >
              {complete ? quiz.link.review : quiz.link.finish}
            </a>
          )}
          <a href={paths.quiz(locale)} className={buttonClass.secondary}>
            {quiz.link.retake}
          </a>
        </LinkNotice>
        {children}
      </>
    );
  }

  const fragment = encodeAnswers(state.answers);
  const words = quiz.outcomes[state.result.outcome];
  return (
    <QuizResult
      result={state.result}
      answers={state.answers}
      text={text}
      level={2}
      headline={false}
      share={
        <ShareLink
          url={`${window.location.origin}${paths.quizResult(locale, state.result.outcome, fragment)}`}
          title={words.title}
          headline={words.headline}
          messages={quiz.share}
          level={2}
        />
      }
      actions={
        <>
          <a href={paths.quiz(locale, fragment)} className={buttonClass.secondary}>
            {quiz.result.change}
          </a>
          <a href={paths.quiz(locale)} className={buttonClass.secondary}>
            {quiz.result.retake}
          </a>
        </>
      }
    />
  );
}
