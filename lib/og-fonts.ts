import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

// Satori reads WOFF/TTF, not WOFF2; each weight is registered once under its own family name,
// because two files under one name silently drop one and missing glyphs then try the network.
// This subset of Noto Sans SC covers Latin and Simplified Chinese.
const fontDir = join(process.cwd(), 'node_modules', '@fontsource', 'noto-sans-sc', 'files');

export const ogFontFamily = { regular: 'Noto Sans SC', bold: 'Noto Sans SC Bold' } as const;

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700 }[]> | undefined;

/** The two font files for images, read once per build worker. */
export function loadOgFonts() {
  fonts ??= Promise.all([
    readFile(join(fontDir, 'noto-sans-sc-chinese-simplified-400-normal.woff')).then((data) => ({
      name: ogFontFamily.regular,
      data,
      weight: 400 as const,
    })),
    readFile(join(fontDir, 'noto-sans-sc-chinese-simplified-700-normal.woff')).then((data) => ({
      name: ogFontFamily.bold,
      data,
      weight: 700 as const,
    })),
  ]);
  return fonts;
}
