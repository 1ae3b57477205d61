import type { Metadata } from 'next';

import { getFacts } from '@/lib/data/facts';
import { sharePageMetadata } from '@/lib/site/metadata';
import { localeParam } from '@/lib/site/route-params';
import { MdxPage } from '@/components/mdx/mdx-page';

type PageProps = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return sharePageMetadata(await localeParam(params), 'sources');
}

export default async function SourcesPage({ params }: PageProps) {
  return <MdxPage locale={await localeParam(params)} slug="sources" facts={getFacts()} />;
}
