import { readFileSync } from 'node:fs';

import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

import { faviconSizes, packIco } from './favicon.mjs';

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
