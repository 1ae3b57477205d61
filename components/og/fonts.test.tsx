import { mkdirSync, writeFileSync } from 'node:fs';

import { ImageResponse } from 'next/og';
import sharp from 'sharp';
import { afterEach, expect, it, vi } from 'vitest';

import type { Locale } from '../../lib/i18n/locales';
import { loadOgFonts, ogFontFamily } from './fonts';

afterEach(() => vi.unstubAllGlobals());

async function render(text: string, locale?: Locale): Promise<Buffer> {
  const image = new ImageResponse(
    <div
      style={{
        display: 'flex',
        fontSize: 64,
        flexWrap: 'wrap',
        fontFamily: ogFontFamily.bold,
        background: '#fff',
        padding: 40,
      }}
    >
      {text}
    </div>,
    { width: 900, height: 320, fonts: await loadOgFonts(locale) },
  );
  return Buffer.from(await image.arrayBuffer());
}

/** How wide the drawn text is, in pixels: from its first dark column to its last. */
async function inkWidth(png: Buffer): Promise<number> {
  const { data, info } = await sharp(png)
    .flatten({ background: '#fff' })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const dark: number[] = [];
  for (let x = 0; x < info.width; x++)
    for (let y = 0; y < info.height; y++)
      if (data[y * info.width + x]! < 128) {
        dark.push(x);
        break;
      }
  return dark.length === 0 ? 0 : dark.at(-1)! - dark[0]! + 1;
}

it('draws Chinese and Spanish glyphs from the bundled fonts, never fetching a fallback', async () => {
  // Satori asks the network for glyphs its fonts lack; any fetch here means a missing glyph.
  // (The renderer itself fetches its WebAssembly from data: URLs; those pass through.)
  const realFetch = globalThis.fetch;
  const fetches: string[] = [];
  vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.startsWith('data:')) return realFetch(input, init);
    fetches.push(url);
    return Promise.reject(new Error('no network in tests'));
  });
  const sample = '企业微信 · WeCom’s “¿Qué?” ñ';
  const blank = await render('');
  mkdirSync('test-results/og', { recursive: true });
  for (const locale of ['es', 'zh'] as const) {
    const text = await render(sample, locale);
    expect(text.length).toBeGreaterThan(blank.length + 2000);
    writeFileSync(`test-results/og/glyphs-${locale}.png`, text);
  }
  expect(fetches).toEqual([]);
}, 30_000);

it('draws Latin punctuation narrow in es and en, and Chinese quotes full-width in zh', async () => {
  // A full-width ’ is as wide as an M; a Latin one is a fraction of it.
  const quotes = '’’’’’’’’’’';
  const letters = 'MMMMMMMMMM';
  for (const locale of ['es', 'en'] as const)
    expect(await inkWidth(await render(quotes, locale))).toBeLessThan(
      (await inkWidth(await render(letters, locale))) / 2,
    );
  expect(await inkWidth(await render(quotes, 'zh'))).toBeGreaterThan(
    (await inkWidth(await render(letters, 'zh'))) / 2,
  );
}, 30_000);
