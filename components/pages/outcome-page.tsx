import { interpolate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { getMessages, getQuizText } from '@/lib/site/messages';
import { paths } from '@/lib/site/paths';
import type { Outcome } from '@/lib/quiz';
import { typicalAnswers } from '@/lib/quiz/guide';
import { optionLabel } from '@/lib/quiz/text';
import { ForwardToQuizScript } from '@/components/kept-scripts';
import { PageFrame } from '@/components/layout/page-frame';
import { PosterLink } from '@/components/poster-link';
import { ReasonList } from '@/components/quiz/reason-list';
import { buttonClass } from '@/components/quiz/styles';

/** The page a shared result link opens: the outcome, and what typically leads to it. */
export function OutcomePage({ locale, outcome }: { locale: Locale; outcome: Outcome }) {
  const text = getQuizText(locale);
  const { quiz } = text;
  const words = quiz.outcomes[outcome];
  return (
    <PageFrame locale={locale} path={paths.quizResult(locale, outcome)}>
      <ForwardToQuizScript locale={locale} from={outcome} />
      <h1 className="page-title" data-sign={outcome}>
        {words.headline}
      </h1>
      <p className="mt-4 max-w-3xl text-lg">{words.summary}</p>
      <section aria-labelledby="reasons" className="mt-8">
        <h2 id="reasons" className="section-title">
          {quiz.general.title}
        </h2>
        <p className="mt-2 max-w-3xl">{quiz.general.intro}</p>
        <ul className="mt-4 space-y-5">
          {typicalAnswers(outcome).map((entry) => (
            <li key={`${entry.questionId}-${entry.optionId}`}>
              <p className="font-semibold">
                {interpolate(quiz.result.answer, {
                  question: quiz.questions[entry.questionId].short,
                  answer: optionLabel(entry.questionId, entry.optionId, text),
                })}
              </p>
              <ReasonList reasons={entry.reasons} text={text} />
            </li>
          ))}
        </ul>
        <p className="mt-8">
          <a href={paths.quiz(locale)} className={buttonClass.primary}>
            {quiz.general.take} →
          </a>
        </p>
      </section>
      <PosterLink href={paths.poster(locale, `result-${outcome}`)} messages={getMessages(locale)} />
    </PageFrame>
  );
}
