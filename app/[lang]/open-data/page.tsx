import type { Metadata } from 'next';

import { sharePageMetadata } from '@/lib/site/metadata';
import { localeParam } from '@/lib/site/route-params';
import { OpenDataPage } from '@/components/pages/open-data-page';

type PageProps = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return sharePageMetadata(await localeParam(params), 'open-data');
}

export default async function Route({ params }: PageProps) {
  return <OpenDataPage locale={await localeParam(params)} />;
}
