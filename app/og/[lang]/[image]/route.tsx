import { appendFileSync } from 'node:fs';

import { ImageResponse } from 'next/og';
import sharp from 'sharp';
import { renderSVG } from 'uqr';

import { isLocale, locales } from '@/lib/i18n';
import { getMessages } from '@/lib/messages';
import { loadOgFonts } from '@/lib/og-fonts';
import { getSharePage, sharePages } from '@/lib/share-pages';
import { absoluteUrl, siteUrl } from '@/lib/site';
import { Poster } from '@/components/og/poster';
import { ShareCard } from '@/components/og/share-card';

// Route handlers are only exported to out/ when static, with every file listed up front.
export const dynamic = 'force-static';
export const dynamicParams = false;

export const ogSize = { width: 1200, height: 630 };
export const posterSize = { width: 1080, height: 1440 };

export async function generateStaticParams() {
  const params = await Promise.all(
    locales.map(async (lang) =>
      (await sharePages(lang)).flatMap((page) => [
        { lang, image: `${page.key}.png` },
        ...(page.poster ? [{ lang, image: `${page.key}.poster.png` }] : []),
      ]),
    ),
  );
  return params.flat();
}

type RouteContext = { params: Promise<{ lang: string; image: string }> };

export async function GET(_request: Request, { params }: RouteContext) {
  const started = performance.now();
  const { lang, image } = await params;
  const response = await renderImage(lang, image);
  // Read the whole image here, so the timing below covers rendering (ImageResponse is lazy).
  const rendered = await response.arrayBuffer();
  // A palette PNG: the cards are flat colours and antialiased text, which a 256-colour palette
  // keeps crisp at about half the bytes of Satori's full-colour PNG.
  const body =
    response.status === 200
      ? await sharp(Buffer.from(rendered))
          .png({ palette: true, effort: 10, compressionLevel: 9 })
          .toBuffer()
      : rendered;
  // `npm run bench` reports how long each image takes to render.
  if (process.env.OG_TIMINGS) {
    const ms = Math.round(performance.now() - started);
    appendFileSync(
      process.env.OG_TIMINGS,
      `${JSON.stringify({ path: `/og/${lang}/${image}`, ms })}\n`,
    );
  }
  return new Response(new Uint8Array(body), {
    status: response.status,
    headers: response.headers,
  });
}

async function renderImage(lang: string, image: string) {
  const match = /^([a-z-]+)(\.poster)?\.png$/.exec(image);
  if (!isLocale(lang) || !match) return new Response('Not found', { status: 404 });
  const [, key, poster] = match;
  const page = await getSharePage(lang, key!);
  const messages = getMessages(lang);
  const fonts = await loadOgFonts();
  if (!poster) {
    return new ImageResponse(
      <ShareCard page={page} locale={lang} messages={messages} host={new URL(siteUrl).host} />,
      { ...ogSize, fonts },
    );
  }
  const url = absoluteUrl(page.path);
  const qrSvg = renderSVG(url, { border: 2 });
  return new ImageResponse(
    <Poster page={page} locale={lang} messages={messages} url={url} qrSvg={qrSvg} />,
    { ...posterSize, fonts },
  );
}
