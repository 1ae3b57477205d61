import type { Metadata } from 'next';

import { sharePageMetadata } from '@/lib/site/metadata';
import { localeParam } from '@/lib/site/route-params';
import { QuizGuidePage } from '@/components/pages/quiz-guide-page';

type PageProps = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return sharePageMetadata(await localeParam(params), 'quiz-guide');
}

export default async function Route({ params }: PageProps) {
  return <QuizGuidePage locale={await localeParam(params)} />;
}
