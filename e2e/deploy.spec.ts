import { expect, test } from '@playwright/test';

import { checkDeployment } from '../scripts/check-deploy.mjs';
import { previewOrigin } from '../shared/site-config.mjs';

// `npm run check-deploy` against the local preview, served here as a host would serve it. The
// export is built for the preview's address, so requests to it are sent to this test's server.

test('check-deploy passes on a correct deployment', async ({ baseURL }) => {
  const viaTestServer = (url: string | URL | Request) =>
    fetch(String(url).replace(previewOrigin, baseURL!));
  const checks = await checkDeployment(previewOrigin, { fetch: viaTestServer });
  expect(checks.filter((check) => !check.ok)).toEqual([]);
  expect(checks.length).toBeGreaterThan(10);
});

test('check-deploy fails a deployment whose addresses point elsewhere', async ({ baseURL }) => {
  const checks = await checkDeployment(baseURL!);
  expect(checks.filter((check) => !check.ok).map((check) => check.what)).toContain(
    `every sitemap address is under ${baseURL}/`,
  );
});
