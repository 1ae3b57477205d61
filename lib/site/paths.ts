import { isLocale, type Locale } from '../i18n/locales';
import { faqTopics, type Subject } from '../schema/vocabulary';

/**
 * The page that holds a subject's table: each difference has its article, costs its own page,
 * and the other FAQ topics share the FAQ page (each under its own anchor).
 */
function subjectSlug(subject: Subject): string {
  return subject === 'costs' || !(faqTopics as readonly string[]).includes(subject)
    ? subject
    : 'faq';
}

/**
 * Where the site lives under its domain: "" at the root, "/wecom" under a sub-path. next.config.js
 * sets it from BASE_PATH or SITE_URL (checked by shared/site-config.mjs); Next inlines it in
 * the browser's code too.
 */
export const basePath = process.env.SITE_BASE_PATH ?? '';

/** A path from the site's root ("/es/") as the browser must ask for it ("/wecom/es/"). */
export function sitePath(path: string): string {
  return `${basePath}${path}`;
}

/**
 * Site-internal URLs, always with the trailing slash the static export uses and the base path.
 * Every link, image and script address of the site is made here.
 */
export const paths = {
  /** A file at the site's root: "sitemap.xml", "favicon.svg", "data/limits.json". */
  file: (name: string) => sitePath(`/${name}`),
  /** The language chooser at the site's root. */
  root: () => sitePath('/'),
  home: (locale: Locale) => sitePath(`/${locale}/`),
  page: (locale: Locale, slug: string) => sitePath(`/${locale}/${slug}/`),
  /** Where a subject is answered (for a practical question on the FAQ page, its anchor). */
  subject: (locale: Locale, subject: Subject) =>
    subjectSlug(subject) === 'faq'
      ? sitePath(`/${locale}/faq/#${subject}`)
      : sitePath(`/${locale}/${subject}/`),
  row: (locale: Locale, subject: Subject, factId: string) =>
    sitePath(`/${locale}/${subjectSlug(subject)}/#${factId}`),
  costs: (locale: Locale) => sitePath(`/${locale}/costs/`),
  faq: (locale: Locale, topic = '') => sitePath(`/${locale}/faq/${topic && `#${topic}`}`),
  /** An entry of the changes page, by its anchor (`changeAnchor`). */
  change: (locale: Locale, anchor: string) => sitePath(`/${locale}/changes/#${anchor}`),
  /** The Atom feed of a language's changes page. */
  feed: (locale: Locale) => sitePath(`/${locale}/feed.xml`),
  /** The web app manifest of a language: its name, start page and icons. */
  manifest: (locale: Locale) => sitePath(`/${locale}/manifest.webmanifest`),
  /** 1200×630 preview image of a share page. */
  ogImage: (locale: Locale, key: string) => sitePath(`/og/${locale}/${key}.png`),
  /** 1080×1440 portrait poster with a QR code, for WeChat. */
  poster: (locale: Locale, key: string) => sitePath(`/og/${locale}/${key}.poster.png`),
  /** 1200×630 card of one fact; its id is the file name (stable, URL-safe: `a-z0-9.-`). */
  factCard: (locale: Locale, factId: string) => sitePath(`/og/${locale}/facts/${factId}.png`),
  /** The root address's own 1200×630 card, in every language. */
  rootCard: () => sitePath('/og/root.png'),
  /** How to share a figure; with a fact id, its card, link and embed code. */
  share: (locale: Locale, factId = '') => sitePath(`/${locale}/share/${factId && `#${factId}`}`),
  quiz: (locale: Locale, fragment = '') =>
    sitePath(`/${locale}/quiz/${fragment && `#${fragment}`}`),
  /** How to report an error; with a fact id, the report about that fact, ready to copy. */
  report: (locale: Locale, factId = '') => sitePath(`/${locale}/report/${factId && `#${factId}`}`),
  /** The quiz as a reading page: every question, every answer and where it points. */
  quizGuide: (locale: Locale) => sitePath(`/${locale}/quiz/guide/`),
  /** One static page per outcome; the slug is the same in every locale. */
  quizResult: (locale: Locale, outcome: string, fragment = '') =>
    sitePath(`/${locale}/quiz/result/${outcome}/${fragment && `#${fragment}`}`),
};

/** The same page in another locale (every locale uses the same slugs). */
export function localePath(path: string, locale: Locale): string {
  if (!path.startsWith(`${basePath}/`)) return path;
  const [, first = '', ...rest] = path.slice(basePath.length).split('/');
  return isLocale(first) ? sitePath(['', locale, ...rest].join('/')) : path;
}
