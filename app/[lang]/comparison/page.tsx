import type { Metadata } from 'next';

import { sharePageMetadata } from '@/lib/site/metadata';
import { localeParam } from '@/lib/site/route-params';
import { ComparisonPage } from '@/components/pages/comparison-page';

type PageProps = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return sharePageMetadata(await localeParam(params), 'comparison');
}

export default async function Route({ params }: PageProps) {
  return <ComparisonPage locale={await localeParam(params)} />;
}
