import { costsPageContext } from '@/lib/costs/page';
import { costHints } from '@/lib/quiz/cost-hint';
import { interpolate } from '@/lib/i18n/format';
import { getMessages, getQuizText } from '@/lib/site/messages';
import { paths } from '@/lib/site/paths';
import { questions } from '@/lib/quiz';
import { questionViews } from '@/lib/quiz/text';
import { CostHint } from '@/components/quiz/cost-hint';
import { PageFrame } from '@/components/layout/page-frame';
import { Quiz } from '@/components/quiz/quiz';
import type { Locale } from '@/lib/i18n/locales';

export function QuizPage({ locale }: { locale: Locale }) {
  const text = getQuizText(locale);
  const { quiz, labels } = text;
  const costs = costsPageContext(locale);
  return (
    <PageFrame locale={locale} path={paths.quiz(locale)}>
      {/* data-hydrate: this page keeps the framework runtime (see scripts/postbuild/). */}
      <div data-hydrate="">
        <h1 className="page-title">{quiz.page.title}</h1>
        <Quiz
          locale={locale}
          quiz={quiz}
          labels={labels}
          data={text.data}
          views={questionViews(text)}
          costHints={Object.fromEntries(
            costHints(costs.prices).map((hint) => [
              hint.optionId,
              <CostHint
                key={hint.optionId}
                hint={hint}
                text={costs.text.quizHint}
                money={costs.text.result.money}
                marks={costs.marks}
                punctuation={getMessages(locale).punctuation}
                locale={locale}
              />,
            ]),
          )}
          intro={
            <>
              <p className="mt-4 max-w-3xl text-lg">
                {interpolate(quiz.page.intro, { count: String(questions.length) })}
              </p>
              <p className="mt-2 max-w-3xl">
                <a href={paths.quizGuide(locale)}>{quiz.page.guideLink}</a>
              </p>
            </>
          }
        >
          {/* The decision guide is a page of its own, which reads without JavaScript. */}
          <noscript>
            <div className="mt-4 max-w-3xl rounded-lg border-s-4 border-blue-800 bg-blue-50 p-4 dark:border-sky-300 dark:bg-sky-950/40">
              <p>{quiz.page.noScript}</p>
              <p className="mt-2">
                <a href={paths.quizGuide(locale)}>{quiz.page.noScriptGuide}</a>
              </p>
            </div>
          </noscript>
        </Quiz>
      </div>
    </PageFrame>
  );
}
