import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4221';
const links = JSON.parse(process.argv[2]);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [name, path, width] of links) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(base + path);
  await page.waitForSelector('[data-outcome]', { timeout: 30000 });
  await page.waitForTimeout(500);
  const card = page.locator('.quiz-verdict');
  await page.screenshot({ path: `/tmp/qz/${name}.png`, fullPage: true });
  await card.screenshot({ path: `/tmp/qz/${name}-card.png` });
  console.log(name, '\n', (await page.locator('[data-outcome]').innerText()).slice(0, 2500), '\n-----');
  await page.close();
}
await browser.close();
