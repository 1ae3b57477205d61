import type { Metadata } from 'next';

import { sharePageMetadata } from '@/lib/site/metadata';
import { localeParam } from '@/lib/site/route-params';
import { FaqPage } from '@/components/faq/faq-page';

type PageProps = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return sharePageMetadata(await localeParam(params), 'faq');
}

export default async function FaqRoute({ params }: PageProps) {
  return <FaqPage locale={await localeParam(params)} />;
}
