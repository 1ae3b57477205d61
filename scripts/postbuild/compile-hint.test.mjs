import { describe, expect, it } from 'vitest';

import { withCompileHint } from './compile-hint.mjs';

describe('withCompileHint', () => {
  it('puts the magic comment on the first line', () => {
    expect(withCompileHint('(globalThis.TURBOPACK||=[]).push([]);')).toBe(
      '//# allFunctionsCalledOnLoad\n(globalThis.TURBOPACK||=[]).push([]);',
    );
  });

  it('marks a chunk once', () => {
    const once = withCompileHint('var a=1;');
    expect(withCompileHint(once)).toBe(once);
  });
});
