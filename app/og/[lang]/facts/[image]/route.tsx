import { factCardParams, factCardResponse } from '@/components/og/share-images';

// Route handlers are only exported to out/ when static, with every file listed up front.
export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = factCardParams;

type RouteContext = { params: Promise<{ lang: string; image: string }> };

export async function GET(_request: Request, { params }: RouteContext) {
  const { lang, image } = await params;
  return factCardResponse(lang, image);
}
