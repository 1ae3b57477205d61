import { dataVersion } from '../data/changes';
import { issueFormTemplate, type CorrectionsTarget } from '@/shared/corrections-url.mjs';
import { interpolate } from '../i18n/format';
import { htmlLang, type Locale } from '../i18n/locales';
import { type Fact } from '../data/facts';
import { paths } from './paths';
import { absoluteUrl, correctionsTarget } from './site';
import { accounts } from '../schema/vocabulary';
import type { Messages } from '../i18n/messages';
import { factCellView } from '../view/prose-figure';

/** What a correction report about one fact says, field by field and as one text. */
export type CorrectionReport = {
  locale: Locale;
  fact: string;
  /** The fact's row, as an absolute URL. */
  page: string;
  shown: string;
  version: string;
  /** The e-mail subject or issue title. */
  title: string;
  /** Every field in words, then the question the reader answers. */
  body: string;
};

/** The value a reader sees in a fact's row, both accounts ("WeCom: 5 groups; WeChat: …"). */
export function shownText(fact: Fact, locale: Locale, messages: Messages): string {
  return accounts
    .map(
      (account) =>
        `${messages.accounts[account]}: ${factCellView(fact, account, locale, messages).text}`,
    )
    .join('; ');
}

/**
 * The report about a fact: its id, its row's address (the row is the fact's home, wherever the
 * reader saw it: every table shows the same cell), the language, the value shown and the data
 * version.
 */
export function correctionReport(
  fact: Fact,
  locale: Locale,
  messages: Messages,
  version: string = dataVersion(),
): CorrectionReport {
  const page = absoluteUrl(paths.row(locale, fact.topic, fact.id));
  const shown = shownText(fact, locale, messages);
  return {
    locale,
    fact: fact.id,
    page,
    shown,
    version,
    title: interpolate(messages.corrections.subject, { id: fact.id }),
    body: interpolate(messages.corrections.body, {
      id: fact.id,
      page,
      locale: htmlLang(locale),
      shown,
      version,
    }),
  };
}

/**
 * A link that opens a prefilled report: the site's report page at the fact, GitHub's correction
 * form with its fields filled, another page with `title` and `body`, or an e-mail with `subject`
 * and `body` added to the address's own query.
 */
export function correctionHref(
  report: CorrectionReport,
  target: CorrectionsTarget = correctionsTarget,
): string {
  if (target.kind === 'site') return paths.report(report.locale, report.fact);
  if (target.kind === 'mailto') {
    return withMailQuery(target.url, { subject: report.title, body: report.body });
  }
  const url = new URL(target.url);
  const fields: Record<string, string> =
    target.kind === 'issue-form'
      ? {
          // GitHub fills an issue form's fields from query parameters named by their ids.
          template: issueFormTemplate,
          title: report.title,
          fact: report.fact,
          page: report.page,
          shown: report.shown,
          version: report.version,
        }
      : { title: report.title, body: report.body };
  for (const [name, value] of Object.entries(fields)) url.searchParams.set(name, value);
  return url.toString();
}

/** Where "report an error" without a fact goes: the report page, or the channel's own form. */
export function correctionsHome(
  locale: Locale,
  target: CorrectionsTarget = correctionsTarget,
): string {
  if (target.kind === 'site') return paths.report(locale);
  if (target.kind !== 'issue-form') return target.url;
  const url = new URL(target.url);
  url.searchParams.set('template', issueFormTemplate);
  return url.toString();
}

/**
 * Adds fields to a `mailto:` URL, keeping the address's own query (`?cc=…`) and replacing any
 * field of the same name. Spaces are `%20`: RFC 6068 does not read `+` as a space, unlike the
 * form encoding `URLSearchParams` writes.
 */
function withMailQuery(mailto: string, fields: Record<string, string>): string {
  const [address = '', query = ''] = mailto.split(/\?(.*)/s);
  const names = new Set(Object.keys(fields));
  const kept = query
    .split('&')
    .filter((pair) => pair && !names.has(decodeURIComponent(pair.split('=')[0]!).toLowerCase()));
  const added = Object.entries(fields).map(
    ([name, value]) => `${name}=${encodeURIComponent(value)}`,
  );
  return `${address}?${[...kept, ...added].join('&')}`;
}
