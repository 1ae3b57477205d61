import { appendFileSync } from 'node:fs';

import { ImageResponse } from 'next/og';
import sharp from 'sharp';
import { renderSVG } from 'uqr';

import { Poster } from '@/components/og/poster';
import { ShareCard } from '@/components/og/share-card';

import { isLocale, locales } from './i18n';
import { getMessages } from './messages';
import { loadOgFonts } from './og-fonts';
import { paths } from './paths';
import { getSharePage, ogImageSize, posterSize, sharePages } from './share-pages';
import { absoluteUrl, siteUrl } from './site';

/** Every image file under /og/: a card per share page, a poster for those that have one. */
export async function shareImageParams(): Promise<{ lang: string; image: string }[]> {
  const params = await Promise.all(
    locales.map(async (lang) =>
      (await sharePages(lang)).flatMap((page) => [
        { lang, image: imageFile(paths.ogImage(lang, page.key)) },
        ...(page.poster ? [{ lang, image: imageFile(paths.poster(lang, page.key)) }] : []),
      ]),
    ),
  );
  return params.flat();
}

const imageFile = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** The PNG of `/og/<lang>/<image>`; 404 for a name that is not one of ours. */
export async function shareImageResponse(lang: string, image: string): Promise<Response> {
  const started = performance.now();
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
  recordTiming(`/og/${lang}/${image}`, performance.now() - started);
  return new Response(new Uint8Array(body), {
    status: response.status,
    headers: response.headers,
  });
}

/** `npm run bench` sets OG_TIMINGS to a file, to report how long each image takes. */
function recordTiming(path: string, ms: number) {
  const file = process.env.OG_TIMINGS;
  if (file) appendFileSync(file, `${JSON.stringify({ path, ms: Math.round(ms) })}\n`);
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
      { ...ogImageSize, fonts },
    );
  }
  const url = absoluteUrl(page.path);
  const qrSvg = renderSVG(url, { border: 2 });
  return new ImageResponse(
    <Poster page={page} locale={lang} messages={messages} url={url} qrSvg={qrSvg} />,
    { ...posterSize, fonts },
  );
}
