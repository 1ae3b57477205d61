import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { isLocale } from '@/lib/i18n';
import { getMessages } from '@/lib/messages';
import { pageMetadata } from '@/lib/metadata';
import { getSharePage } from '@/lib/share-pages';
import { paths } from '@/lib/paths';
import { PageFrame } from '@/components/layout/page-frame';

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
  const messages = getMessages(locale);
  return (
    <PageFrame locale={locale} path={paths.page(locale, 'quiz')}>
      <h1 className="text-3xl font-bold tracking-tight">{messages.quiz.title}</h1>
      <p className="mt-4 max-w-2xl">{messages.quiz.comingSoon}</p>
      <p className="mt-4">
        <a href={paths.home(locale)}>{messages.notFound.home}</a>
      </p>
    </PageFrame>
  );
}
