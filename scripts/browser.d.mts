export const chromiumArgs: string[];
export function chromiumPath(): string | undefined | null;
export function ensureChromium(): void;
