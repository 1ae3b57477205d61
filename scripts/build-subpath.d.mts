export const subpathRoot: string;
export const subpathBase: string;
export function buildSubpath(): boolean;
