import { defineConfig } from '@playwright/test';

import { chromiumArgs, chromiumPath } from './scripts/browser.mjs';

const port = Number(process.env.E2E_PORT ?? 4173);
const subpathPort = Number(process.env.E2E_SUBPATH_PORT ?? 4183);
const executablePath = chromiumPath() ?? undefined;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  outputDir: 'test-results/playwright',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath, args: chromiumArgs },
  },
  // The e2e suite tests the static export exactly as a host would serve it; the sub-path build
  // (scripts/build-subpath.mjs) is served as a host serves a project site.
  webServer: [
    {
      command: `npx serve out -l tcp://127.0.0.1:${port} --no-clipboard --no-port-switching`,
      url: `http://127.0.0.1:${port}/es/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx serve test-results/subpath -l tcp://127.0.0.1:${subpathPort} --no-clipboard --no-port-switching`,
      port: subpathPort,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
