import { interpolate } from '@/lib/i18n/format';
import { clearMargin, questions } from '@/lib/quiz';
import { decisionGuide } from '@/lib/quiz/guide';
import { optionLabel, questionView, type QuizText } from '@/lib/quiz/text';

import { ReasonList } from './reason-list';

type DecisionGuideProps = { text: QuizText };

/**
 * The quiz as a readable guide: every answer and the account it points to, with the same
 * figures. It is the content of its own reading page (/<lang>/quiz/guide/, under the page's
 * <h1>), linked from the quiz's start screen and from its notice for readers without JavaScript.
 */
export function DecisionGuide({ text }: DecisionGuideProps) {
  const { guide } = text.quiz;
  const entries = decisionGuide(text.data);
  return (
    <>
      <p className="mt-4 max-w-3xl text-lg">{guide.intro}</p>
      <h2 className="mt-8 section-title">{guide.howTitle}</h2>
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
              <h2 className="subsection-title">
                {index + 1}. {view.legend}
              </h2>
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
    </>
  );
}
