export const faviconSizes: number[];
export type AppIcon = {
  file: string;
  size: number;
  purpose: 'any' | 'maskable' | 'apple-touch-icon';
};
export const appIcons: readonly AppIcon[];
export function renderAppIcon(svg: Buffer, icon: AppIcon): Promise<Buffer>;
export function packIco(images: { size: number; png: Buffer }[]): Buffer;
