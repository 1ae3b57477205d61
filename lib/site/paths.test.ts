import { describe, expect, it } from 'vitest';

import { localePath, paths, sitePath } from './paths';

// The unit tests run without SITE_BASE_PATH, so every path starts at the site's root.
describe('paths', () => {
  it('puts files and the language chooser at the root', () => {
    expect(sitePath('/es/')).toBe('/es/');
    expect(paths.file('data/limits.json')).toBe('/data/limits.json');
    expect(paths.root()).toBe('/');
  });

  it('ends every page address with the slash of the static export', () => {
    expect(paths.home('en')).toBe('/en/');
    expect(paths.page('zh', 'groups')).toBe('/zh/groups/');
    expect(paths.costs('es')).toBe('/es/costs/');
    expect(paths.quizGuide('en')).toBe('/en/quiz/guide/');
  });

  it('sends a difference to its article, costs to its page and the other questions to the FAQ', () => {
    expect(paths.subject('es', 'groups')).toBe('/es/groups/');
    expect(paths.subject('es', 'costs')).toBe('/es/costs/');
    expect(paths.subject('en', 'bans')).toBe('/en/faq/#bans');
    expect(paths.row('en', 'groups', 'groups.external-max-members')).toBe(
      '/en/groups/#groups.external-max-members',
    );
    expect(paths.row('zh', 'costs', 'costs.core-features')).toBe('/zh/costs/#costs.core-features');
    expect(paths.row('es', 'bans', 'bans.many-friends-banned')).toBe(
      '/es/faq/#bans.many-friends-banned',
    );
  });

  it('adds a fragment only when one is given', () => {
    expect(paths.faq('es')).toBe('/es/faq/');
    expect(paths.faq('es', 'privacy')).toBe('/es/faq/#privacy');
    expect(paths.quiz('en')).toBe('/en/quiz/');
    expect(paths.quiz('en', 'q=abc')).toBe('/en/quiz/#q=abc');
    expect(paths.report('zh')).toBe('/zh/report/');
    expect(paths.report('zh', 'groups.qr-linked-groups')).toBe(
      '/zh/report/#groups.qr-linked-groups',
    );
    expect(paths.quizResult('es', 'wecom')).toBe('/es/quiz/result/wecom/');
    expect(paths.quizResult('es', 'wecom', 'why')).toBe('/es/quiz/result/wecom/#why');
  });

  it('names the share images and posters by locale and key', () => {
    expect(paths.ogImage('en', 'groups')).toBe('/og/en/groups.png');
    expect(paths.poster('zh', 'home')).toBe('/og/zh/home.poster.png');
  });

  it('names a fact’s card by its id, and the root’s card once for every language', () => {
    expect(paths.factCard('es', 'groups.qr-linked-groups')).toBe(
      '/og/es/facts/groups.qr-linked-groups.png',
    );
    expect(paths.rootCard()).toBe('/og/root.png');
  });

  it('puts a language’s feed and manifest under it', () => {
    expect(paths.feed('zh')).toBe('/zh/feed.xml');
    expect(paths.manifest('en')).toBe('/en/manifest.webmanifest');
  });

  it('leads to the share page, or to one fact’s section on it', () => {
    expect(paths.share('es')).toBe('/es/share/');
    expect(paths.share('en', 'groups.qr-linked-groups')).toBe('/en/share/#groups.qr-linked-groups');
  });
});

describe('localePath', () => {
  it('swaps the locale segment and keeps the rest of the path', () => {
    expect(localePath('/es/groups/', 'en')).toBe('/en/groups/');
    expect(localePath('/en/', 'zh')).toBe('/zh/');
    expect(localePath('/zh/quiz/result/wecom/', 'es')).toBe('/es/quiz/result/wecom/');
  });

  it('leaves paths that do not start with a locale alone', () => {
    expect(localePath('/', 'en')).toBe('/');
    expect(localePath('/data/limits.json', 'en')).toBe('/data/limits.json');
    expect(localePath('es/groups/', 'en')).toBe('es/groups/');
  });
});
