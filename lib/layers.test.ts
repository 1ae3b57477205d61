import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

import { describe, expect, it } from 'vitest';

/**
 * The layers of the code, bottom to top. A module may import its own layer and those below it,
 * never one above, type-only imports included; and no chain of imports may come back to where
 * it started. Tests and their fixtures sit on top of everything, so they are not checked.
 */
export const layers = [
  { name: 'shared', holds: ['shared/'] },
  { name: 'schema', holds: ['lib/schema/'] },
  { name: 'content', holds: ['content/'] },
  { name: 'i18n', holds: ['lib/i18n/'] },
  { name: 'data', holds: ['lib/data/'] },
  { name: 'view', holds: ['lib/view/'] },
  { name: 'features', holds: ['lib/'] },
  // The site's own browser code (bundled by scripts/build-browser.mjs) uses the features' logic.
  { name: 'browser', holds: ['browser/'] },
  { name: 'components', holds: ['components/', 'mdx-components.tsx'] },
  { name: 'routes', holds: ['app/'] },
] as const;

const root = join(__dirname, '..');
const sourceFile = /\.(ts|tsx|mts|mjs|mdx)$/;
const notChecked = /\.test\.|\.d\.mts$|\/__fixtures__\//;

/** The layer a file (a path from the root) belongs to: the most specific folder that holds it. */
export function layerOf(file: string): number {
  let found = -1;
  let length = -1;
  layers.forEach((layer, index) => {
    for (const prefix of layer.holds) {
      if (file.startsWith(prefix) && prefix.length > length) {
        found = index;
        length = prefix.length;
      }
    }
  });
  return found;
}

/** Every module specifier a source imports or re-exports, type-only and dynamic ones included. */
export function importsOf(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns)
    for (const match of source.matchAll(pattern)) found.push(match[1]!);
  return found;
}

const extensions = ['', '.ts', '.tsx', '.mts', '.mjs', '.json', '/index.ts', '/index.tsx'];

/** The file a specifier names (a path from the root), or null for a package. */
export function resolveImport(from: string, specifier: string, exists = fileExists): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = specifier.slice(2);
  else if (specifier.startsWith('.')) base = normalize(join(dirname(from), specifier));
  else return null;
  const candidates = extensions.map((extension) => base + extension);
  if (base.endsWith('.js')) candidates.push(base.slice(0, -3) + '.ts');
  const file = candidates.find(exists);
  if (!file) throw new Error(`${from}: cannot resolve "${specifier}"`);
  return file;
}

function fileExists(file: string): boolean {
  const path = join(root, file);
  return existsSync(path) && statSync(path).isFile();
}

function sourceFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (sourceFile.test(entry.name)) files.push(path);
    }
  };
  for (const layer of layers)
    for (const prefix of layer.holds)
      if (prefix.endsWith('/')) {
        if (existsSync(join(root, prefix))) walk(prefix.slice(0, -1));
      } else files.push(prefix);
  return files.filter((file) => !notChecked.test(file));
}

/** Per file, the files it imports. */
export function importGraph(
  files: readonly string[],
  read: (file: string) => string,
  exists?: (file: string) => boolean,
): Map<string, string[]> {
  return new Map(
    files.map((file) => [
      file,
      importsOf(read(file)).flatMap((specifier) => {
        const target = resolveImport(file, specifier, exists);
        return target === null ? [] : [target];
      }),
    ]),
  );
}

/**
 * Every import that runs up a layer, or out of the layers (a script, a test), as
 * "file → import (layer imports layer)".
 */
export function upwardImports(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const name = (file: string) => layers[layerOf(file)]?.name ?? 'a file outside the layers';
  return [...graph].flatMap(([file, targets]) =>
    targets
      .filter((target) => layerOf(target) < 0 || layerOf(target) > layerOf(file))
      .map((target) => `${file} → ${target} (${name(file)} imports ${name(target)})`),
  );
}

/** Every cycle of imports, each as the chain of files that closes it. */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (state.get(target) === 'open')
        cycles.push([...stack.slice(stack.indexOf(target)), target].join(' → '));
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

describe('layers', () => {
  const graph = importGraph(sourceFiles(), (file) => readFileSync(join(root, file), 'utf8'));

  it('places every file in a layer', () => {
    expect([...graph.keys()].filter((file) => layerOf(file) < 0)).toEqual([]);
  });

  it('has no import that runs up a layer', () => {
    expect(upwardImports(graph)).toEqual([]);
  });

  it('has no cycle of imports', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  // Plain JavaScript both the app and the scripts import: TypeScript checks it from its JSDoc.
  it('type-checks every shared module', () => {
    const unchecked = [...graph.keys()].filter(
      (file) =>
        layerOf(file) === 0 && !readFileSync(join(root, file), 'utf8').startsWith('// @ts-check'),
    );
    expect(unchecked).toEqual([]);
  });
});

describe('the check itself', () => {
  const files: Record<string, string> = {
    'lib/schema/a.ts': "import type { B } from '../data/b';",
    'lib/data/b.ts': "import { c } from '@/lib/view/c';\nexport type B = 1;",
    'lib/view/c.ts': "export { b } from '../data/b';\nconst d = import('./d');",
    'lib/view/d.ts': "import 'react';\nimport { x } from '../../scripts/x.mjs';",
    'scripts/x.mjs': '',
  };
  const graph = importGraph(
    Object.keys(files),
    (file) => files[file]!,
    (file) => file in files,
  );

  it('reads type-only, re-exported and dynamic imports, and skips packages', () => {
    expect(graph.get('lib/schema/a.ts')).toEqual(['lib/data/b.ts']);
    expect(graph.get('lib/view/c.ts')).toEqual(['lib/data/b.ts', 'lib/view/d.ts']);
    expect(graph.get('lib/view/d.ts')).toEqual(['scripts/x.mjs']);
  });

  it('names each upward import with its layers', () => {
    expect(upwardImports(graph)).toEqual([
      'lib/schema/a.ts → lib/data/b.ts (schema imports data)',
      'lib/data/b.ts → lib/view/c.ts (data imports view)',
      'lib/view/d.ts → scripts/x.mjs (view imports a file outside the layers)',
    ]);
  });

  it('names each cycle', () => {
    expect(importCycles(graph)).toEqual(['lib/data/b.ts → lib/view/c.ts → lib/data/b.ts']);
  });

  it('puts a file in the most specific layer that holds it', () => {
    expect(layers[layerOf('lib/view/c.ts')]?.name).toBe('view');
    expect(layers[layerOf('lib/quiz/engine.ts')]?.name).toBe('features');
    expect(layerOf(relative(root, join(root, 'README.md')))).toBe(-1);
  });
});
