import type { Metadata } from 'next';

import { sharePageMetadata } from '@/lib/site/metadata';
import { localeParam } from '@/lib/site/route-params';
import { HomePage } from '@/components/pages/home-page';

type PageProps = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return sharePageMetadata(await localeParam(params), 'home');
}

export default async function Route({ params }: PageProps) {
  return <HomePage locale={await localeParam(params)} />;
}
