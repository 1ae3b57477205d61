// The performance budgets, in one place: `npm run bench` checks every page against these and
// exits non-zero when one is missed. Blocking time is judged against the empty control page
// measured in the same pairs (see README.md: this machine's Lighthouse finds blocking time even
// on an empty page), never as an absolute.

/** Pages without the framework: home, articles, outcome pages, sources, FAQ. */
export const reading = {
  performance: 100,
  /** Accessibility, best practices and SEO. */
  otherScores: 100,
  cls: 0,
  /** Median blocking time over the control's median from the same pairs. */
  tbtOverControlMs: 20,
  /** Total bytes over the same page reduced to HTML and CSS. */
  bytesOverBaseline: 1.5,
  /** No framework: only the small inline scripts. */
  jsBytes: 0,
};

/** Pages that hydrate: the quiz. */
export const interactive = {
  /** Median performance score, in every language. */
  performance: 98,
  otherScores: 100,
  cls: 0,
  tbtOverControlMs: 80,
  /** The page's own JavaScript over the framework's, gzipped. */
  ownJsBytes: 15 * 1024,
};

/**
 * The costs page: no framework, its estimator a small script of its own (browser/). It is
 * interactive, so held to the quiz's scores and blocking time.
 */
export const costs = {
  performance: interactive.performance,
  otherScores: interactive.otherScores,
  cls: interactive.cls,
  tbtOverControlMs: interactive.tbtOverControlMs,
  /** Its scripts (inline, loaded, and the JSON they read) over its HTML and CSS, gzipped. */
  scriptsOverHtmlCss: 1.5,
};

/** Share images and posters. */
export const images = { medianBytes: 60 * 1024, maxBytes: 150 * 1024 };

/** The full build, every image included, on these 2-core machines. */
export const buildSeconds = 60;

/**
 * A tap or a key press on an interactive page, from the input to the next frame painted (Event
 * Timing, CPU slowed 4×): each quiz step and estimator key, their median, the quiz's result.
 */
export const interaction = { eachMs: 100, medianMs: 50, resultMs: 150 };
