'use client';

import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

import { interpolate } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import {
  askedQuestions,
  cleanAnswers,
  missingQuestions,
  questions,
  score,
  type Answers,
  type QuestionId,
} from '@/lib/quiz';
import { decodeAnswers, encodeAnswers } from '@/lib/quiz/link';
import type { QuizMessages } from '@/lib/quiz-messages';
import type { FigureMessages, QuestionView, QuizText } from '@/lib/quiz-text';

import { AnswerSummary } from './answer-summary';
import { LinkNotice } from './link-notice';
import { QuestionStep } from './question-step';
import { QuizResult } from './quiz-result';
import { ShareLink } from './share-link';
import { buttonClass } from './styles';
import { isAnchorHash, replaceHash, useHash } from './use-hash';

type Step =
  | { kind: 'intro' }
  | { kind: 'question'; id: QuestionId; toSummary: boolean }
  | { kind: 'summary' }
  | { kind: 'result' };

type QuizProps = {
  locale: Locale;
  quiz: QuizMessages;
  labels: FigureMessages;
  /**
   * The questions' texts, filled in on the server: formatting their figures in the browser
   * would load number-formatting data while the page hydrates.
   */
  views: readonly QuestionView[];
  /** Server-rendered introduction, shown on the start screen. */
  intro: ReactNode;
  /** Shown on the start screen only (the decision guide follows the quiz in the page). */
  children: ReactNode;
};

/**
 * Where to land for answers read from a link: the first gap, else the result (a shared link,
 * or a reload after finishing).
 */
function stepFor(answers: Answers): Step {
  const [first] = missingQuestions(answers);
  if (Object.keys(answers).length === 0) return { kind: 'intro' };
  return first ? { kind: 'question', id: first, toSummary: false } : { kind: 'result' };
}

/** The quiz, one question at a time. Answers live in the URL fragment, so a reload resumes. */
export function Quiz({ locale, quiz, labels, views, intro, children }: QuizProps) {
  const text: QuizText = useMemo(() => ({ locale, quiz, labels }), [locale, quiz, labels]);
  const hash = useHash();
  const decoded = useMemo(() => decodeAnswers(hash ?? ''), [hash]);
  const answers = decoded.answers;
  // A gap alone is a quiz in progress (a reload); anything else is a damaged link.
  const problems = decoded.problems.filter((problem) => problem.kind !== 'incomplete');
  // The step the visitor chose; null means "where the link leads".
  const [chosen, setChosen] = useState<Step | null>(null);
  const [error, setError] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const acted = useRef(false);
  const step: Step = chosen ?? (problems.length > 0 ? { kind: 'intro' } : stepFor(answers));
  const stepKey = step.kind === 'question' ? step.id : step.kind;

  // A link pasted into the address bar of an open quiz starts over from that link.
  useEffect(() => {
    const reset = () => {
      if (!isAnchorHash(window.location.hash)) setChosen(null);
    };
    window.addEventListener('hashchange', reset);
    return () => window.removeEventListener('hashchange', reset);
  }, []);

  // Each new step takes the focus to its heading, once the visitor has started acting.
  useEffect(() => {
    if (acted.current) heading.current?.focus();
  }, [stepKey]);

  const save = (next: Answers) =>
    replaceHash(Object.keys(next).length > 0 ? encodeAnswers(next) : '');
  const go = (next: Step) => {
    acted.current = true;
    setError(false);
    setChosen(next);
  };
  const asked = askedQuestions(answers);
  const resume = () => {
    // Rewrite the link cleanly: what could not be read is gone, so is the notice.
    save(answers);
    const next = stepFor(answers);
    go(next.kind === 'intro' ? { kind: 'question', id: questions[0].id, toSummary: false } : next);
  };
  const restart = () => {
    save({});
    go({ kind: 'question', id: questions[0].id, toSummary: false });
  };

  let body: ReactNode;
  let announcement = '';
  if (step.kind === 'intro') {
    // Before the fragment is read (the exported HTML, and hydration) this is the same tree
    // with the start button invisible. One shape, so the server-rendered screen is hydrated in
    // place: swapping it for a copy cost about a second of main thread on a mid-range phone.
    body = (
      <>
        {intro}
        {problems.length > 0 && (
          <LinkNotice answers={answers} problems={problems} messages={quiz.link}>
            {missingQuestions(answers).length > 0 ? (
              <button type="button" className={buttonClass.primary} onClick={resume}>
                {quiz.link.finish}
              </button>
            ) : (
              <button
                type="button"
                className={buttonClass.primary}
                onClick={() => {
                  save(answers);
                  go({ kind: 'summary' });
                }}
              >
                {quiz.link.review}
              </button>
            )}
            <button type="button" className={buttonClass.secondary} onClick={restart}>
              {quiz.link.retake}
            </button>
          </LinkNotice>
        )}
        {problems.length === 0 && (
          // Kept in place but invisible until the fragment is read, so nothing below moves.
          <p className={hash === null ? 'invisible mt-6' : 'mt-6'}>
            <button type="button" className={buttonClass.primary} onClick={resume}>
              {quiz.page.start} →
            </button>
          </p>
        )}
        {children}
      </>
    );
  } else if (step.kind === 'question') {
    const index = asked.findIndex((question) => question.id === step.id);
    const view = views.find((candidate) => candidate.id === step.id)!;
    announcement = interpolate(quiz.flow.progress, {
      n: String(index + 1),
      total: String(asked.length),
    });
    body = (
      <QuestionStep
        key={step.id}
        view={view}
        n={index + 1}
        total={asked.length}
        value={answers[step.id]}
        nextLabel={step.toSummary ? quiz.flow.saveAndReturn : quiz.flow.next}
        error={error}
        messages={quiz.flow}
        headingRef={heading}
        onChange={(optionId) => {
          setError(false);
          save(cleanAnswers({ ...answers, [step.id]: optionId }).answers);
        }}
        onBack={() => {
          const previous = asked[index - 1];
          go(
            step.toSummary
              ? { kind: 'summary' }
              : previous
                ? { kind: 'question', id: previous.id, toSummary: false }
                : { kind: 'intro' },
          );
        }}
        onNext={() => {
          if (answers[step.id] === undefined) {
            setError(true);
            return;
          }
          const [gap] = missingQuestions(answers);
          const following = asked[index + 1];
          if (step.toSummary)
            go(gap ? { kind: 'question', id: gap, toSummary: true } : { kind: 'summary' });
          else if (following) go({ kind: 'question', id: following.id, toSummary: false });
          else go(gap ? { kind: 'question', id: gap, toSummary: false } : { kind: 'summary' });
        }}
      />
    );
  } else if (step.kind === 'summary') {
    announcement = quiz.summary.title;
    body = (
      <AnswerSummary
        views={views.filter((view) => asked.some((question) => question.id === view.id))}
        answers={answers}
        messages={quiz.summary}
        headingRef={heading}
        onChange={(id) => go({ kind: 'question', id, toSummary: true })}
        onResult={() => {
          const [gap] = missingQuestions(answers);
          go(gap ? { kind: 'question', id: gap, toSummary: true } : { kind: 'result' });
        }}
      />
    );
  } else {
    const result = score(answers);
    if (!result.complete) {
      body = null;
    } else {
      const words = quiz.outcomes[result.outcome];
      announcement = words.headline;
      const url = `${window.location.origin}${paths.quizResult(locale, result.outcome, encodeAnswers(answers))}`;
      body = (
        <QuizResult
          result={result}
          answers={answers}
          text={text}
          level={2}
          headline
          headingRef={heading}
          share={
            <ShareLink
              url={url}
              title={words.title}
              headline={words.headline}
              messages={quiz.share}
              level={3}
            />
          }
          actions={
            <>
              <button
                type="button"
                className={buttonClass.secondary}
                onClick={() => go({ kind: 'summary' })}
              >
                {quiz.result.change}
              </button>
              <button type="button" className={buttonClass.secondary} onClick={restart}>
                {quiz.result.retake}
              </button>
            </>
          }
        />
      );
    }
  }

  return (
    <div className="quiz" data-quiz-step={step.kind}>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {body}
    </div>
  );
}
