import { describe, expect, it } from 'vitest';

import { readSample } from './samples/fixtures.mjs';
import { stripRuntime } from './strip-runtime.mjs';

describe('stripRuntime', () => {
  it('removes the runtime from a page that does not hydrate', () => {
    expect(stripRuntime(readSample('404.html'), '404.html')).toBe(readSample('404.expected.html'));
  });

  it('keeps JSON-LD and the site’s own scripts', () => {
    const stripped = stripRuntime(readSample('es-mass-messages.html'), 'es/mass-messages');
    expect(stripped.match(/<script[^>]*>/g)).toEqual([
      '<script type="application/ld+json">',
      '<script type="application/ld+json">',
      '<script data-keep="true">',
    ]);
  });

  it('keeps the site’s own browser modules and their JSON', () => {
    const own =
      '<script type="application/json" id="estimator-data">{}</script>' +
      '<script type="module" src="/browser/cost-estimator.js"></script>';
    const html = readSample('404.html').replace('</body>', `${own}</body>`);
    expect(stripRuntime(html, '404.html')).toBe(
      readSample('404.expected.html').replace('</body>', `${own}</body>`),
    );
  });

  it('leaves a stripped page as it is', () => {
    const once = stripRuntime(readSample('404.html'), '404.html');
    expect(stripRuntime(once, '404.html')).toBe(once);
  });

  it('fails loudly on a framework script it does not recognise', () => {
    const html = readSample('404.html').replace(' async=""', ' async="" crossorigin=""');
    expect(() => stripRuntime(html, 'out/404.html')).toThrow(
      'out/404.html: unrecognised script <script src="/_next/static/chunks/16d9m7jc71162.js" async="" crossorigin=""></script>',
    );
  });
});
