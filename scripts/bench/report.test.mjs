import { describe, expect, it } from 'vitest';

import { costsResult, interactiveResult, medians, readingResult } from './__fixtures__/results.mjs';
import {
  interactionLine,
  kb,
  resultsRecord,
  resultsTable,
  scriptLine,
  summaryOf,
  verdict,
  weightLine,
} from './report.mjs';

const bench = {
  runs: 5,
  benchmarkIndex: 1500,
  multiplier: 4,
  multiplierSet: false,
  buildSeconds: 42.25,
  results: [readingResult(), interactiveResult()],
  control: medians({ tbtMs: 0, tbtRangeMs: [0, 10] }),
  controlRuns: 10,
  interactions: [
    {
      path: '/es/quiz/',
      steps: [16, 40, 60],
      result: 90,
      first: { steps: [16, 200], result: 300 },
    },
    { path: '/es/costs/', keys: [16, 20, 30], first: { keys: [16, 50] } },
  ],
  images: [
    { path: '/og/es/a.png', bytes: 2048, ms: 100 },
    { path: '/og/es/b.png', bytes: 4096, ms: null },
  ],
  exported: { files: 2, bytes: 3072, largest: [{ path: '/a.html', bytes: 2048 }] },
};

describe('the report', () => {
  it('writes kilobytes with one decimal', () => {
    expect(kb(1536)).toBe('1.5 KB');
  });

  it('has a row per page and one for the control', () => {
    const table = resultsTable(bench.results, bench.control, bench.controlRuns).split('\n');
    expect(table).toHaveLength(5);
    expect(table[2]).toBe(
      '| /es/groups/ | 100 | 100 | 100 | 100 | 900 ms | 10 ms (0–20) | 0 ms (0–10) | 0 | 29.3 KB | 24.4 KB | 1.2× | 0.0 KB | 19.5 KB | 4 |',
    );
    expect(table[4]).toMatch(/^\| control \(all 10 runs\) \| .* \| – \| 0 \| .* \| – \| – \|/);
    expect(resultsTable([], null, 0).split('\n')).toHaveLength(2);
  });

  it("splits a hydrating page's JavaScript into the framework's and its own", () => {
    expect(scriptLine(interactiveResult())).toBe(
      '/es/quiz/: framework 58.6 KB + page 11.7 KB of JavaScript (gzip).',
    );
  });

  it("weighs the costs page's scripts against its HTML and CSS", () => {
    expect(weightLine(costsResult())).toBe(
      '/es/costs/: 5.9 KB of scripts over 19.5 KB of HTML and CSS (gzip), 0.30×.',
    );
    expect(weightLine(costsResult({ weight: undefined }))).toBe('/es/costs/: not weighed.');
  });

  it('says what each interaction took', () => {
    const [quiz, costs] = bench.interactions;
    expect(interactionLine(quiz)).toBe(
      '/es/quiz/: 3 taps, median 40 ms, slowest 60 ms; result 90 ms (first pass: slowest 200 ms, result 300 ms).',
    );
    expect(interactionLine(costs)).toBe(
      '/es/costs/: 3 key presses, median 20 ms, slowest 30 ms (first pass: slowest 50 ms).',
    );
  });

  it('sums up the machine, the build, images, scripts, interactions and the export', () => {
    const lines = summaryOf(bench).split('\n').slice(6);
    expect(lines).toEqual([
      'Machine: Lighthouse benchmark index 1500; CPU slowdown 4× (the mobile preset).',
      'Full build: 42.3 s. Images: 2, 6.0 KB in all, median 4.0 KB, largest 4.0 KB, median 100 ms each to render.',
      '/es/quiz/: framework 58.6 KB + page 11.7 KB of JavaScript (gzip).',
      'Interactions (Event Timing, input to next paint, CPU slowed 4×):',
      interactionLine(bench.interactions[0]),
      interactionLine(bench.interactions[1]),
      'Pairs: 5 per page (page, then the control page). Export: 2 files, 3.0 KB; largest: /a.html 2.0 KB.',
    ]);
    expect(summaryOf({ ...bench, multiplierSet: true, interactions: [] })).toMatch(
      /CPU slowdown 4× \(set by BENCH_CPU_MULTIPLIER\)\.\n(?!.*Interactions)/,
    );
  });

  it('records the run for bench/results.json', () => {
    const record = resultsRecord(bench, ['x'], {
      date: '2026-12-07T00:00:00Z',
      controlPath: '/control/',
    });
    expect(record).toMatchObject({
      date: '2026-12-07T00:00:00Z',
      runs: 5,
      cpuSlowdownMultiplier: 4,
      control: { path: '/control/', runs: 10, median: bench.control },
      pages: bench.results,
      problems: ['x'],
    });
    expect(
      resultsRecord({ ...bench, control: null }, [], { date: '', controlPath: '/c/' }).control,
    ).toBeNull();
  });

  it('fails the run when a budget was missed', () => {
    expect(verdict([])).toEqual({ text: 'All budgets met.', code: 0 });
    expect(verdict(['a', 'b'])).toEqual({ text: 'Budgets missed:\n- a\n- b', code: 1 });
  });
});
