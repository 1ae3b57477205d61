/**
 * The site's public address, used in canonical URLs, Open Graph tags, the sitemap and the QR
 * codes on posters. Set SITE_URL when building for a real host; the default is what
 * `npm start` serves.
 */
export const siteUrl = (process.env.SITE_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');

/** An absolute URL for a site path ("/es/contacts/"). */
export function absoluteUrl(path: string): string {
  return `${siteUrl}${path}`;
}

/**
 * Where readers send corrections: a `mailto:` address or a repository's new-issue URL
 * (GitHub style, taking `title` and `body`). Set CORRECTIONS_URL when deploying.
 */
export const correctionsUrl = process.env.CORRECTIONS_URL ?? 'mailto:correcciones@example.org';
