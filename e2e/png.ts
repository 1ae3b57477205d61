import { readFileSync } from 'node:fs';

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height of a PNG file, or null when the file is not a PNG. */
export function pngSize(file: string): { width: number; height: number } | null {
  const bytes = readFileSync(file);
  if (!bytes.subarray(0, 8).equals(signature)) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
