import { fileURLToPath } from 'node:url';

import createMDX from '@next/mdx';

import { parseCorrectionsUrl } from './shared/corrections-url.mjs';
import { siteConfig } from './shared/site-config.mjs';

// Where the site will live, and where corrections go: a build for a host without its address,
// or with a correction link that is not https: or mailto:, stops here, in one line.
const site = (() => {
  try {
    parseCorrectionsUrl(process.env.CORRECTIONS_URL);
    return siteConfig(process.env);
  } catch (error) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
})();

const withMDX = createMDX({
  // Turbopack needs plugins by name (a package or a file's absolute path), not as functions.
  options: {
    remarkPlugins: ['remark-gfm'],
    rehypePlugins: [fileURLToPath(new URL('./scripts/rehype-chinese-runs.mjs', import.meta.url))],
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  pageExtensions: ['ts', 'tsx', 'mdx'],
  experimental: { globalNotFound: true },
  // Next prefixes its own files; lib/site/paths.ts prefixes every other address with the same value.
  ...(site.basePath && { basePath: site.basePath }),
  env: { SITE_ORIGIN: site.origin, SITE_BASE_PATH: site.basePath },
  // `npm run build` type-checks first with TypeScript 7 (`npm run typecheck`, under 2 s) and
  // stops on an error; Next's own pass would repeat it with TypeScript 6, at ten times the cost.
  typescript: { ignoreBuildErrors: true },
};

export default withMDX(nextConfig);
