import type { Metadata } from 'next';

import { sharePageMetadata } from '@/lib/site/metadata';
import { localeParam } from '@/lib/site/route-params';
import { ChangesPage } from '@/components/pages/changes-page';

type PageProps = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return sharePageMetadata(await localeParam(params), 'changes');
}

export default async function Route({ params }: PageProps) {
  return <ChangesPage locale={await localeParam(params)} />;
}
