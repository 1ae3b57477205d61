import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
for (const p of ['/en/', '/es/staff-leaving/', '/es/sources/']) {
  await page.goto('http://127.0.0.1:3100' + p);
  const wide = await page.evaluate(() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && e.children.length === 0).slice(0, 5).map(e => e.tagName + ' ' + (e.textContent || '').slice(0, 80) + ' ' + Math.round(e.getBoundingClientRect().right)));
  console.log(p, wide);
}
await browser.close();
