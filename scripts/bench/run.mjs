// `npm run bench`: Lighthouse (mobile preset, 5 runs, median) on the home page, one article, the
// quiz, one quiz outcome, the costs page (with its estimator), the FAQ and the sources page in
// every language, each run paired with a run of an empty control page (page, control, page,
// control…) so blocking time is read against what this machine measures on nothing; next to a
// baseline of the same pages reduced to HTML and CSS. Checks the budgets in bench/budgets.mjs,
// reports the export's size and the share images, and writes bench/results.json and .md.
// This file builds, serves and drives the browser; what it reads is measured in measure.mjs,
// judged in check.mjs and written up in report.mjs, each unit-tested.
// BENCH_CPU_MULTIPLIER overrides the preset's CPU slowdown (4×), to study a slower or faster host;
// BENCH_PORT the port of the export's server (the baseline's is the next one).
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';

import * as budgets from '../../bench/budgets.mjs';
import { benchPages } from '../../bench/pages.mjs';
import { measureInteractions } from '../bench-interaction.mjs';
import { chromiumArgs, chromiumPath, ensureChromium } from '../browser.mjs';
import { checkBuild, checkImages, checkInteractions, checkPage } from './check.mjs';
import { pageWeight } from './page-weight.mjs';
import {
  baselineOf,
  exportSummary,
  imagesOf,
  medianOf,
  pageChunks,
  parseTimings,
  routeOf,
  sampleOf,
  scriptRoles,
  scriptsNamed,
} from './measure.mjs';
import { resultsRecord, summaryOf, verdict } from './report.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const port = Number(process.env.BENCH_PORT ?? 3000);
const baselinePort = port + 1;
const tmp = 'bench/.tmp';
const controlPath = '/control/';

// BENCH_PAGES (a regular expression) measures only the matching paths, e.g. "^/es/".
const pages = benchPages.filter((page) =>
  new RegExp(process.env.BENCH_PAGES ?? '').test(page.path),
);

/** Builds the site for a local preview, timing it; a failed build ends the bench. */
function timeBuild() {
  const started = Date.now();
  const build = spawnSync('npm', ['run', '--silent', 'build'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      SITE_PREVIEW: 'local',
      OG_TIMINGS: `${process.cwd()}/${tmp}/og-timings.jsonl`,
    },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  return (Date.now() - started) / 1000;
}

/**
 * The least any page can measure here: a heading and a sentence, no CSS, no script. Lighthouse
 * still finds blocking time on it in some runs (the browser's own work to commit a navigation,
 * which its simulation places after the first paint), so a page's TBT is read against it.
 */
const controlPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Benchmark control page"><title>Control</title><link rel="icon" href="/favicon.svg"></head><body><main><h1>Control</h1><p>A heading and a sentence, with no CSS and no JavaScript.</p></main></body></html>`;

/** Writes each measured page reduced to HTML and CSS, and the control page, to serve them. */
function writeBaseline() {
  const dir = join(tmp, 'baseline');
  rmSync(dir, { recursive: true, force: true });
  for (const { path } of pages) {
    const source = join('out', path, 'index.html');
    if (!existsSync(source)) continue;
    const { html, styleSheets } = baselineOf(readFileSync(source, 'utf8'));
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), html);
    for (const href of styleSheets) {
      mkdirSync(dirname(join(dir, href)), { recursive: true });
      cpSync(join('out', href), join(dir, href));
    }
  }
  cpSync(join('out', 'favicon.svg'), join(dir, 'favicon.svg'));
  mkdirSync(join(dir, controlPath), { recursive: true });
  writeFileSync(join(dir, controlPath, 'index.html'), controlPage);
  return dir;
}

/** A static server; run directly (not through npx) so that killing it leaves no server behind. */
function serve(dir, servePort) {
  return spawn(
    process.execPath,
    [
      'node_modules/serve/build/main.js',
      dir,
      '-l',
      `tcp://127.0.0.1:${servePort}`,
      '--no-clipboard',
      '--no-port-switching',
    ],
    { stdio: 'ignore' },
  );
}

async function waitFor(url) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Server did not start: ${url}`);
}

async function lighthouseRun(chrome, url, cpuSlowdownMultiplier) {
  const { lhr } = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier },
  });
  return lhr;
}

/**
 * Every script the exported page names, gzipped, and whose it is, from the build's client
 * reference manifest of the page's route (a page without one has no code of its own).
 */
function scriptsOf(path) {
  const html = readFileSync(join('out', path, 'index.html'), 'utf8');
  const route = routeOf(path);
  const manifest = join('.next/server/app', route, 'page_client-reference-manifest.js');
  const own = existsSync(manifest) ? pageChunks(readFileSync(manifest, 'utf8'), route) : [];
  return scriptRoles(scriptsNamed(html), own).map((script) => ({
    ...script,
    gzip: gzipSync(readFileSync(join('out', script.src))).length,
  }));
}

/** Every file of out/ with its size. */
function exportedFiles() {
  return readdirSync('out', { recursive: true })
    .map((name) => join('out', String(name)))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ path: path.slice('out'.length), bytes: statSync(path).size }));
}

/** The share images and posters, with their render times when the build recorded them. */
function shareImages() {
  const timingsFile = join(tmp, 'og-timings.jsonl');
  const timings = existsSync(timingsFile) ? parseTimings(readFileSync(timingsFile, 'utf8')) : [];
  const files = readdirSync('out/og', { recursive: true })
    .filter((name) => String(name).endsWith('.png'))
    .map((name) => ({
      path: `/og/${name}`,
      bytes: statSync(join('out/og', String(name))).size,
    }));
  return imagesOf(files, timings);
}

/** Lighthouse on every page, paired with the control, and the interactions. */
async function measurePages(multiplier, problems) {
  ensureChromium();
  const baselineDir = writeBaseline();
  const servers = [serve('out', port), serve(baselineDir, baselinePort)];
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath() ?? undefined,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  const results = [];
  const controlSamples = [];
  const measure = async (url) => sampleOf(await lighthouseRun(chrome, url, multiplier));
  try {
    await waitFor(`http://127.0.0.1:${port}/es/`);
    await waitFor(`http://127.0.0.1:${baselinePort}/favicon.svg`);
    // A warm-up run, discarded: the first page a fresh browser loads is slower. It also
    // reports the machine's benchmark index, for the record.
    const warmUp = await lighthouseRun(chrome, `http://127.0.0.1:${port}/es/`, multiplier);
    const benchmarkIndex = Math.round(warmUp.environment.benchmarkIndex);
    console.log(`benchmark index ${benchmarkIndex}, CPU slowdown ${multiplier}×`);
    for (const page of pages) {
      if (!existsSync(join('out', page.path, 'index.html'))) {
        problems.push(`${page.path}: page missing from out/`);
        continue;
      }
      // Page and control alternate, so both see the machine in the same state.
      const samples = [];
      const pageControls = [];
      for (let run = 0; run < runs; run += 1) {
        samples.push(await measure(`http://127.0.0.1:${port}${page.path}`));
        pageControls.push(await measure(`http://127.0.0.1:${baselinePort}${controlPath}`));
      }
      controlSamples.push(...pageControls);
      const baseline = await measure(`http://127.0.0.1:${baselinePort}${page.path}`);
      const median = medianOf(samples);
      const result = {
        ...page,
        median,
        control: medianOf(pageControls),
        baseline: { totalBytes: baseline.totalBytes, requests: baseline.requests },
        ratio: Number((median.totalBytes / baseline.totalBytes).toFixed(2)),
        scripts: scriptsOf(page.path),
        ...(page.budget === 'costs' ? { weight: pageWeight('out', page.path) } : {}),
      };
      problems.push(...checkPage(result, budgets, runs));
      results.push(result);
      console.log(
        `measured ${page.path}: TBT ${result.median.tbtMs} ms, control ${result.control.tbtMs} ms`,
      );
    }
    const interactiveLocales = [
      ...new Set(pages.filter((p) => p.budget !== 'reading').map((p) => p.locale)),
    ];
    const interactions = await measureInteractions(
      `http://127.0.0.1:${port}`,
      interactiveLocales,
      multiplier,
    );
    problems.push(...interactions.flatMap((i) => checkInteractions(i, budgets.interaction)));
    return { benchmarkIndex, results, controlSamples, interactions };
  } finally {
    await chrome.kill();
    for (const server of servers) server.kill();
  }
}

async function main() {
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const buildSeconds = timeBuild();
  const images = shareImages();
  const problems = [...checkImages(images, budgets.images)];
  problems.push(...checkBuild(buildSeconds, budgets.buildSeconds));

  // The mobile preset's slowdown. Lighthouse assumes a fast desktop host for it; this
  // machine's benchmark index (printed) varied from about 1000 to 1900 between runs.
  const multiplier = Number(
    process.env.BENCH_CPU_MULTIPLIER ?? throttling.mobileSlow4G.cpuSlowdownMultiplier,
  );
  const measured = await measurePages(multiplier, problems);
  const bench = {
    runs,
    benchmarkIndex: measured.benchmarkIndex,
    multiplier,
    multiplierSet: Boolean(process.env.BENCH_CPU_MULTIPLIER),
    buildSeconds,
    results: measured.results,
    control: measured.controlSamples.length > 0 ? medianOf(measured.controlSamples) : null,
    controlRuns: measured.controlSamples.length,
    interactions: measured.interactions,
    images,
    exported: exportSummary(exportedFiles()),
  };
  const summary = summaryOf(bench);
  console.log(`\n${summary}\n`);
  mkdirSync('bench', { recursive: true });
  const record = resultsRecord(bench, problems, { date: new Date().toISOString(), controlPath });
  writeFileSync('bench/results.json', `${JSON.stringify(record, null, 2)}\n`);
  writeFileSync('bench/results.md', `${summary}\n`);
  const { text, code } = verdict(problems);
  console.log(text);
  if (code !== 0) process.exit(code);
}

await main();
