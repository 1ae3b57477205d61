// The bench's report: the table and summary printed and written to bench/results.md, and the
// record written to bench/results.json. Pure functions of the measures.
import { median } from './measure.mjs';

/**
 * @typedef {import('./measure.mjs').Medians} Medians
 * @typedef {import('./measure.mjs').PageResult} PageResult
 * @typedef {{ path: string, bytes: number, ms: number | null }} Image
 * @typedef {{ path: string, steps?: number[], result?: number, keys?: number[],
 *   first: { steps?: number[], result?: number, keys?: number[] } }} Interactions
 *   a page's interactions in ms (../bench-interaction.mjs): the quiz's taps and result, or the
 *   estimator's key presses, and the first, unmeasured pass
 * @typedef {{ files: number, bytes: number, largest: { path: string, bytes: number }[] }} ExportSummary
 * @typedef {{
 *   runs: number,
 *   benchmarkIndex: number | null,
 *   multiplier: number,
 *   multiplierSet: boolean,
 *   buildSeconds: number,
 *   results: PageResult[],
 *   control: Medians | null,
 *   controlRuns: number,
 *   interactions: Interactions[],
 *   images: Image[],
 *   exported: ExportSummary,
 * }} Bench
 */

/** @param {number} bytes */
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** @param {Medians} m */
const tbt = (m) => `${m.tbtMs} ms (${m.tbtRangeMs.join('–')})`;

/**
 * One row of the table.
 * @param {string} label
 * @param {Medians} m
 * @param {Medians | null} c
 * @param {string} baseline
 * @param {string} ratio
 */
const row = (label, m, c, baseline, ratio) =>
  `| ${label} | ${m.performance} | ${m.accessibility} | ${m.bestPractices} | ${m.seo} | ${m.lcpMs} ms | ${tbt(m)} | ${c ? tbt(c) : '–'} | ${m.cls} | ${kb(m.totalBytes)} | ${baseline} | ${ratio} | ${kb(m.jsBytes)} | ${kb(m.htmlBytes)} | ${m.requests} |`;

/**
 * The table of every measured page, then the control page over all its runs.
 * @param {PageResult[]} results
 * @param {Medians | null} control
 * @param {number} controlRuns
 */
export function resultsTable(results, control, controlRuns) {
  const header =
    '| page | perf | a11y | bp | seo | LCP | TBT (range) | control TBT (range) | CLS | bytes | baseline | ratio | JS (gz) | HTML | req |';
  const rows = [
    ...results.map((r) =>
      row(r.path, r.median, r.control, kb(r.baseline.totalBytes), `${r.ratio}×`),
    ),
    ...(control ? [row(`control (all ${controlRuns} runs)`, control, null, '–', '–')] : []),
  ];
  return [header, `|${'---|'.repeat(15)}`, ...rows].join('\n');
}

/**
 * One line per page's interactions: its taps (the quiz) or key presses (the estimator).
 * @param {Interactions} interactions
 */
export function interactionLine({ path, steps, result, keys, first }) {
  return steps
    ? `${path}: ${steps.length} taps, median ${median(steps)} ms, slowest ${Math.max(...steps)} ms; result ${result} ms (first pass: slowest ${Math.max(...(first.steps ?? []))} ms, result ${first.result} ms).`
    : `${path}: ${(keys ?? []).length} key presses, median ${median(keys ?? [])} ms, slowest ${Math.max(...(keys ?? []))} ms (first pass: slowest ${Math.max(...(first.keys ?? []))} ms).`;
}

/**
 * The page's own JavaScript and the framework's, gzipped, on a page that hydrates.
 * @param {PageResult} result
 */
export function scriptLine(result) {
  const sum = (/** @type {string} */ role) =>
    result.scripts.filter((s) => s.role === role).reduce((total, s) => total + s.gzip, 0);
  return `${result.path}: framework ${kb(sum('framework'))} + page ${kb(sum('app'))} of JavaScript (gzip).`;
}

/**
 * The costs page's scripts against its HTML and CSS.
 * @param {PageResult} result
 */
export function weightLine(result) {
  const weight = result.weight;
  if (!weight) return `${result.path}: not weighed.`;
  return `${result.path}: ${kb(weight.scripts)} of scripts over ${kb(weight.htmlCss)} of HTML and CSS (gzip), ${(weight.scripts / weight.htmlCss).toFixed(2)}×.`;
}

/**
 * The summary: the table, the machine, the build and images, scripts, interactions, the export.
 * @param {Bench} bench
 */
export function summaryOf(bench) {
  const { images, interactions, exported, multiplier } = bench;
  const timed = images.flatMap((image) => (image.ms === null ? [] : [image.ms]));
  const imageBytes = images.map((i) => i.bytes);
  return [
    resultsTable(bench.results, bench.control, bench.controlRuns),
    '',
    `Machine: Lighthouse benchmark index ${bench.benchmarkIndex}; CPU slowdown ${multiplier}×${bench.multiplierSet ? ' (set by BENCH_CPU_MULTIPLIER)' : ' (the mobile preset)'}.`,
    `Full build: ${bench.buildSeconds.toFixed(1)} s. Images: ${images.length}, ${kb(imageBytes.reduce((sum, bytes) => sum + bytes, 0))} in all, median ${kb(median(imageBytes))}, largest ${kb(Math.max(...imageBytes))}` +
      (timed.length ? `, median ${median(timed)} ms each to render.` : '.'),
    ...bench.results.filter((result) => result.budget === 'quiz').map(scriptLine),
    ...bench.results.filter((result) => result.budget === 'costs').map(weightLine),
    ...(interactions.length
      ? [`Interactions (Event Timing, input to next paint, CPU slowed ${multiplier}×):`]
      : []),
    ...interactions.map(interactionLine),
    `Pairs: ${bench.runs} per page (page, then the control page). Export: ${exported.files} files, ${kb(exported.bytes)}; largest: ${exported.largest.map((f) => `${f.path} ${kb(f.bytes)}`).join(', ')}.`,
  ].join('\n');
}

/**
 * The record of a run, as bench/results.json holds it.
 * @param {Bench} bench
 * @param {string[]} problems every budget missed
 * @param {{ date: string, controlPath: string }} context
 */
export function resultsRecord(bench, problems, { date, controlPath }) {
  return {
    date,
    runs: bench.runs,
    benchmarkIndex: bench.benchmarkIndex,
    cpuSlowdownMultiplier: bench.multiplier,
    buildSeconds: bench.buildSeconds,
    control: bench.control && {
      path: controlPath,
      runs: bench.controlRuns,
      median: bench.control,
    },
    export: bench.exported,
    interactions: bench.interactions,
    pages: bench.results,
    images: bench.images,
    problems,
  };
}

/**
 * The last lines printed, and the exit code: 1 when a budget was missed.
 * @param {string[]} problems
 */
export function verdict(problems) {
  return problems.length > 0
    ? { text: `Budgets missed:\n- ${problems.join('\n- ')}`, code: 1 }
    : { text: 'All budgets met.', code: 0 };
}
