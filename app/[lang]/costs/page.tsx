import type { Metadata } from 'next';

import { costsPageFacts } from '@/lib/costs/page';
import { sharePageMetadata } from '@/lib/site/metadata';
import { localeParam } from '@/lib/site/route-params';
import { costsComponents } from '@/components/costs/mdx-components';
import { MdxPage } from '@/components/mdx/mdx-page';

type PageProps = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return sharePageMetadata(await localeParam(params), 'costs');
}

export default async function CostsPage({ params }: PageProps) {
  const locale = await localeParam(params);
  return (
    <MdxPage
      locale={locale}
      slug="costs"
      topic="costs"
      facts={costsPageFacts()}
      components={costsComponents(locale)}
    />
  );
}
