// `npm run bench`: Lighthouse (mobile preset, 5 runs, median) on the home page, one article, the
// quiz, one quiz outcome, the costs page (with its estimator), the FAQ and the sources page in
// every language, each run paired with a run of an empty control page (page, control, page,
// control…) so blocking time is read against what this machine measures on nothing; next to a
// baseline of the same pages reduced to HTML and CSS. Checks the budgets in bench/budgets.mjs,
// reports the export's size and the share images, and writes bench/results.json and .md.
// BENCH_CPU_MULTIPLIER overrides the preset's CPU slowdown (4×), to study a slower or faster host.
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

import * as budgets from '../bench/budgets.mjs';
import { benchPages } from '../bench/pages.mjs';
import { measureInteractions } from './bench-interaction.mjs';
import { chromiumArgs, chromiumPath, ensureChromium } from './browser.mjs';
import { pageWeight } from './page-weight.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const port = 3000;
const baselinePort = 3001;
const tmp = 'bench/.tmp';
const controlPath = '/control/';

// BENCH_PAGES (a regular expression) measures only the matching paths, e.g. "^/es/".
const pages = benchPages.filter((page) =>
  new RegExp(process.env.BENCH_PAGES ?? '').test(page.path),
);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

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

/** Each measured page reduced to HTML and CSS: what a static page can physically weigh. */
function writeBaseline() {
  const dir = join(tmp, 'baseline');
  rmSync(dir, { recursive: true, force: true });
  for (const { path } of pages) {
    const source = join('out', path, 'index.html');
    if (!existsSync(source)) continue;
    const html = readFileSync(source, 'utf8')
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
      .replace(/<link[^>]+as="script"[^>]*>/g, '');
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), html);
    for (const [, href] of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) {
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

async function measure(chrome, url, multiplier) {
  const lhr = await lighthouseRun(chrome, url, multiplier);
  const requests = lhr.audits['network-requests'].details?.items ?? [];
  const bytes = (type) =>
    requests
      .filter((r) => r.resourceType === type)
      .reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  const score = (name) => Math.round((lhr.categories[name].score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
    cls: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    totalBytes: Math.round(lhr.audits['total-byte-weight'].numericValue),
    jsBytes: bytes('Script'),
    htmlBytes: bytes('Document'),
    requests: requests.length,
  };
}

/** Medians of every measure, and the spread of TBT, the noisiest one. */
function medianOf(samples) {
  const tbt = samples.map((s) => s.tbtMs);
  return {
    ...Object.fromEntries(
      Object.keys(samples[0]).map((key) => [key, median(samples.map((s) => s[key]))]),
    ),
    tbtRangeMs: [Math.min(...tbt), Math.max(...tbt)],
  };
}

/**
 * Every script a page names (in a tag, or in the loader that fetches the framework after the
 * first paint), gzipped, and whose it is: the page's own chunk ("app") is the quiz's (it holds
 * its share box), the rest the framework's; `nomodule` polyfills are never loaded by the browsers Lighthouse stands for.
 */
function scriptsOf(path) {
  const html = readFileSync(join('out', path, 'index.html'), 'utf8');
  const sources = new Set(
    [...html.matchAll(/"(\/_next\/static\/[^"]+\.js)"/g)].map(([, src]) => src),
  );
  return [...sources].map((src) => {
    const code = readFileSync(join('out', src));
    const role = new RegExp(`src="${src}" noModule`).test(html)
      ? 'nomodule'
      : code.includes('quiz-share-url')
        ? 'app'
        : 'framework';
    return { src, role, gzip: gzipSync(code).length };
  });
}

function checkBudgets(result, baseline) {
  const problems = [];
  const m = result.median;
  const c = result.control;
  const need = (ok, text) => ok || problems.push(`${result.path}: ${text}`);
  const budget = budgets[result.budget === 'quiz' ? 'interactive' : result.budget];
  need(m.performance >= budget.performance, `performance ${m.performance} < ${budget.performance}`);
  for (const key of ['accessibility', 'bestPractices', 'seo'])
    need(m[key] >= budget.otherScores, `${key} ${m[key]} < ${budget.otherScores}`);
  need(m.cls <= budget.cls, `CLS ${m.cls} > ${budget.cls}`);
  need(
    m.tbtMs - c.tbtMs <= budget.tbtOverControlMs,
    `TBT ${m.tbtMs} ms is more than ${budget.tbtOverControlMs} ms over the control's ${c.tbtMs} ms (${controlNote(c)})`,
  );
  if (result.budget === 'reading') {
    need(m.jsBytes <= budget.jsBytes, `JS ${m.jsBytes} B: a reading page loads no framework`);
    need(
      m.totalBytes <= budget.bytesOverBaseline * baseline.totalBytes,
      `${m.totalBytes} B > ${budget.bytesOverBaseline} × baseline ${baseline.totalBytes} B`,
    );
  } else if (result.budget === 'costs') {
    const weight = pageWeight('out', result.path);
    need(
      weight.scripts <= budget.scriptsOverHtmlCss * weight.htmlCss,
      `scripts ${weight.scripts} B (gz) > ${budget.scriptsOverHtmlCss} × its HTML and CSS, ${weight.htmlCss} B`,
    );
    need(!weight.files.some((src) => src.includes('/_next/')), 'loads the framework');
  } else {
    const app = result.scripts.filter((script) => script.role === 'app');
    const appBytes = app.reduce((sum, script) => sum + script.gzip, 0);
    need(app.length > 0, 'no chunk of the page found');
    need(
      appBytes <= budget.ownJsBytes,
      `page JS ${appBytes} B > ${budget.ownJsBytes} B over the framework's`,
    );
  }
  return problems;
}

/** A page's taps or key presses against the interaction budget. */
function checkInteractions({ path, steps, result, keys }) {
  const each = steps ?? keys;
  const problems = [];
  const slowest = Math.max(...each);
  if (slowest > budgets.interaction.eachMs)
    problems.push(`${path}: an interaction took ${slowest} ms > ${budgets.interaction.eachMs} ms`);
  if (median(each) > budgets.interaction.medianMs)
    problems.push(
      `${path}: interactions' median ${median(each)} ms > ${budgets.interaction.medianMs} ms`,
    );
  if (result !== undefined && result > budgets.interaction.resultMs)
    problems.push(`${path}: the result took ${result} ms > ${budgets.interaction.resultMs} ms`);
  return problems;
}

const interactionLine = ({ path, steps, result, keys, first }) =>
  steps
    ? `${path}: ${steps.length} taps, median ${median(steps)} ms, slowest ${Math.max(...steps)} ms; result ${result} ms (first pass: slowest ${Math.max(...first.steps)} ms, result ${first.result} ms).`
    : `${path}: ${keys.length} key presses, median ${median(keys)} ms, slowest ${Math.max(...keys)} ms (first pass: slowest ${Math.max(...first.keys)} ms).`;

const controlNote = (control) =>
  `control in the same ${runs} pairs: ${control.tbtRangeMs.join('–')} ms`;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** What is deployed: every file of out/, their total size, and the five largest. */
function exportReport() {
  const files = readdirSync('out', { recursive: true })
    .map((name) => join('out', String(name)))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ path: path.slice('out'.length), bytes: statSync(path).size }));
  return {
    files: files.length,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    largest: [...files].sort((a, b) => b.bytes - a.bytes).slice(0, 5),
  };
}

async function main() {
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const buildSeconds = timeBuild();
  const ogTimings = existsSync(join(tmp, 'og-timings.jsonl'))
    ? readFileSync(join(tmp, 'og-timings.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line))
    : [];
  const images = readdirSync('out/og', { recursive: true })
    .filter((name) => String(name).endsWith('.png'))
    .map((name) => {
      const path = `/og/${name}`;
      return {
        path,
        bytes: statSync(join('out/og', String(name))).size,
        ms: ogTimings.find((t) => t.path === path)?.ms ?? null,
      };
    });

  const problems = [];
  const imageBytes = images.map((image) => image.bytes);
  if (median(imageBytes) > budgets.images.medianBytes)
    problems.push(`images: median ${median(imageBytes)} B > ${budgets.images.medianBytes} B`);
  for (const image of images.filter((i) => i.bytes > budgets.images.maxBytes))
    problems.push(`${image.path}: ${image.bytes} B > ${budgets.images.maxBytes} B`);
  if (buildSeconds > budgets.buildSeconds)
    problems.push(`build: ${buildSeconds.toFixed(1)} s > ${budgets.buildSeconds} s`);

  ensureChromium();
  const baselineDir = writeBaseline();
  const servers = [serve('out', port), serve(baselineDir, baselinePort)];
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath() ?? undefined,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  const results = [];
  let interactions = [];
  let benchmarkIndex = null;
  const allControlSamples = [];
  // The mobile preset's slowdown. Lighthouse assumes a fast desktop host for it; this
  // machine's benchmark index (printed) varied from about 1000 to 1900 between runs.
  const multiplier = Number(
    process.env.BENCH_CPU_MULTIPLIER ?? throttling.mobileSlow4G.cpuSlowdownMultiplier,
  );
  try {
    await waitFor(`http://127.0.0.1:${port}/es/`);
    await waitFor(`http://127.0.0.1:${baselinePort}/favicon.svg`);
    // A warm-up run, discarded: the first page a fresh browser loads is slower. It also
    // reports the machine's benchmark index, for the record.
    const warmUp = await lighthouseRun(chrome, `http://127.0.0.1:${port}/es/`, multiplier);
    benchmarkIndex = Math.round(warmUp.environment.benchmarkIndex);
    console.log(`benchmark index ${benchmarkIndex}, CPU slowdown ${multiplier}×`);
    for (const page of pages) {
      if (!existsSync(join('out', page.path, 'index.html'))) {
        problems.push(`${page.path}: page missing from out/`);
        continue;
      }
      // Page and control alternate, so both see the machine in the same state.
      const samples = [];
      const controlSamples = [];
      for (let run = 0; run < runs; run += 1) {
        samples.push(await measure(chrome, `http://127.0.0.1:${port}${page.path}`, multiplier));
        controlSamples.push(
          await measure(chrome, `http://127.0.0.1:${baselinePort}${controlPath}`, multiplier),
        );
      }
      allControlSamples.push(...controlSamples);
      const baseline = await measure(
        chrome,
        `http://127.0.0.1:${baselinePort}${page.path}`,
        multiplier,
      );
      const result = {
        ...page,
        median: medianOf(samples),
        control: medianOf(controlSamples),
        baseline: { totalBytes: baseline.totalBytes, requests: baseline.requests },
      };
      result.ratio = Number((result.median.totalBytes / baseline.totalBytes).toFixed(2));
      result.scripts = scriptsOf(page.path);
      problems.push(...checkBudgets(result, baseline));
      results.push(result);
      console.log(
        `measured ${page.path}: TBT ${result.median.tbtMs} ms, control ${result.control.tbtMs} ms`,
      );
    }
    const interactiveLocales = [
      ...new Set(pages.filter((p) => p.budget !== 'reading').map((p) => p.locale)),
    ];
    interactions = await measureInteractions(
      `http://127.0.0.1:${port}`,
      interactiveLocales,
      multiplier,
    );
    problems.push(...interactions.flatMap(checkInteractions));
  } finally {
    await chrome.kill();
    for (const server of servers) server.kill();
  }

  const control = allControlSamples.length > 0 ? medianOf(allControlSamples) : null;
  const header =
    '| page | perf | a11y | bp | seo | LCP | TBT (range) | control TBT (range) | CLS | bytes | baseline | ratio | JS (gz) | HTML | req |';
  const tbt = (m) => `${m.tbtMs} ms (${m.tbtRangeMs.join('–')})`;
  const row = (label, m, c, baseline, ratio) =>
    `| ${label} | ${m.performance} | ${m.accessibility} | ${m.bestPractices} | ${m.seo} | ${m.lcpMs} ms | ${tbt(m)} | ${c ? tbt(c) : '–'} | ${m.cls} | ${kb(m.totalBytes)} | ${baseline} | ${ratio} | ${kb(m.jsBytes)} | ${kb(m.htmlBytes)} | ${m.requests} |`;
  const rows = [
    ...results.map((r) =>
      row(r.path, r.median, r.control, kb(r.baseline.totalBytes), `${r.ratio}×`),
    ),
    ...(control
      ? [row(`control (all ${allControlSamples.length} runs)`, control, null, '–', '–')]
      : []),
  ];
  const table = [header, `|${'---|'.repeat(15)}`, ...rows].join('\n');
  const exported = exportReport();
  const imageTotal = images.reduce((sum, image) => sum + image.bytes, 0);
  const summary = [
    table,
    '',
    `Machine: Lighthouse benchmark index ${benchmarkIndex}; CPU slowdown ${multiplier}×${process.env.BENCH_CPU_MULTIPLIER ? ' (set by BENCH_CPU_MULTIPLIER)' : ' (the mobile preset)'}.`,
    `Full build: ${buildSeconds.toFixed(1)} s. Images: ${images.length}, ${kb(imageTotal)} in all, median ${kb(median(images.map((i) => i.bytes)))}, largest ${kb(Math.max(...images.map((i) => i.bytes)))}` +
      (ogTimings.length
        ? `, median ${median(ogTimings.map((t) => t.ms))} ms each to render.`
        : '.'),
    ...results
      .filter((result) => result.budget === 'costs')
      .map((result) => {
        const weight = pageWeight('out', result.path);
        return `${result.path}: ${kb(weight.scripts)} of scripts over ${kb(weight.htmlCss)} of HTML and CSS (gzip), ${(weight.scripts / weight.htmlCss).toFixed(2)}×.`;
      }),
    ...results
      .filter((result) => result.budget === 'quiz')
      .map((result) => {
        const sum = (role) =>
          result.scripts.filter((s) => s.role === role).reduce((total, s) => total + s.gzip, 0);
        return `${result.path}: framework ${kb(sum('framework'))} + page ${kb(sum('app'))} of JavaScript (gzip).`;
      }),
    ...(interactions.length
      ? ['Interactions (Event Timing, input to next paint, CPU slowed ' + multiplier + '×):']
      : []),
    ...interactions.map(interactionLine),
    `Pairs: ${runs} per page (page, then the control page). Export: ${exported.files} files, ${kb(exported.bytes)}; largest: ${exported.largest.map((f) => `${f.path} ${kb(f.bytes)}`).join(', ')}.`,
  ].join('\n');
  console.log(`\n${summary}\n`);
  mkdirSync('bench', { recursive: true });
  writeFileSync(
    'bench/results.json',
    JSON.stringify(
      {
        date: new Date().toISOString(),
        runs,
        benchmarkIndex,
        cpuSlowdownMultiplier: multiplier,
        buildSeconds,
        control: control && { path: controlPath, runs: allControlSamples.length, median: control },
        export: exported,
        interactions,
        pages: results,
        images,
        problems,
      },
      null,
      2,
    ) + '\n',
  );
  writeFileSync('bench/results.md', `${summary}\n`);
  if (problems.length > 0) {
    console.log(`Budgets missed:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  console.log('All budgets met.');
}

await main();
