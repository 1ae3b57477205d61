import type { Metadata } from 'next';

import { sharePageMetadata } from '@/lib/site/metadata';
import { localeParam } from '@/lib/site/route-params';
import { QuizPage } from '@/components/pages/quiz-page';

type PageProps = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return sharePageMetadata(await localeParam(params), 'quiz');
}

export default async function Route({ params }: PageProps) {
  return <QuizPage locale={await localeParam(params)} />;
}
