import type { Metadata } from 'next';

import { sharePageMetadata } from '@/lib/site/metadata';
import { localeParam } from '@/lib/site/route-params';
import { GlossaryPage } from '@/components/pages/glossary-page';

type PageProps = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return sharePageMetadata(await localeParam(params), 'glossary');
}

export default async function Route({ params }: PageProps) {
  return <GlossaryPage locale={await localeParam(params)} />;
}
