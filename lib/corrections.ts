import { interpolate } from './format';
import { htmlLang, type Locale, type Messages } from './i18n';
import { absoluteUrl, correctionsUrl } from './site';

type CorrectionReport = {
  factId: string;
  pagePath: string;
  locale: Locale;
  shown: string;
  version: string;
  messages: Messages;
};

/**
 * A link that opens a prefilled correction report (e-mail or new issue) naming the fact, the
 * page, the language, the value shown and the data version.
 */
export function correctionHref(
  { factId, pagePath, locale, shown, version, messages }: CorrectionReport,
  target: string = correctionsUrl,
): string {
  const subject = interpolate(messages.corrections.subject, { id: factId });
  const body = interpolate(messages.corrections.body, {
    id: factId,
    page: absoluteUrl(`${pagePath}#${factId}`),
    locale: htmlLang(locale),
    shown,
    version,
  });
  if (target.startsWith('mailto:')) {
    return `${target}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  }
  const url = new URL(target);
  url.searchParams.set('title', subject);
  url.searchParams.set('body', body);
  return url.toString();
}
