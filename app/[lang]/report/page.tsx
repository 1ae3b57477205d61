import type { Metadata } from 'next';

import { sharePageMetadata } from '@/lib/site/metadata';
import { localeParam } from '@/lib/site/route-params';
import { ReportPage } from '@/components/pages/report-page';

type PageProps = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return sharePageMetadata(await localeParam(params), 'report');
}

export default async function Route({ params }: PageProps) {
  return <ReportPage locale={await localeParam(params)} />;
}
