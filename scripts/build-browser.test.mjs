import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { inlineScriptsFolder } from '../shared/inline-scripts.mjs';
import {
  browserEntries,
  buildBrowserCode,
  bundleEntry,
  inlineEntriesFolder,
  inlineScriptText,
} from './build-browser.mjs';

let root = '';

/** @param {Record<string, string>} files path → content, under the fixture's root */
function write(files) {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

/** Runs a bundle as the browser would, as a module of its own, and returns what it set. */
async function run(code) {
  delete globalThis.bundled;
  await import(`data:text/javascript,${encodeURIComponent(code)}`);
  return globalThis.bundled;
}

/** A static import left in a bundle (a dynamic `import(` of a computed address may stay). */
const staticImport = /(?:^|[;}\s])import\s*[\w{*'"]/;
/** An export, which a classic script cannot have. */
const anExport = /(?:^|[;}\s])export\s*[\w{*]/;

/**
 * Runs an inline script's text as the browser runs a classic script, in a page whose `window`
 * is `browser` and whose script element carries `args` in `data-args`.
 */
function runInline(code, browser, args) {
  const page = {
    ...browser,
    document: { currentScript: { getAttribute: (name) => (name === 'data-args' ? args : null) } },
  };
  new Function('window', code)(page);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'build-browser-'));
  write({
    'tsconfig.json': JSON.stringify({ compilerOptions: { paths: { '@/*': ['./*'] } } }),
    'lib/greet.ts':
      'export type Name = string;\nexport const greet = (name: Name): string => `hi ${name}`;\n',
    'scripts/shout.mjs': 'export const shout = (text) => text.toUpperCase();\n',
    'browser/entry.ts':
      "import { greet, type Name } from '@/lib/greet';\n" +
      "import { shout } from '../scripts/shout.mjs';\n" +
      "const name: Name = 'reader';\n" +
      'const later = (url: string) => import(url);\n' +
      '(globalThis as any).bundled = { text: shout(greet(name)), later: typeof later };\n',
  });
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('bundleEntry', () => {
  it('makes one self-contained module of a typed entry and what it imports', async () => {
    const code = await bundleEntry('browser/entry.ts', { root });
    expect(code).not.toMatch(staticImport);
    expect(code).not.toContain(': Name');
    expect(await run(code)).toEqual({ text: 'HI READER', later: 'function' });
  });

  it('refuses an import that resolves nowhere, rather than leave it for the browser', async () => {
    write({ 'browser/broken.ts': "import { x } from './missing';\nconsole.log(x);\n" });
    await expect(bundleEntry('browser/broken.ts', { root })).rejects.toThrow(/missing/);
  });
});

describe('inlineScriptText', () => {
  it('makes one self-contained classic script of a typed entry, without import or export', async () => {
    write({
      'browser/inline/hello.ts':
        "import { greet } from '@/lib/greet';\n" +
        'const page = window as unknown as { said: string; document: Document };\n' +
        "page.said = greet(page.document.currentScript!.getAttribute('data-args')!);\n",
    });
    const code = await inlineScriptText('browser/inline/hello.ts', { root });
    expect(code).not.toMatch(staticImport);
    expect(code).not.toMatch(anExport);
    const page = {};
    new Function('window', code)({
      ...{ document: { currentScript: { getAttribute: () => 'you' } } },
      set said(value) {
        page.said = value;
      },
    });
    expect(page).toEqual({ said: 'hi you' });
  });

  it('builds the site’s entries into scripts that run the page’s arguments', async () => {
    const entry = join(inlineEntriesFolder, 'choose-language.ts');
    const code = await inlineScriptText(entry, { root: process.cwd() });
    expect(code).not.toMatch(staticImport);
    const location = { hash: '#v1.x', replace: (url) => (location.target = url) };
    runInline(
      code,
      { navigator: { languages: ['zh-TW'], language: 'zh-TW' }, location },
      '[["es","zh"],"/w"]',
    );
    expect(location.target).toBe('/w/zh/#v1.x');
  });

  it('never ends its element early', async () => {
    write({ 'browser/inline/tag.ts': "console.log('</script>', '</SCRIPT');\n" });
    const code = await inlineScriptText('browser/inline/tag.ts', { root });
    expect(code).not.toMatch(/<\/script/i);
    write({ 'browser/inline/comment.ts': "console.log('<!-- <script>');\n" });
    await expect(inlineScriptText('browser/inline/comment.ts', { root })).rejects.toThrow(
      'browser/inline/comment.ts: the built text holds "<!--"',
    );
  });
});

describe('buildBrowserCode', () => {
  it('writes each entry of the site, self-contained, to public/browser/, replacing what was there', async () => {
    const site = process.cwd();
    const out = join(root, 'site');
    mkdirSync(out);
    // The site's own entries and tsconfig.json, read where they are.
    for (const file of ['tsconfig.json', 'browser', 'lib', 'scripts', 'content']) {
      symlinkSync(join(site, file), join(out, file));
    }
    write({
      'site/public/browser/stale.js': 'old',
      [`site/${inlineScriptsFolder}/stale.js`]: 'old',
    });
    await buildBrowserCode(out);
    expect(existsSync(join(out, 'public/browser/stale.js'))).toBe(false);
    expect(existsSync(join(out, inlineScriptsFolder, 'stale.js'))).toBe(false);
    for (const name of Object.keys(browserEntries)) {
      const code = readFileSync(join(out, 'public/browser', name), 'utf8');
      expect(code.length).toBeGreaterThan(0);
      expect(code, name).not.toMatch(staticImport);
    }
    const inline = readdirSync(join(site, inlineEntriesFolder)).map((file) =>
      file.replace(/\.ts$/, '.js'),
    );
    expect(readdirSync(join(out, inlineScriptsFolder)).sort()).toEqual(inline.sort());
    for (const name of inline) {
      const code = readFileSync(join(out, inlineScriptsFolder, name), 'utf8');
      expect(code, name).toMatch(/^\(function\(\)\{[\s\S]*\}\)\(\);$/);
      expect(code, name).not.toMatch(staticImport);
    }
  });
});
