import { interpolate } from '@/lib/format';
import { clearMargin, decisionGuide, questions } from '@/lib/quiz';
import { optionLabel, questionView, type QuizText } from '@/lib/quiz-text';

import { ReasonList } from './reason-list';

type DecisionGuideProps = { text: QuizText };

/** Where the guide sits in the quiz page; the page hides it once the quiz has started. */
export const guideId = 'decision-guide';

/**
 * The quiz as a readable guide: every answer and the account it points to, with the same
 * figures. It is what the quiz page shows without JavaScript, and stays below the start.
 * It is exported on its own (app/[lang]/quiz/static-guide) and placed into the quiz page after
 * the build, so that React neither carries it in its payload nor hydrates it.
 */
export function DecisionGuide({ text }: DecisionGuideProps) {
  const { guide } = text.quiz;
  const entries = decisionGuide(text.data);
  return (
    <section aria-labelledby="guia" className="mt-10">
      <h2 id="guia" className="text-2xl font-semibold">
        {guide.title}
      </h2>
      <p className="mt-2 max-w-3xl">{guide.intro}</p>
      <h3 className="mt-6 text-lg font-semibold">{guide.howTitle}</h3>
      <ol className="mt-2 max-w-3xl list-decimal space-y-1 ps-6">
        {guide.how.map((rule, index) => (
          <li key={index}>{interpolate(rule, { margin: String(clearMargin) })}</li>
        ))}
      </ol>
      <ol className="mt-6 space-y-6">
        {questions.map((question, index) => {
          const view = questionView(question.id, text);
          return (
            <li
              key={question.id}
              className="rounded-lg border border-stone-300 p-4 dark:border-stone-700"
            >
              <h3 className="font-semibold">
                {index + 1}. {view.legend}
              </h3>
              {view.hint && (
                <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{view.hint}</p>
              )}
              <dl className="mt-3 space-y-3">
                {entries
                  .filter((entry) => entry.questionId === question.id)
                  .map((entry) => (
                    <div key={entry.optionId}>
                      <dt className="font-medium">
                        {interpolate(guide.option, {
                          answer: optionLabel(question.id, entry.optionId, text),
                        })}
                      </dt>
                      <dd>
                        {entry.reasons.length > 0 ? (
                          <ReasonList reasons={entry.reasons} text={text} points />
                        ) : (
                          <p className="mt-1 text-stone-700 dark:text-stone-300">
                            {guide.noEffect}
                          </p>
                        )}
                      </dd>
                    </div>
                  ))}
              </dl>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
