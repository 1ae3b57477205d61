import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const outDir = fileURLToPath(new URL('../out', import.meta.url));

/** Framework files in out/ that are not routes of the site. */
const notRoutes = new Set(['404.html', '_not-found/index.html', '404/index.html']);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_next' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Every page of the static export, as a URL path ("/es/contacts/"). */
export function exportedRoutes(): string[] {
  if (!existsSync(outDir)) throw new Error('out/ is missing: run `npm run build` first');
  return htmlFiles(outDir)
    .map((file) => relative(outDir, file).split(sep).join('/'))
    .filter((file) => !notRoutes.has(file))
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .sort();
}

/** The file a URL path is served from, or null when nothing in out/ answers it. */
export function fileForPath(path: string): string | null {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/')
    ? [join(outDir, clean, 'index.html')]
    : [join(outDir, clean)];
  return (
    candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile()) ?? null
  );
}

export { outDir };
