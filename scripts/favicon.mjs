// Writes the site's bitmap icons from public/favicon.svg: public/favicon.ico (browsers and
// crawlers ask for /favicon.ico whatever the page's <link rel="icon"> says) and the app icons of
// the web app manifests and iOS. Run `node scripts/favicon.mjs` after changing the SVG and commit
// every file; the build does not run it, and a unit test fails while a committed icon is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { appIcons } from '../shared/app-icons.mjs';

/** The sizes packed into the icon, in CSS pixels: tabs, taskbars and high-density tabs. */
export const faviconSizes = [16, 32, 48];

/**
 * The SVG (whose viewBox is 32 units wide) as a square PNG of `size` pixels.
 * @param {Buffer} svg
 * @param {number} size
 */
async function draw(svg, size) {
  const { default: sharp } = await import('sharp');
  return sharp(svg, { density: (72 * size) / 32 }).resize(size, size);
}

/**
 * One app icon. A full-square icon is the drawing on its own background colour, read from the
 * drawing (the top centre of its square), so the SVG stays the one place the colour is set. A
 * maskable icon draws it at 80 %, so that even a launcher's smallest mask (the central circle,
 * 80 % wide) leaves a margin around the speech bubble.
 * @param {Buffer} svg
 * @param {import('../shared/app-icons.mjs').AppIcon} icon
 * @returns {Promise<Buffer>}
 */
export async function renderAppIcon(svg, { size, purpose }) {
  if (purpose === 'any') return (await draw(svg, size)).png({ compressionLevel: 9 }).toBuffer();
  const { data } = await (
    await draw(svg, 32)
  )
    .extract({ left: 16, top: 1, width: 1, height: 1 })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const [r = 0, g = 0, b = 0] = data;
  const inner = purpose === 'maskable' ? Math.round(size * 0.8) : size;
  const before = Math.floor((size - inner) / 2);
  const after = size - inner - before;
  const { default: sharp } = await import('sharp');
  const drawing = await (await draw(svg, inner)).flatten({ background: { r, g, b } }).toBuffer();
  return sharp(drawing)
    .extend({ top: before, bottom: after, left: before, right: after, background: { r, g, b } })
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/**
 * Packs PNG images into one ICO file (ICO may hold PNG data since Windows Vista; every current
 * browser reads it). Each entry records its size, 32-bit colour and where its bytes start.
 * @param {{ size: number, png: Buffer }[]} images
 * @returns {Buffer}
 */
export function packIco(images) {
  if (images.length === 0) throw new Error('An icon needs at least one image');
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    if (!Number.isInteger(size) || size < 1 || size > 256) throw new Error(`Bad size ${size}`);
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size === 256 ? 0 : size, 0); // width; 0 means 256
    entry.writeUInt8(size === 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

async function main() {
  const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url));
  const images = await Promise.all(
    faviconSizes.map(async (size) => ({
      size,
      png: await (await draw(svg, size)).png({ compressionLevel: 9 }).toBuffer(),
    })),
  );
  const ico = packIco(images);
  writeFileSync(new URL('../public/favicon.ico', import.meta.url), ico);
  console.log(`public/favicon.ico: ${faviconSizes.join(', ')} px, ${ico.length} bytes`);
  for (const icon of appIcons) {
    const png = await renderAppIcon(svg, icon);
    writeFileSync(new URL(`../public/${icon.file}`, import.meta.url), png);
    console.log(`public/${icon.file}: ${icon.size} px, ${icon.purpose}, ${png.length} bytes`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
