import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

import { appIcons } from '../shared/app-icons.mjs';
import { faviconSizes, packIco, renderAppIcon } from './favicon.mjs';

/** The images an ICO file holds, read back from its directory. */
function readIco(ico) {
  expect(ico.readUInt16LE(0)).toBe(0);
  expect(ico.readUInt16LE(2)).toBe(1);
  const count = ico.readUInt16LE(4);
  return Array.from({ length: count }, (_, index) => {
    const entry = 6 + 16 * index;
    const length = ico.readUInt32LE(entry + 8);
    const offset = ico.readUInt32LE(entry + 12);
    return {
      width: ico.readUInt8(entry) || 256,
      height: ico.readUInt8(entry + 1) || 256,
      bits: ico.readUInt16LE(entry + 6),
      data: ico.subarray(offset, offset + length),
    };
  });
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('packIco', () => {
  it('writes a directory that points at each image in turn', () => {
    const a = Buffer.from('first image');
    const b = Buffer.from('second');
    const images = readIco(
      packIco([
        { size: 16, png: a },
        { size: 256, png: b },
      ]),
    );
    expect(images.map(({ width, height, bits }) => [width, height, bits])).toEqual([
      [16, 16, 32],
      [256, 256, 32],
    ]);
    expect(images[0].data).toEqual(a);
    expect(images[1].data).toEqual(b);
  });

  it('refuses no images and impossible sizes', () => {
    expect(() => packIco([])).toThrow();
    expect(() => packIco([{ size: 300, png: Buffer.alloc(1) }])).toThrow(/300/);
  });
});

describe('public/favicon.ico', () => {
  it('holds a PNG of each size, each as large as its entry says', async () => {
    const ico = readFileSync(new URL('../public/favicon.ico', import.meta.url));
    const images = readIco(ico);
    expect(images.map((image) => image.width)).toEqual(faviconSizes);
    for (const image of images) {
      expect(image.data.subarray(0, 8)).toEqual(pngSignature);
      const meta = await sharp(image.data).metadata();
      expect([meta.width, meta.height]).toEqual([image.width, image.height]);
    }
  });
});

describe('the app icons in public/', () => {
  const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url));
  /** @param {Buffer | string} input */
  const pixels = (input) => sharp(input).ensureAlpha().raw().toBuffer({ resolveWithObject: true });

  it.each(appIcons)('$file is what the SVG gives now, at its size', async (icon) => {
    const committed = await pixels(
      fileURLToPath(new URL(`../public/${icon.file}`, import.meta.url)),
    );
    const fresh = await pixels(await renderAppIcon(svg, icon));
    expect([committed.info.width, committed.info.height]).toEqual([icon.size, icon.size]);
    expect([fresh.info.width, fresh.info.height]).toEqual([icon.size, icon.size]);
    // A renderer on another CPU may round an edge pixel differently; a changed SVG moves far more.
    let differences = 0;
    for (let index = 0; index < fresh.data.length; index++) {
      if (Math.abs(fresh.data[index] - committed.data[index]) > 2) differences++;
    }
    expect(differences, `${icon.file} is stale: run node scripts/favicon.mjs`).toBe(0);
  });

  it('fills the whole square of a maskable or Apple icon, drawing only inside the safe circle', async () => {
    for (const icon of appIcons.filter((candidate) => candidate.purpose !== 'any')) {
      const { data, info } = await pixels(await renderAppIcon(svg, icon));
      const at = (x, y) => [
        ...data.subarray((y * info.width + x) * 4, (y * info.width + x) * 4 + 4),
      ];
      const background = at(0, 0);
      expect(background[3], icon.file).toBe(255);
      const centre = (info.width - 1) / 2;
      const outside = [];
      for (let y = 0; y < info.height; y++) {
        for (let x = 0; x < info.width; x++) {
          const far = Math.hypot(x - centre, y - centre) > 0.4 * info.width;
          // The drawn square's own edge, blended on its own colour, may round a unit away.
          const drawn = at(x, y).some(
            (value, channel) => Math.abs(value - background[channel]) > 3,
          );
          if (far && drawn) outside.push([x, y]);
        }
      }
      expect(outside, icon.file).toEqual([]);
      // The drawing is there: the centre is not the background.
      expect(at(Math.round(centre), Math.round(centre - 0.1 * info.width)), icon.file).not.toEqual(
        background,
      );
    }
  });

  it('keeps the transparent corners of the drawn icon where launchers show it as it is', async () => {
    for (const icon of appIcons.filter((candidate) => candidate.purpose === 'any')) {
      const { data } = await pixels(await renderAppIcon(svg, icon));
      expect(data[3], icon.file).toBe(0);
    }
  });
});
