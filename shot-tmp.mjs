import { chromium } from '@playwright/test';
const [,, base, out, width, ...paths] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 1400 } });
for (const p of paths) {
  const [path, y] = p.split('@');
  await page.goto(base + path);
  await page.evaluate((y) => window.scrollTo(0, Number(y ?? 0)), y);
  const name = (path.replace(/[\/#.]+/g, '_') + `_${width}_${y ?? 0}.png`);
  await page.screenshot({ path: `${out}/${name}` });
  console.log(name);
}
await browser.close();
