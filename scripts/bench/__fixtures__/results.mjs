// Small measures for the bench's tests: made up, not from a run.

/** A run's medians, with any measure replaced. */
export function medians(replace = {}) {
  return {
    performance: 100,
    accessibility: 100,
    bestPractices: 100,
    seo: 100,
    lcpMs: 900,
    tbtMs: 10,
    cls: 0,
    totalBytes: 30_000,
    jsBytes: 0,
    htmlBytes: 20_000,
    requests: 4,
    tbtRangeMs: [0, 20],
    ...replace,
  };
}

/** A measured reading page, with any field replaced. */
export function readingResult(replace = {}) {
  return {
    locale: 'es',
    kind: 'article',
    path: '/es/groups/',
    budget: 'reading',
    median: medians(),
    control: medians({ tbtMs: 0, tbtRangeMs: [0, 10] }),
    baseline: { totalBytes: 25_000, requests: 3 },
    ratio: 1.2,
    scripts: [],
    ...replace,
  };
}

/** A measured page that hydrates, with its own chunk and the framework's. */
export function interactiveResult(replace = {}) {
  return readingResult({
    kind: 'quiz',
    path: '/es/quiz/',
    budget: 'quiz',
    median: medians({ performance: 99, jsBytes: 150_000 }),
    scripts: [
      { src: '/_next/static/chunks/react.js', role: 'framework', gzip: 60_000 },
      { src: '/_next/static/chunks/quiz.js', role: 'app', gzip: 12_000 },
      { src: '/_next/static/chunks/polyfill.js', role: 'nomodule', gzip: 39_000 },
    ],
    ...replace,
  });
}

/** A measured costs page: no framework, its estimator's script weighed against its HTML and CSS. */
export function costsResult(replace = {}) {
  return readingResult({
    kind: 'costs',
    path: '/es/costs/',
    budget: 'costs',
    median: medians({ performance: 99, jsBytes: 7_000 }),
    weight: { htmlCss: 20_000, scripts: 6_000, files: ['/browser/cost-estimator.js'] },
    ...replace,
  });
}

/** Budgets shaped as bench/budgets.mjs, with round numbers. */
export const budgets = {
  reading: {
    performance: 100,
    otherScores: 100,
    cls: 0,
    tbtOverControlMs: 20,
    bytesOverBaseline: 1.5,
    jsBytes: 0,
  },
  interactive: {
    performance: 98,
    otherScores: 100,
    cls: 0,
    tbtOverControlMs: 80,
    ownJsBytes: 15_000,
  },
  costs: {
    performance: 98,
    otherScores: 100,
    cls: 0,
    tbtOverControlMs: 80,
    scriptsOverHtmlCss: 1.5,
  },
  images: { medianBytes: 60_000, maxBytes: 150_000 },
  buildSeconds: 60,
  interaction: { eachMs: 100, medianMs: 50, resultMs: 150 },
};
