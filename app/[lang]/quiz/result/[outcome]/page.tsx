import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { interpolate } from '@/lib/format';
import { isLocale } from '@/lib/i18n';
import { getMessages, getQuizText } from '@/lib/messages';
import { sharePageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';
import { outcomes, type Outcome } from '@/lib/quiz';
import { typicalAnswers } from '@/lib/quiz/guide';
import { optionLabel } from '@/lib/quiz-text';
import { ForwardToQuizScript } from '@/components/kept-scripts';
import { PageFrame } from '@/components/layout/page-frame';
import { PosterLink } from '@/components/poster-link';
import { ReasonList } from '@/components/quiz/reason-list';
import { buttonClass } from '@/components/quiz/styles';

export const dynamicParams = false;

export function generateStaticParams() {
  return outcomes.map((outcome) => ({ outcome }));
}

type PageProps = { params: Promise<{ lang: string; outcome: string }> };

function isOutcome(value: string): value is Outcome {
  return (outcomes as readonly string[]).includes(value);
}

async function resolve(params: PageProps['params']) {
  const { lang, outcome } = await params;
  if (!isLocale(lang) || !isOutcome(outcome)) notFound();
  return { locale: lang, outcome };
}

// Each outcome has its own title and description, so a pasted link previews that outcome
// even where no JavaScript runs.
export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, outcome } = await resolve(params);
  return sharePageMetadata(locale, `result-${outcome}`);
}

export default async function OutcomePage({ params }: PageProps) {
  const { locale, outcome } = await resolve(params);
  const text = getQuizText(locale);
  const { quiz } = text;
  const words = quiz.outcomes[outcome];
  return (
    <PageFrame locale={locale} path={paths.quizResult(locale, outcome)}>
      <ForwardToQuizScript locale={locale} />
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
