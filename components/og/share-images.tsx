import 'server-only';

import { appendFileSync } from 'node:fs';

import { ImageResponse } from 'next/og';
import sharp from 'sharp';
import { renderSVG } from 'uqr';

import { FactCard } from '@/components/og/fact-card';
import { Poster } from '@/components/og/poster';
import { RootCard } from '@/components/og/root-card';
import { ShareCard } from '@/components/og/share-card';

import { isLocale, locales } from '../../lib/i18n/locales';
import { getFact, getFacts, isFactId } from '../../lib/data/facts';
import { getMessages } from '../../lib/site/messages';
import { loadOgFonts } from './fonts';
import { paths } from '../../lib/site/paths';
import { ogImageSize, posterSize } from '../../lib/site/image-sizes';
import { getSharePage, sharePages } from '../../lib/site/share-pages';
import { absoluteUrl, siteUrl } from '../../lib/site/site';

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
export function shareImageResponse(lang: string, image: string): Promise<Response> {
  return pngResponse(`/og/${lang}/${image}`, () => renderImage(lang, image), sharePalette);
}

/** Every fact card: `/og/<lang>/facts/<fact id>.png`. */
export function factCardParams(): { lang: string; image: string }[] {
  return locales.flatMap((lang) =>
    getFacts().map((fact) => ({ lang, image: imageFile(paths.factCard(lang, fact.id)) })),
  );
}

/** The PNG of `/og/<lang>/facts/<image>`; 404 for a name that is not a fact's. */
export function factCardResponse(lang: string, image: string): Promise<Response> {
  return pngResponse(`/og/${lang}/facts/${image}`, () => renderFactCard(lang, image), cardPalette);
}

/** The root address's card, `/og/root.png`. */
export function rootCardResponse(): Promise<Response> {
  return pngResponse(
    '/og/root.png',
    async () =>
      new ImageResponse(<RootCard host={new URL(siteUrl).host} />, {
        ...ogImageSize,
        fonts: await loadOgFonts(),
      }),
    sharePalette,
  );
}

// A palette PNG: the cards are flat colours and antialiased text, which a 256-colour palette
// keeps crisp at about half the bytes of Satori's full-colour PNG.
const sharePalette = { palette: true, effort: 10, compressionLevel: 9 } as const;
// Fact cards are most of the images (one per fact and language), so they take a cheaper
// quantizer and deflate: measured on 24 of them, 69 ms instead of 119 ms each for 4 % more bytes
// (38 KB instead of 36 KB, well under the images' median budget), with no difference to the eye.
const cardPalette = { palette: true, effort: 4, compressionLevel: 6 } as const;

/** Renders an image, makes it a palette PNG and records how long that took. */
async function pngResponse(
  path: string,
  render: () => Promise<Response>,
  palette: typeof sharePalette | typeof cardPalette,
): Promise<Response> {
  const started = performance.now();
  const response = await render();
  // Read the whole image here, so the timing below covers rendering (ImageResponse is lazy).
  const rendered = await response.arrayBuffer();
  const body =
    response.status === 200 ? await sharp(Buffer.from(rendered)).png(palette).toBuffer() : rendered;
  recordTiming(path, performance.now() - started);
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

async function renderFactCard(lang: string, image: string) {
  const match = /^(.+)\.png$/.exec(image);
  if (!isLocale(lang) || !match || !isFactId(match[1]!)) return notFound();
  const fact = getFact(match[1]);
  const messages = getMessages(lang);
  const address = absoluteUrl(paths.row(lang, fact.topic, fact.id)).replace(/^https?:\/\//, '');
  return new ImageResponse(
    <FactCard
      fact={fact}
      locale={lang}
      messages={messages}
      host={new URL(siteUrl).host}
      address={address}
    />,
    { ...ogImageSize, fonts: await loadOgFonts(lang) },
  );
}

const notFound = () => new Response('Not found', { status: 404 });

async function renderImage(lang: string, image: string) {
  const match = /^([a-z-]+)(\.poster)?\.png$/.exec(image);
  if (!isLocale(lang) || !match) return notFound();
  const [, key, poster] = match;
  const page = await getSharePage(lang, key!);
  const messages = getMessages(lang);
  const fonts = await loadOgFonts(lang);
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
