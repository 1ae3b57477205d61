import { describe, expect, it } from 'vitest';

import type { CostLine, Estimate } from './estimate';
import { shownCaveats, type CostMarks } from './text';

const line = (item: CostLine['item'], priced = true): CostLine => ({
  item,
  amount: priced ? { low: 1, high: 1 } : null,
  facts: [],
});
const estimateOf = (lines: CostLine[]): Estimate => ({
  lines,
  total: { low: 0, high: 0 },
  unknowns: [],
  problems: [],
});

const brackets = { open: ' (', close: ')' };

describe('shownCaveats', () => {
  const marks: CostMarks = {
    verification: { words: 'a', dispute: false, caveat: 'providers', brackets },
    'external-contacts': { words: 'b', dispute: false, caveat: 'weak', brackets },
    'chat-archiving': { words: 'c', dispute: true, caveat: 'disputed', brackets },
    'wedrive-space': { words: 'd', dispute: false, caveat: 'press', brackets },
  };

  it('names the caveats of the marked lines the estimate shows, and no other', () => {
    const shown = estimateOf([
      line('verification'),
      line('chat-archiving'),
      line('wedrive-space', false),
    ]);
    // External contacts are not in this estimate; a dispute is written out, not marked; an
    // unpriced line carries no mark.
    expect(shownCaveats(shown, marks)).toEqual(['providers']);
  });

  it('is empty when no shown line carries a mark', () => {
    expect(shownCaveats(estimateOf([line('provider-licences')]), marks)).toEqual([]);
  });
});
