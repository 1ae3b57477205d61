import { expect, it } from 'vitest';

import { factsBySubject } from './fact-groups';
import { getFacts } from '../data/facts';
import { subjects } from '../schema/vocabulary';

it('lists every fact once, under its own subject, in the site’s order of subjects', () => {
  const groups = factsBySubject((subject) => `title of ${subject}`);
  const listed = groups.flatMap((group) => group.facts.map((fact) => fact.id));
  expect([...listed].sort()).toEqual(
    getFacts()
      .map((fact) => fact.id)
      .sort(),
  );
  expect(new Set(listed).size).toBe(listed.length);
  for (const group of groups) {
    expect(group.title).toBe(`title of ${group.subject}`);
    expect(group.facts.length).toBeGreaterThan(0);
    for (const fact of group.facts) expect(fact.topic).toBe(group.subject);
  }
  const order = groups.map((group) => subjects.indexOf(group.subject));
  expect(order).toEqual([...order].sort((a, b) => a - b));
});
