export const previewOrigin: string;
export type SiteConfig = { origin: string; basePath: string };
export function siteConfig(env: Record<string, string | undefined>): SiteConfig;
