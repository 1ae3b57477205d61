import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { isLocale } from '@/lib/i18n/locales';
import { sharePageMetadata } from '@/lib/site/metadata';
import { isOutcome, outcomes } from '@/lib/quiz';
import { OutcomePage } from '@/components/pages/outcome-page';

export const dynamicParams = false;

export function generateStaticParams() {
  return outcomes.map((outcome) => ({ outcome }));
}

type PageProps = { params: Promise<{ lang: string; outcome: string }> };

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

export default async function Route({ params }: PageProps) {
  return <OutcomePage {...await resolve(params)} />;
}
