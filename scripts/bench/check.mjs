// The bench's verdicts: each measure against its budget in bench/budgets.mjs, as one line per
// budget missed, naming the page or image. Pure functions of the measures and the budgets.
import { median } from './measure.mjs';

/**
 * @typedef {typeof import('../../bench/budgets.mjs')} Budgets
 * @typedef {import('./measure.mjs').PageResult} PageResult
 */

/**
 * A measured page against its budget: a reading page, the quiz (it hydrates) or the costs page
 * (its estimator is a script of its own, weighed against its HTML and CSS).
 * @param {PageResult} result
 * @param {Budgets} budgets
 * @param {number} runs the pairs of page and control runs the medians come from
 * @returns {string[]}
 */
export function checkPage(result, budgets, runs) {
  const problems = [];
  const m = result.median;
  const c = result.control;
  const need = (/** @type {boolean} */ ok, /** @type {string} */ text) =>
    ok || problems.push(`${result.path}: ${text}`);
  const budget = budgets[result.budget === 'quiz' ? 'interactive' : result.budget];
  need(m.performance >= budget.performance, `performance ${m.performance} < ${budget.performance}`);
  for (const key of /** @type {const} */ (['accessibility', 'bestPractices', 'seo']))
    need(m[key] >= budget.otherScores, `${key} ${m[key]} < ${budget.otherScores}`);
  need(m.cls <= budget.cls, `CLS ${m.cls} > ${budget.cls}`);
  need(
    m.tbtMs - c.tbtMs <= budget.tbtOverControlMs,
    `TBT ${m.tbtMs} ms is more than ${budget.tbtOverControlMs} ms over the control's ${c.tbtMs} ms (control in the same ${runs} pairs: ${c.tbtRangeMs.join('–')} ms)`,
  );
  if (result.budget === 'reading') {
    const reading = budgets.reading;
    need(m.jsBytes <= reading.jsBytes, `JS ${m.jsBytes} B: a reading page loads no framework`);
    need(
      m.totalBytes <= reading.bytesOverBaseline * result.baseline.totalBytes,
      `${m.totalBytes} B > ${reading.bytesOverBaseline} × baseline ${result.baseline.totalBytes} B`,
    );
  } else if (result.budget === 'costs') {
    const weight = result.weight;
    need(weight !== undefined, 'its weight was not measured');
    if (weight) {
      need(
        weight.scripts <= budgets.costs.scriptsOverHtmlCss * weight.htmlCss,
        `scripts ${weight.scripts} B (gz) > ${budgets.costs.scriptsOverHtmlCss} × its HTML and CSS, ${weight.htmlCss} B`,
      );
      need(!weight.files.some((src) => src.includes('/_next/')), 'loads the framework');
    }
  } else {
    const app = result.scripts.filter((script) => script.role === 'app');
    const appBytes = app.reduce((sum, script) => sum + script.gzip, 0);
    need(app.length > 0, 'no chunk of the page found');
    need(
      appBytes <= budgets.interactive.ownJsBytes,
      `page JS ${appBytes} B > ${budgets.interactive.ownJsBytes} B over the framework's`,
    );
  }
  return problems;
}

/**
 * A page's taps or key presses against the interaction budget.
 * @param {import('./report.mjs').Interactions} interactions
 * @param {Budgets['interaction']} budget
 * @returns {string[]}
 */
export function checkInteractions({ path, steps, result, keys }, budget) {
  const each = steps ?? keys ?? [];
  const problems = [];
  const slowest = Math.max(...each);
  if (slowest > budget.eachMs)
    problems.push(`${path}: an interaction took ${slowest} ms > ${budget.eachMs} ms`);
  if (median(each) > budget.medianMs)
    problems.push(`${path}: interactions' median ${median(each)} ms > ${budget.medianMs} ms`);
  if (result !== undefined && result > budget.resultMs)
    problems.push(`${path}: the result took ${result} ms > ${budget.resultMs} ms`);
  return problems;
}

/**
 * The share images against their budget: the median, and each one.
 * @param {{ path: string, bytes: number }[]} images
 * @param {Budgets['images']} budget
 * @returns {string[]}
 */
export function checkImages(images, budget) {
  const problems = [];
  const bytes = images.map((image) => image.bytes);
  if (median(bytes) > budget.medianBytes)
    problems.push(`images: median ${median(bytes)} B > ${budget.medianBytes} B`);
  for (const image of images.filter((i) => i.bytes > budget.maxBytes))
    problems.push(`${image.path}: ${image.bytes} B > ${budget.maxBytes} B`);
  return problems;
}

/**
 * The full build's time against its budget.
 * @param {number} seconds
 * @param {number} budget
 * @returns {string[]}
 */
export function checkBuild(seconds, budget) {
  return seconds > budget ? [`build: ${seconds.toFixed(1)} s > ${budget} s`] : [];
}
