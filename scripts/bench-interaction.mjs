// The speed a reader feels once a page is interactive, for `npm run bench`: in headless
// Chromium with the CPU slowed 4× (DevTools protocol), a script takes the quiz (first answer
// at every step) and types into the cost estimator, and the browser's Event Timing API reports,
// for each interaction, the time from the input to the next frame painted after it (what INP
// is made of). The steps of the quiz are its "Next" taps; the result is the last tap.
import { chromium } from '@playwright/test';

import { chromiumArgs, chromiumPath } from './browser.mjs';

/** Collects every interaction's duration (the longest of its events), by interaction id. */
const observeInteractions = () => {
  window.__interactions = new Map();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.interactionId) continue;
      const known = window.__interactions.get(entry.interactionId) ?? 0;
      window.__interactions.set(entry.interactionId, Math.max(known, entry.duration));
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
};

/** Interactions since the last call, in order: a tap or a key press each. */
async function takeInteractions(page) {
  // Event Timing reports an interaction after its frame: wait two frames for the last one.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  return page.evaluate(() => {
    const durations = [...window.__interactions.values()];
    window.__interactions.clear();
    return durations;
  });
}

/** The longest interaction an action caused (16 ms when none crossed Event Timing's floor). */
async function timed(page, action) {
  await takeInteractions(page);
  await action();
  return Math.max(16, ...(await takeInteractions(page)));
}

async function slowPage(browser, multiplier) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: multiplier });
  await page.addInitScript(observeInteractions);
  return page;
}

/** Takes the quiz once: each "Next" tap is a step; the tap that shows the result is the result. */
async function takeQuiz(page) {
  const start = page.locator('main button.btn-primary');
  await start.waitFor();
  const steps = [await timed(page, () => start.click())];
  while (await page.locator('main form input[type=radio]').count()) {
    await page.locator('main form input[type=radio]').first().check();
    const heading = await page.locator('main h2').first().textContent();
    steps.push(
      await timed(page, async () => {
        await page.locator('main form button[type=submit]').click();
        await page.waitForFunction(
          (before) => document.querySelector('main h2')?.textContent !== before,
          heading,
        );
      }),
    );
  }
  const result = await timed(page, async () => {
    await page.locator('main button.btn-primary').click();
    await page.locator('[data-outcome]').waitFor();
  });
  return { steps, result };
}

/**
 * The quiz, taken twice on one page load: the second time is measured, the first reported.
 * The first use of each glyph and weight makes Chromium ask Linux's font configuration for a
 * match (the site's font stack starts with system-ui), which took up to 400 ms on this machine
 * and vanished with a plain `sans-serif`; phones resolve their system font at once.
 */
async function quiz(browser, url, multiplier) {
  const page = await slowPage(browser, multiplier);
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  const first = await takeQuiz(page);
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  const measured = await takeQuiz(page);
  await page.close();
  return { ...measured, first };
}

/** Types a number into each of the estimator's fields, key by key, at a fast typist's pace. */
async function typeEverywhere(page) {
  const keys = [];
  for (const field of await page.locator('#estimator input[type=text]').all()) {
    await field.click();
    await field.press('Control+A');
    for (const key of '1200') {
      await page.waitForTimeout(100);
      keys.push(await timed(page, () => field.press(key)));
    }
  }
  return keys;
}

/** The estimator, typed into twice on one page load (the first pass reported, see `quiz`). */
async function estimator(browser, url, multiplier) {
  const page = await slowPage(browser, multiplier);
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  const first = await typeEverywhere(page);
  const keys = await typeEverywhere(page);
  await page.close();
  return { keys, first: { keys: first } };
}

/** Every interactive page's interactions, by path. */
export async function measureInteractions(origin, locales, multiplier) {
  const browser = await chromium.launch({
    executablePath: chromiumPath() ?? undefined,
    args: chromiumArgs,
  });
  try {
    const results = [];
    for (const locale of locales) {
      results.push({
        path: `/${locale}/quiz/`,
        ...(await quiz(browser, `${origin}/${locale}/quiz/`, multiplier)),
      });
      results.push({
        path: `/${locale}/costs/`,
        ...(await estimator(browser, `${origin}/${locale}/costs/`, multiplier)),
      });
    }
    return results;
  } finally {
    await browser.close();
  }
}
