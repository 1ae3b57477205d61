import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { interpolate } from '@/lib/format';
import { isLocale } from '@/lib/i18n';
import { getMessages, getQuizMessages } from '@/lib/messages';
import { questions } from '@/lib/quiz';
import { figureMessages, type QuizText } from '@/lib/quiz-text';
import { DecisionGuide } from '@/components/quiz/decision-guide';
import { Quiz } from '@/components/quiz/quiz';

type PageProps = { params: Promise<{ lang: string }> };

async function localeOf(params: PageProps['params']) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return lang;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { page } = getQuizMessages(await localeOf(params));
  return {
    title: page.title,
    description: page.description,
    openGraph: { title: page.title, description: page.description, type: 'website' },
  };
}

export default async function QuizPage({ params }: PageProps) {
  const locale = await localeOf(params);
  const quiz = getQuizMessages(locale);
  const labels = figureMessages(getMessages(locale));
  const text: QuizText = { locale, quiz, labels };
  return (
    <>
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
    </>
  );
}
