import type { Metadata } from 'next';

import { sharePageMetadata } from '@/lib/site/metadata';
import { localeParam } from '@/lib/site/route-params';
import { SharePage } from '@/components/pages/share-page';

type PageProps = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return sharePageMetadata(await localeParam(params), 'share');
}

export default async function Route({ params }: PageProps) {
  return <SharePage locale={await localeParam(params)} />;
}
