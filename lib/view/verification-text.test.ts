import { describe, expect, it } from 'vitest';

import type { Fact } from '../data/facts';
import { verificationText } from './verification-text';

const templates = { one: 'Checked on {date}.', range: 'Checked between {oldest} and {newest}.' };
const esTemplates = {
  one: 'Comprobado el {date}.',
  range: 'Comprobado entre el {oldest} y el {newest}.',
};
const checked = (verifiedAt: string) => ({ verifiedAt }) as Fact;

describe('verificationText', () => {
  it('gives one date when every fact was checked that day', () => {
    expect(verificationText('en', [checked('2026-11-24'), checked('2026-11-24')], templates)).toBe(
      'Checked on Nov 24, 2026.',
    );
  });

  it('gives the range, oldest first, in the locale’s words', () => {
    const facts = [checked('2026-11-24'), checked('2025-03-02')];
    expect(verificationText('en', facts, templates)).toBe(
      'Checked between Mar 2, 2025 and Nov 24, 2026.',
    );
    expect(verificationText('es', facts, esTemplates)).toBe(
      'Comprobado entre el 2 de marzo de 2025 y el 24 de noviembre de 2026.',
    );
  });

  it('says once what both ends of the range share', () => {
    const facts = [checked('2026-11-28'), checked('2026-11-24')];
    expect(verificationText('zh', facts, { one: '{date}', range: '{oldest}至{newest}' })).toBe(
      '2026年11月24日至28日',
    );
    expect(verificationText('es', facts, esTemplates)).toBe(
      'Comprobado entre el 24 y el 28 de noviembre de 2026.',
    );
  });
});
