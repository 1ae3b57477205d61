// @ts-check
// The app icons: written by scripts/favicon.mjs, listed by each language's web app manifest
// (lib/site/web-app-manifest.ts). Plain JavaScript so the script runs without a compiler.

/** @typedef {{ file: string, size: number, purpose: 'any' | 'maskable' | 'apple-touch-icon' }} AppIcon */

/**
 * The app icons, written to public/. `any` is the icon as drawn (a rounded square). A
 * `maskable` icon fills its whole square, for the shape a launcher cuts out of it (whatever
 * it cuts keeps the drawing, which stays inside the central circle the spec keeps safe); so
 * does the Apple touch icon, as iOS rounds the corners itself and paints transparent ones black.
 * The 192 and 512 px sizes are the ones browsers ask a manifest for.
 * @type {readonly AppIcon[]}
 */
export const appIcons = [
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  { file: 'icon-maskable-512.png', size: 512, purpose: 'maskable' },
  { file: 'apple-touch-icon.png', size: 180, purpose: 'apple-touch-icon' },
];
