import createMDX from '@next/mdx';

const withMDX = createMDX({
  // Turbopack needs plugins by name, not as imported functions.
  options: { remarkPlugins: ['remark-gfm'] },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  pageExtensions: ['ts', 'tsx', 'mdx'],
  experimental: { globalNotFound: true },
};

export default withMDX(nextConfig);
