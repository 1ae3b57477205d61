import type { MDXComponents } from 'mdx/types';

// @next/mdx requires this file; locale-aware components are passed per page instead.
export function useMDXComponents(components: MDXComponents): MDXComponents {
  return components;
}
