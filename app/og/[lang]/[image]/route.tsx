import { shareImageParams, shareImageResponse } from '@/components/og/share-images';

// Route handlers are only exported to out/ when static, with every file listed up front.
export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = shareImageParams;

type RouteContext = { params: Promise<{ lang: string; image: string }> };

export async function GET(_request: Request, { params }: RouteContext) {
  const { lang, image } = await params;
  return shareImageResponse(lang, image);
}
