import type { ReactNode, Ref } from 'react';

import { interpolate } from '@/lib/format';
import { askedQuestions, type Answers, type Recommendation } from '@/lib/quiz';
import {
  basisSentence,
  flipSentence,
  optionLabel,
  verifiedOrgText,
  type QuizText,
} from '@/lib/quiz-text';

import { FigureNote } from './figure-note';
import { ReasonList } from './reason-list';

type QuizResultProps = {
  result: Recommendation;
  answers: Answers;
  text: QuizText;
  /** Level of the result's own headings: 2 under the quiz page's h1; 2 on an outcome page. */
  level: 2 | 3;
  /** Show the headline (the outcome page has it as its h1 already). */
  headline: boolean;
  headingRef?: Ref<HTMLHeadingElement>;
  share: ReactNode;
  actions: ReactNode;
};

const rank = (kinds: string[]) =>
  kinds.includes('rules-out') ? 0 : kinds.includes('weighs') ? 1 : 2;

/** The recommendation, then each answer that mattered with the sourced figure behind it. */
export function QuizResult({
  result,
  answers,
  text,
  level,
  headline,
  headingRef,
  share,
  actions,
}: QuizResultProps) {
  const { quiz } = text;
  const words = quiz.outcomes[result.outcome];
  const Heading = `h${level}` as const;
  const Sub = `h${level + (headline ? 1 : 0)}` as 'h2' | 'h3' | 'h4';
  const groups = askedQuestions(answers)
    .map((question) => ({
      id: question.id,
      reasons: result.reasons.filter((reason) => reason.questionId === question.id),
    }))
    .filter((group) => group.reasons.length > 0)
    .sort((a, b) => rank(a.reasons.map((r) => r.kind)) - rank(b.reasons.map((r) => r.kind)));
  const toRunnerUp = result.flips.filter((flip) => flip.outcome === result.runnerUp);
  const otherFlips = result.flips.filter((flip) => flip.outcome !== result.runnerUp);
  const assumption = result.assumptions.includes('verified-org') ? verifiedOrgText(text) : null;
  const subClass = 'mt-8 text-xl font-semibold';

  return (
    <div data-outcome={result.outcome} data-strength={result.strength}>
      {headline && (
        <>
          <Heading ref={headingRef} tabIndex={-1} className="text-2xl font-bold sm:text-3xl">
            {words.headline}
          </Heading>
          <p className="mt-3 max-w-3xl text-lg">{words.summary}</p>
        </>
      )}
      <p className="mt-3 max-w-3xl">
        <strong>{quiz.strength[result.strength]}</strong> {basisSentence(result, text)}
      </p>

      {result.dependsOn.length > 0 && (
        <>
          <Sub className={subClass}>{quiz.result.dependsOnTitle}</Sub>
          <p className="mt-2 max-w-3xl">{quiz.result.dependsOn}</p>
          {result.dependsOn.map((figure) => (
            <FigureNote key={`${figure.id}-${figure.account}`} figure={figure} text={text} />
          ))}
        </>
      )}

      {result.ruledOut.length > 0 && (
        <>
          <Sub className={subClass}>{quiz.result.ruledOutTitle}</Sub>
          <ul className="mt-2 list-disc space-y-1 ps-6">
            {result.ruledOut.map((out) => (
              <li key={`${out.account}-${out.questionId}`}>
                {interpolate(quiz.result.ruledOut, {
                  account: text.labels.accounts[out.account],
                  question: quiz.questions[out.questionId].short,
                })}
              </li>
            ))}
          </ul>
        </>
      )}

      <Sub className={subClass}>{quiz.result.reasonsTitle}</Sub>
      <ol className="mt-3 space-y-5">
        {groups.map((group) => (
          <li key={group.id} data-question={group.id}>
            <p className="font-semibold">
              {interpolate(quiz.result.answer, {
                question: quiz.questions[group.id].short,
                answer: optionLabel(group.id, answers[group.id] as string, text),
              })}
            </p>
            <ReasonList reasons={group.reasons} text={text} />
          </li>
        ))}
      </ol>

      {assumption && (
        <>
          <Sub className={subClass}>{quiz.result.assumptionsTitle}</Sub>
          <p className="mt-2 max-w-3xl">{assumption.sentence}</p>
          {assumption.figures.map((figure) => (
            <FigureNote key={figure.id} figure={figure} text={text} />
          ))}
        </>
      )}

      <Sub className={subClass}>
        {interpolate(quiz.result.flipsTitle, { outcome: quiz.outcomes[result.runnerUp].name })}
      </Sub>
      {toRunnerUp.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 ps-6">
          {toRunnerUp.map((flip) => (
            <li key={`${flip.questionId}-${flip.optionId}`}>{flipSentence(flip, text)}</li>
          ))}
        </ul>
      ) : (
        <p className="mt-2">{quiz.result.noFlips}</p>
      )}
      {otherFlips.length > 0 && (
        <details className="mt-3">
          <summary className="cursor-pointer">{quiz.result.otherFlipsTitle}</summary>
          <ul className="mt-2 list-disc space-y-1 ps-6">
            {otherFlips.map((flip) => (
              <li key={`${flip.questionId}-${flip.optionId}`}>{flipSentence(flip, text)}</li>
            ))}
          </ul>
        </details>
      )}

      <details className="mt-6">
        <summary className="cursor-pointer">{quiz.result.answersTitle}</summary>
        <dl className="mt-2 space-y-1">
          {askedQuestions(answers).map((question) => (
            <div key={question.id}>
              <dt className="inline font-medium">{quiz.questions[question.id].short}: </dt>
              <dd className="inline">
                {optionLabel(question.id, answers[question.id] as string, text)}
              </dd>
            </div>
          ))}
        </dl>
      </details>

      {share}
      <div className="mt-8 flex flex-wrap gap-3">{actions}</div>
    </div>
  );
}
