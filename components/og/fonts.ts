import 'server-only';

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Locale } from '../../lib/i18n/locales';

// Satori reads WOFF/TTF, not WOFF2; each weight is registered once under its own family name,
// because two files under one name silently drop one and missing glyphs then try the network.
// Noto Sans SC covers Latin and Simplified Chinese, but draws Latin punctuation the Chinese way:
// its ’ and “ ” are full-width, so "WeCom’s" reads "WeCom’ s". Spanish and English images
// therefore draw with Noto Sans (Latin) first and take Chinese runs from Noto Sans SC; Chinese
// images draw with Noto Sans SC, whose full-width quotes are what Chinese text wants.
const fontDir = (name: string) => join(process.cwd(), 'node_modules', '@fontsource', name, 'files');
const files = {
  latin: { 400: 'noto-sans-latin-400-normal.woff', 700: 'noto-sans-latin-700-normal.woff' },
  cjk: {
    400: 'noto-sans-sc-chinese-simplified-400-normal.woff',
    700: 'noto-sans-sc-chinese-simplified-700-normal.woff',
  },
} as const;
const packages = { latin: 'noto-sans', cjk: 'noto-sans-sc' } as const;

/** The family names images use: the locale's primary font first, the other as a fallback. */
const names = {
  regular: { primary: 'OG Text', fallback: 'OG Text Fallback' },
  bold: { primary: 'OG Bold', fallback: 'OG Bold Fallback' },
} as const;

export const ogFontFamily = {
  regular: `"${names.regular.primary}", "${names.regular.fallback}"`,
  bold: `"${names.bold.primary}", "${names.bold.fallback}"`,
} as const;

type OgFont = { name: string; data: Buffer; weight: 400 | 700 };
type Script = keyof typeof files;

const cache = new Map<Script, Promise<OgFont[]>>();

function read(script: Script, weight: 400 | 700): Promise<Buffer> {
  return readFile(join(fontDir(packages[script]), files[script][weight]));
}

/**
 * The font files for a locale's images, read once per build worker: Latin first for es and en
 * (and the language chooser's card, which `undefined` stands for), Chinese first for zh.
 */
export function loadOgFonts(locale?: Locale): Promise<OgFont[]> {
  const primary: Script = locale === 'zh' ? 'cjk' : 'latin';
  const fallback: Script = primary === 'cjk' ? 'latin' : 'cjk';
  let fonts = cache.get(primary);
  if (!fonts) {
    fonts = Promise.all(
      ([400, 700] as const).flatMap((weight) => {
        const name = weight === 400 ? names.regular : names.bold;
        return [
          read(primary, weight).then((data) => ({ name: name.primary, data, weight })),
          read(fallback, weight).then((data) => ({ name: name.fallback, data, weight })),
        ];
      }),
    );
    cache.set(primary, fonts);
  }
  return fonts;
}
