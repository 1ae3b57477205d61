'use client';

import { useEffect, useMemo, useReducer, useRef, type ReactNode } from 'react';

import { interpolate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/site/paths';
import { askedQuestions, score, type Data } from '@/lib/quiz';
import { flow, initialFlow, progress } from '@/lib/quiz/flow';
import { encodeAnswers } from '@/lib/quiz/link';
import type { QuizMessages } from '@/lib/schema/quiz-words';
import type { FigureMessages, QuestionView, QuizText } from '@/lib/quiz/text';

import { AnswerSummary } from './answer-summary';
import { QuestionStep } from './question-step';
import { QuizResult } from './quiz-result';
import { ShareLink } from './share-link';
import { StartScreen } from './start-screen';
import { buttonClass } from './styles';
import { useQuizAddress } from './use-quiz-address';

type QuizProps = {
  locale: Locale;
  quiz: QuizMessages;
  labels: FigureMessages;
  /**
   * The questions' texts, filled in on the server: formatting their figures in the browser
   * would load number-formatting data while the page hydrates.
   */
  views: readonly QuestionView[];
  /** The figures the quiz reads and their sources (`quizData()`), handed over by the page. */
  data: Data;
  /** What WeCom would cost, by answer to the customers question (rendered on the server). */
  costHints: Readonly<Record<string, ReactNode>>;
  /** Server-rendered introduction, shown on the start screen. */
  intro: ReactNode;
  /** Shown on the start screen only (the no-JavaScript notice). */
  children: ReactNode;
};

/** The quiz, one question at a time: the flow's state rendered, mirrored in the address. */
export function Quiz({ locale, quiz, labels, data, views, costHints, intro, children }: QuizProps) {
  const text: QuizText = useMemo(
    () => ({ locale, quiz, labels, data }),
    [locale, quiz, labels, data],
  );
  const [state, dispatch] = useReducer(flow, initialFlow);
  useQuizAddress(state, dispatch);
  const { step, answers } = state;

  // Every new step takes the focus to its heading, except the one the address opens on.
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef<string | null>(null);
  const stepKey = step.kind === 'question' ? step.id : step.kind;
  useEffect(() => {
    if (!state.ready) return;
    if (shown.current !== null && shown.current !== stepKey) heading.current?.focus();
    shown.current = stepKey;
  }, [state.ready, stepKey]);

  let body: ReactNode;
  let announcement = '';
  if (step.kind === 'intro') {
    body = (
      <StartScreen state={state} messages={quiz} intro={intro} act={dispatch}>
        {children}
      </StartScreen>
    );
  } else if (step.kind === 'question') {
    const { n, total } = progress(step.id);
    announcement = interpolate(quiz.flow.progress, { n: String(n), total: String(total) });
    body = (
      <QuestionStep
        key={step.id}
        view={views.find((view) => view.id === step.id)!}
        n={n}
        total={total}
        value={state.pending ?? answers[step.id]}
        nextLabel={step.returnTo ? quiz.flow.saveAndReturn : quiz.flow.next}
        error={state.error}
        messages={quiz.flow}
        headingRef={heading}
        onChange={(optionId) => dispatch({ type: 'choose', optionId })}
        onBack={() => dispatch({ type: 'back' })}
        onNext={() => dispatch({ type: 'next' })}
      />
    );
  } else if (step.kind === 'summary') {
    announcement = quiz.summary.title;
    const asked = askedQuestions(answers);
    body = (
      <AnswerSummary
        views={views.filter((view) => asked.some((question) => question.id === view.id))}
        answers={answers}
        untrusted={state.untrusted}
        messages={quiz.summary}
        headingRef={heading}
        onChange={(id) => dispatch({ type: 'edit', id })}
        onResult={() => dispatch({ type: state.untrusted ? 'confirm' : 'result' })}
      />
    );
  } else {
    const result = score(answers, data);
    if (result.complete) {
      const words = quiz.outcomes[result.outcome];
      announcement = words.headline;
      const path = paths.quizResult(locale, result.outcome, encodeAnswers(answers));
      body = (
        <QuizResult
          result={result}
          answers={answers}
          named={state.named}
          text={text}
          headingRef={heading}
          share={
            <>
              {result.outcome !== 'wechat' && costHints[answers.customers ?? '']}
              <ShareLink
                url={`${window.location.origin}${path}`}
                title={words.title}
                headline={words.headline}
                messages={quiz.share}
                level={3}
                posterHref={paths.poster(locale, `result-${result.outcome}`)}
              />
            </>
          }
          actions={
            <>
              <button
                type="button"
                className={buttonClass.secondary}
                onClick={() => dispatch({ type: 'review' })}
              >
                {quiz.result.change}
              </button>
              <button
                type="button"
                className={buttonClass.secondary}
                onClick={() => dispatch({ type: 'restart' })}
              >
                {quiz.result.retake}
              </button>
            </>
          }
        />
      );
    }
  }

  return (
    <div className="quiz">
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {body}
    </div>
  );
}
