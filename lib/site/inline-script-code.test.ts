import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { inlineScriptsFolder } from '../../shared/inline-scripts.mjs';
import { inlineScript } from './inline-script-code';

let root = '';

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'inline-scripts-'));
  vi.spyOn(process, 'cwd').mockReturnValue(root);
});

afterEach(() => {
  vi.restoreAllMocks();
  rmSync(root, { recursive: true, force: true });
});

describe('inlineScript', () => {
  it('gives the built text and the arguments as JSON, none when there are none', () => {
    mkdirSync(join(root, inlineScriptsFolder), { recursive: true });
    writeFileSync(join(root, inlineScriptsFolder, 'choose-language.js'), '(function(){a()})();');
    writeFileSync(join(root, inlineScriptsFolder, 'keep-hash.js'), '(function(){b()})();');
    expect(inlineScript('choose-language', ['es', 'zh'], '/w')).toEqual({
      code: '(function(){a()})();',
      args: '[["es","zh"],"/w"]',
    });
    expect(inlineScript('keep-hash')).toEqual({ code: '(function(){b()})();' });
  });

  it('says how to build a script that is not built', () => {
    expect(() => inlineScript('keep-hash')).toThrow(
      /keep-hash\.js: not built; run `node scripts\/build-browser\.mjs`/,
    );
  });
});
