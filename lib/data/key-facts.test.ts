import { describe, expect, it } from 'vitest';

import { homeKeyFacts, keyFacts, practicalKeyFacts } from './key-facts';
import { getFact, presentCell } from './facts';
import { differences } from '../schema/vocabulary';

describe('key facts', () => {
  it('picks three facts of its own topic for every difference', () => {
    expect(Object.keys(keyFacts)).toEqual([...differences]);
    for (const topic of differences) {
      expect(keyFacts[topic], topic).toHaveLength(3);
      expect(new Set(keyFacts[topic]).size, topic).toBe(3);
      for (const id of keyFacts[topic]) expect(getFact(id).topic, id).toBe(topic);
    }
  });

  it('heads the home page with facts of three different differences, each one of its picks', () => {
    const picked = Object.values(keyFacts).flat();
    expect(homeKeyFacts).toHaveLength(3);
    for (const id of homeKeyFacts) expect(picked, id).toContain(id);
    expect(new Set(homeKeyFacts.map((id) => getFact(id).topic)).size).toBe(3);
  });

  it('shows three facts with a value on the costs and FAQ images', () => {
    for (const ids of Object.values(practicalKeyFacts)) {
      expect(new Set(ids).size).toBe(3);
      for (const id of ids) {
        const fact = getFact(id);
        expect(presentCell(fact.wecom) ?? presentCell(fact.wechat), id).not.toBeNull();
      }
    }
  });
});
