import { expect, test } from '@playwright/test';

import { exportedRoutes } from './routes';

// Spanish and English pages quote Chinese terms, names and titles: each run must carry its
// language, so a screen reader reads it in Chinese and the browser breaks lines the Chinese way.
const routes = exportedRoutes().filter((route) => /^\/(es|en)\//.test(route));

for (const route of routes) {
  test(`${route}: every Chinese run is marked with its language`, async ({ page }) => {
    await page.goto(route);
    await page.waitForLoadState('networkidle');
    const unmarked = await page.evaluate(() => {
      const han = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff60]+/;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const found: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (parent.closest('script, style, noscript, template')) continue;
        // A form control's value cannot carry markup: the share page's embed code (a read-only
        // textarea, so a keyboard can select and copy it) repeats a label its heading marks.
        if (parent.closest('textarea[readonly]')) continue;
        const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
        const match = han.exec(node.textContent ?? '');
        if (match && !/^(zh|ja)\b/i.test(lang)) found.push(match[0]);
      }
      return found;
    });
    expect(unmarked).toEqual([]);
  });
}
