import { localeStaticParams } from '@/lib/site/route-params';
import { manifestResponse } from '@/lib/site/web-app-manifest';

// Route handlers are only exported to out/ when static, with every file listed up front.
export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = localeStaticParams;

type RouteContext = { params: Promise<{ lang: string }> };

export async function GET(_request: Request, { params }: RouteContext) {
  return manifestResponse((await params).lang);
}
