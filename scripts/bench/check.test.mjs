import { describe, expect, it } from 'vitest';

import * as realBudgets from '../../bench/budgets.mjs';
import {
  budgets,
  costsResult,
  interactiveResult,
  medians,
  readingResult,
} from './__fixtures__/results.mjs';
import { checkBuild, checkImages, checkInteractions, checkPage } from './check.mjs';

describe('checkPage', () => {
  it('passes a page within its budget', () => {
    expect(checkPage(readingResult(), budgets, 5)).toEqual([]);
    expect(checkPage(interactiveResult(), budgets, 5)).toEqual([]);
  });

  it('holds the costs page to its scripts over its HTML and CSS, and to no framework', () => {
    expect(checkPage(costsResult(), budgets, 5)).toEqual([]);
    const edge = { htmlCss: 20_000, scripts: 30_000, files: ['/browser/cost-estimator.js'] };
    expect(checkPage(costsResult({ weight: edge }), budgets, 5)).toEqual([]);
    const heavy = { ...edge, scripts: 30_001 };
    expect(checkPage(costsResult({ weight: heavy }), budgets, 5)).toEqual([
      '/es/costs/: scripts 30001 B (gz) > 1.5 × its HTML and CSS, 20000 B',
    ]);
    const framework = { ...edge, files: ['/_next/static/chunks/react.js'] };
    expect(checkPage(costsResult({ weight: framework }), budgets, 5)).toEqual([
      '/es/costs/: loads the framework',
    ]);
    expect(checkPage(costsResult({ weight: undefined }), budgets, 5)).toEqual([
      '/es/costs/: its weight was not measured',
    ]);
  });

  it('names the page and each score below its budget', () => {
    const median = medians({ performance: 99, seo: 92, cls: 0.01 });
    expect(checkPage(readingResult({ median }), budgets, 5)).toEqual([
      '/es/groups/: performance 99 < 100',
      '/es/groups/: seo 92 < 100',
      '/es/groups/: CLS 0.01 > 0',
    ]);
  });

  it('reads blocking time against the control of the same pairs', () => {
    const control = medians({ tbtMs: 10, tbtRangeMs: [0, 20] });
    const slow = readingResult({ median: medians({ tbtMs: 30 }), control });
    expect(checkPage(slow, budgets, 5)).toEqual([]);
    const slower = readingResult({ median: medians({ tbtMs: 31 }), control });
    expect(checkPage(slower, budgets, 7)).toEqual([
      "/es/groups/: TBT 31 ms is more than 20 ms over the control's 10 ms (control in the same 7 pairs: 0–20 ms)",
    ]);
  });

  it('holds a reading page to no script and its weight to 1.5× its HTML and CSS', () => {
    const heavy = readingResult({ median: medians({ jsBytes: 1, totalBytes: 37_501 }) });
    expect(checkPage(heavy, budgets, 5)).toEqual([
      '/es/groups/: JS 1 B: a reading page loads no framework',
      '/es/groups/: 37501 B > 1.5 × baseline 25000 B',
    ]);
    const atLimit = readingResult({ median: medians({ totalBytes: 37_500 }) });
    expect(checkPage(atLimit, budgets, 5)).toEqual([]);
  });

  it("holds a hydrating page's own script to its budget, and needs one", () => {
    const [framework, app, polyfill] = interactiveResult().scripts;
    const big = interactiveResult({ scripts: [framework, { ...app, gzip: 15_001 }, polyfill] });
    expect(checkPage(big, budgets, 5)).toEqual([
      "/es/quiz/: page JS 15001 B > 15000 B over the framework's",
    ]);
    expect(checkPage(interactiveResult({ scripts: [framework] }), budgets, 5)).toEqual([
      '/es/quiz/: no chunk of the page found',
    ]);
  });

  it('reads the budgets of bench/budgets.mjs', () => {
    expect(checkPage(readingResult(), realBudgets, 5)).toEqual([]);
  });
});

describe('checkInteractions', () => {
  const budget = budgets.interaction;

  it('passes quick taps and key presses', () => {
    expect(
      checkInteractions({ path: '/es/quiz/', steps: [16, 40, 60], result: 150, first: {} }, budget),
    ).toEqual([]);
    expect(
      checkInteractions({ path: '/es/costs/', keys: [16, 16, 100], first: {} }, budget),
    ).toEqual([]);
  });

  it('names the slowest, a slow median and a slow result', () => {
    expect(
      checkInteractions(
        { path: '/es/quiz/', steps: [60, 60, 101], result: 151, first: {} },
        budget,
      ),
    ).toEqual([
      '/es/quiz/: an interaction took 101 ms > 100 ms',
      "/es/quiz/: interactions' median 60 ms > 50 ms",
      '/es/quiz/: the result took 151 ms > 150 ms',
    ]);
  });
});

describe('checkImages and checkBuild', () => {
  it('names a heavy image and a heavy median', () => {
    const image = (path, bytes) => ({ path, bytes });
    expect(
      checkImages(
        [image('/og/a.png', 50_000), image('/og/b.png', 150_000), image('/og/c.png', 60_000)],
        budgets.images,
      ),
    ).toEqual([]);
    expect(
      checkImages(
        [image('/og/a.png', 70_000), image('/og/b.png', 150_001), image('/og/c.png', 10)],
        budgets.images,
      ),
    ).toEqual(['images: median 70000 B > 60000 B', '/og/b.png: 150001 B > 150000 B']);
  });

  it('names a slow build', () => {
    expect(checkBuild(60, 60)).toEqual([]);
    expect(checkBuild(60.04, 60)).toEqual(['build: 60.0 s > 60 s']);
  });
});
