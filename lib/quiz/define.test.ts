import { describe, expect, it } from 'vitest';

import { withCell, withFigure } from './__fixtures__/figures';
import { quizData } from './data';
import { capacity, cellRef, hasFeature, other } from './define';

const ref = cellRef('moments.member-posts-per-day', 'wechat');

describe('define', () => {
  it('pairs each account with the other', () => {
    expect(other('wecom')).toBe('wechat');
    expect(other('wechat')).toBe('wecom');
  });

  it('reads a capacity as a number, unlimited without a published cap, else unknown', () => {
    expect(capacity(ref, withFigure(ref.id, ref.account, 7))).toBe(7);
    expect(capacity(ref, withFigure(ref.id, ref.account, 'no-published-cap'))).toBe(
      Number.POSITIVE_INFINITY,
    );
    expect(capacity(ref, withFigure(ref.id, ref.account, 'one-per-day'))).toBeNull();
    expect(capacity(ref, withFigure(ref.id, ref.account, true))).toBeNull();
    expect(capacity(ref, withCell(ref.id, ref.account, { absent: 'not-found' }))).toBeNull();
  });

  it('has a feature only when the value says yes', () => {
    const feature = cellRef('work-tools.check-in-approvals-reports', 'wecom');
    expect(hasFeature(feature, quizData())).toBe(true);
    expect(hasFeature(feature, withFigure(feature.id, 'wecom', false))).toBe(false);
    expect(hasFeature(feature, withFigure(feature.id, 'wecom', 1))).toBe(false);
    expect(hasFeature(feature, withCell(feature.id, 'wecom', { absent: 'not-found' }))).toBe(false);
  });
});
