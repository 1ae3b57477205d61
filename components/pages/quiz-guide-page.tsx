import { getQuizText } from '@/lib/site/messages';
import { paths } from '@/lib/site/paths';
import { PageFrame } from '@/components/layout/page-frame';
import { DecisionGuide } from '@/components/quiz/decision-guide';
import { buttonClass } from '@/components/quiz/styles';
import type { Locale } from '@/lib/i18n/locales';

/**
 * The quiz's decision guide as a reading page: every question, every answer and the account it
 * points to. Readers without JavaScript get here from the quiz page's notice. A reading page
 * like the others: no client component, so the build strips the framework from it.
 */
export function QuizGuidePage({ locale }: { locale: Locale }) {
  const text = getQuizText(locale);
  const { quiz } = text;
  return (
    <PageFrame locale={locale} path={paths.quizGuide(locale)}>
      <h1 className="page-title">{quiz.guide.title}</h1>
      <DecisionGuide text={text} />
      <p className="mt-8">
        <a href={paths.quiz(locale)} className={buttonClass.primary}>
          {quiz.general.take} →
        </a>
      </p>
    </PageFrame>
  );
}
