// Writes public/favicon.ico from public/favicon.svg: browsers and crawlers ask for /favicon.ico
// whatever the page's <link rel="icon"> says. Run `node scripts/favicon.mjs` after changing the
// SVG and commit both files; the build does not run it (sharp's rendering is not needed there).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The sizes packed into the icon, in CSS pixels: tabs, taskbars and high-density tabs. */
export const faviconSizes = [16, 32, 48];

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
  const { default: sharp } = await import('sharp');
  const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url));
  const images = await Promise.all(
    faviconSizes.map(async (size) => ({
      size,
      png: await sharp(svg, { density: (72 * size) / 32 })
        .resize(size, size)
        .png({ compressionLevel: 9 })
        .toBuffer(),
    })),
  );
  const ico = packIco(images);
  writeFileSync(new URL('../public/favicon.ico', import.meta.url), ico);
  console.log(`public/favicon.ico: ${faviconSizes.join(', ')} px, ${ico.length} bytes`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
