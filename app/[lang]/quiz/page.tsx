import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { interpolate } from '@/lib/format';
import { isLocale } from '@/lib/i18n';
import { getMessages, getQuizMessages } from '@/lib/messages';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';
import { questions } from '@/lib/quiz';
import { figureMessages, type QuizText } from '@/lib/quiz-text';
import { getSharePage } from '@/lib/share-pages';
import { PageFrame } from '@/components/layout/page-frame';
import { DecisionGuide } from '@/components/quiz/decision-guide';
import { Quiz } from '@/components/quiz/quiz';

type PageProps = { params: Promise<{ lang: string }> };

async function localeOf(params: PageProps['params']) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return lang;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await localeOf(params);
  return pageMetadata(await getSharePage(locale, 'quiz'), locale, getMessages(locale));
}

export default async function QuizPage({ params }: PageProps) {
  const locale = await localeOf(params);
  const quiz = getQuizMessages(locale);
  const labels = figureMessages(getMessages(locale));
  const text: QuizText = { locale, quiz, labels };
  return (
    <PageFrame locale={locale} path={paths.quiz(locale)}>
      {/* data-hydrate: this page keeps the framework runtime (see scripts/strip-runtime.mjs). */}
      <div data-hydrate="">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{quiz.page.title}</h1>
        <Quiz
          locale={locale}
          quiz={quiz}
          labels={labels}
          intro={
            <p className="mt-4 max-w-3xl text-lg">
              {interpolate(quiz.page.intro, { count: String(questions.length) })}
            </p>
          }
        >
          <noscript>
            <p className="mt-4 max-w-3xl rounded-lg border-s-4 border-blue-800 bg-blue-50 p-4 dark:border-sky-300 dark:bg-sky-950/40">
              {quiz.page.noScript}
            </p>
          </noscript>
          <DecisionGuide text={text} />
        </Quiz>
      </div>
    </PageFrame>
  );
}
