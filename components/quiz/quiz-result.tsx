import type { ReactNode, Ref } from 'react';

import { interpolate } from '@/lib/i18n/format';
import {
  askedQuestions,
  decidingReasons,
  essentialAnswers,
  flipsByOutcome,
  reasonWeight,
  type Answers,
  type Outcome,
  type Reason,
  type Recommendation,
} from '@/lib/quiz';
import {
  basisSentence,
  essentialSentence,
  flipSentence,
  optionLabel,
  reasonKind,
  verifiedOrgText,
  type QuizText,
} from '@/lib/quiz/text';

import { FigureNote } from './figure-note';
import { ReasonList } from './reason-list';

type QuizResultProps = {
  result: Recommendation;
  /** The outcome a shared link's address named, if any. */
  named?: Outcome | null;
  answers: Answers;
  text: QuizText;
  headingRef?: Ref<HTMLHeadingElement>;
  share: ReactNode;
  actions: ReactNode;
};

/** An answer's place in the evidence: its heaviest reason (`reasonWeight`), heaviest first. */
const heaviest = (reasons: readonly Reason[]) => Math.max(...reasons.map(reasonWeight));

/**
 * The result, most important first: a verdict card (the account, how clear, the answers that
 * weighed most, heaviest first, each with its figure and caveat, and why any need the reader
 * said they have did not decide), what it depends on and, outcome by outcome, what would
 * change it; then the evidence answer by answer, each group collapsible, each reason with its
 * figure, caveat, sources and table row.
 */
export function QuizResult({
  result,
  answers,
  named = null,
  text,
  headingRef,
  share,
  actions,
}: QuizResultProps) {
  const { quiz } = text;
  const words = quiz.outcomes[result.outcome];
  const deciding = decidingReasons(result);
  const groups = askedQuestions(answers)
    .map((question) => ({
      id: question.id,
      reasons: result.reasons.filter((reason) => reason.questionId === question.id),
    }))
    .filter((group) => group.reasons.length > 0)
    .sort((a, b) => heaviest(b.reasons) - heaviest(a.reasons));
  const unmet = essentialAnswers(result, answers).flatMap((essential) => {
    const sentence = essentialSentence(essential, text);
    if (sentence === null) return [];
    // A need outweighed on a soft figure shows that figure and its caveat, as a reason would.
    const figure =
      essential.status === 'outweighed'
        ? { id: essential.reason.factId, account: essential.reason.account }
        : null;
    return [{ id: essential.questionId, sentence, figure }];
  });
  const flipGroups = flipsByOutcome(result);
  const assumption = result.assumptions.includes('verified-org') ? verifiedOrgText(text) : null;
  const subClass = 'mt-8 subsection-title';

  return (
    <div data-outcome={result.outcome} data-strength={result.strength}>
      <section className="quiz-verdict">
        <p className="text-sm font-semibold tracking-wide uppercase">{quiz.result.verdictLabel}</p>
        <h2
          ref={headingRef}
          tabIndex={-1}
          data-sign={result.outcome}
          className="mt-1 text-2xl font-bold sm:text-3xl"
        >
          {words.headline}
        </h2>
        {named !== null && named !== result.outcome && (
          <p className="mt-3" data-named={named}>
            {interpolate(quiz.verdict.named, {
              named: quiz.outcomes[named].name,
              outcome: words.name,
            })}
          </p>
        )}
        <p className="mt-3 text-lg">{words.summary}</p>
        <p className="mt-3">
          <strong>{quiz.strength[result.strength]}</strong>
          {text.labels.punctuation.sentenceGap}
          {basisSentence(result, text)}
        </p>
        {deciding.length > 0 && (
          <>
            <p className="mt-3 font-semibold">{quiz.result.decidedBy}</p>
            <ReasonList reasons={deciding} text={text} points />
          </>
        )}
        {unmet.length > 0 && (
          <>
            <p className="mt-3 font-semibold">{quiz.verdict.essentialTitle}</p>
            <ul className="mt-1 list-disc space-y-1 ps-6">
              {unmet.map((essential) => (
                <li key={essential.id} data-essential={essential.id}>
                  {essential.sentence}
                  {essential.figure && <FigureNote figure={essential.figure} text={text} />}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {result.dependsOn.length > 0 && (
        <section className="quiz-warning mt-6">
          <h3 className="font-semibold">
            <span aria-hidden="true">⚠ </span>
            {quiz.result.dependsOnTitle}
          </h3>
          <p className="mt-1">{quiz.result.dependsOn}</p>
          {result.dependsOn.map((figure) => (
            <FigureNote key={`${figure.id}-${figure.account}`} figure={figure} text={text} />
          ))}
        </section>
      )}

      {flipGroups.length === 0 ? (
        <>
          <h3 className={subClass}>{quiz.verdict.changeTitle}</h3>
          <p className="mt-2">{quiz.result.noFlips}</p>
        </>
      ) : (
        flipGroups.map((group) => (
          <section key={group.outcome} data-flips-to={group.outcome}>
            <h3 className={subClass}>
              {interpolate(quiz.result.flipsTitle, { outcome: quiz.outcomes[group.outcome].name })}
            </h3>
            <ul className="mt-2 list-disc space-y-1 ps-6">
              {group.flips.map((flip) => (
                <li key={`${flip.questionId}-${flip.optionId}`}>{flipSentence(flip, text)}</li>
              ))}
            </ul>
          </section>
        ))
      )}

      <h3 className={subClass}>{quiz.result.reasonsTitle}</h3>
      <p className="mt-1 quiz-muted">{quiz.result.evidenceIntro}</p>
      <div className="mt-3 space-y-2">
        {groups.map((group) => (
          <details key={group.id} data-question={group.id} className="quiz-card">
            <summary className="cursor-pointer">
              <span className="font-semibold">
                {interpolate(quiz.result.answer, {
                  question: quiz.questions[group.id].short,
                  answer: optionLabel(group.id, answers[group.id] as string, text),
                })}
              </span>
              {/* The opening bracket brings its own space in es/en, none in zh. */}
              <span className="text-sm quiz-muted">
                {text.labels.punctuation.open}
                {[...new Set(group.reasons.map((reason) => reasonKind(reason, text)))].join(' · ')}
                {text.labels.punctuation.close}
              </span>
            </summary>
            <ReasonList reasons={group.reasons} text={text} />
          </details>
        ))}
        {assumption && (
          <details className="quiz-card">
            <summary className="cursor-pointer font-semibold">
              {quiz.result.assumptionsTitle}
            </summary>
            <p className="mt-2 max-w-3xl">{assumption.sentence}</p>
            {assumption.figures.map((figure) => (
              <FigureNote key={figure.id} figure={figure} text={text} />
            ))}
          </details>
        )}
        <details className="quiz-card">
          <summary className="cursor-pointer font-semibold">{quiz.result.answersTitle}</summary>
          <dl className="mt-2 space-y-1">
            {askedQuestions(answers).map((question) => (
              <div key={question.id}>
                <dt className="inline font-medium">
                  {quiz.questions[question.id].short}
                  {text.labels.punctuation.colon}
                </dt>
                <dd className="inline">
                  {optionLabel(question.id, answers[question.id] as string, text)}
                </dd>
              </div>
            ))}
          </dl>
        </details>
      </div>

      {share}
      <div className="mt-8 flex flex-wrap gap-3">{actions}</div>
    </div>
  );
}
