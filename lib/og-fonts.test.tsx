import { mkdirSync, writeFileSync } from 'node:fs';

import { ImageResponse } from 'next/og';
import { afterEach, expect, it, vi } from 'vitest';

import { loadOgFonts, ogFontFamily } from './og-fonts';

afterEach(() => vi.unstubAllGlobals());

async function render(text: string): Promise<Buffer> {
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
    { width: 900, height: 320, fonts: await loadOgFonts() },
  );
  return Buffer.from(await image.arrayBuffer());
}

it('draws Chinese and Spanish glyphs from the bundled font, never fetching a fallback', async () => {
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
  const text = await render('企业微信 · WeCom ¿Qué? ñ');
  const blank = await render('');
  expect(fetches).toEqual([]);
  expect(text.length).toBeGreaterThan(blank.length + 2000);
  mkdirSync('test-results/og', { recursive: true });
  writeFileSync('test-results/og/cjk-glyphs.png', text);
}, 30_000);
