// @ts-check
// Where readers send corrections, read from CORRECTIONS_URL and checked, for next.config.js
// (which stops a build on a bad value, in one line) and lib/site/site.ts (which uses it).

/**
 * Where readers send corrections, as configured by CORRECTIONS_URL:
 * - `site`: unset; report links go to the site's own report page, which shows the text to copy;
 * - `issue-form`: a GitHub repository's new-issue URL; links open its correction form, prefilled;
 * - `web`: any other `https:` page, given `title` and `body` in its query;
 * - `mailto`: an e-mail address, given `subject` and `body`.
 * @typedef {{ kind: 'site' } | { kind: 'issue-form' | 'web' | 'mailto', url: string }} CorrectionsTarget
 */

/** The issue form the repository ships (`.github/ISSUE_TEMPLATE/`), named in prefilled links. */
export const issueFormTemplate = 'correction.yml';

const githubNewIssue = /^\/[^/]+\/[^/]+\/issues\/new\/?$/;

/**
 * Reads CORRECTIONS_URL. Anything but an `https:` URL or a `mailto:` address (`javascript:`,
 * `http:`, `data:`, a relative path, garbage) throws a one-line message naming the variable,
 * so a bad setting stops the build instead of shipping a dangerous or dead link.
 * An empty value counts as unset, as CI systems often pass unset variables as "".
 * @param {string | undefined} value
 * @returns {CorrectionsTarget}
 */
export function parseCorrectionsUrl(value) {
  if (value === undefined || value.trim() === '') return { kind: 'site' };
  const rejected = new Error(
    `CORRECTIONS_URL must be an https:// URL or a mailto: address (or unset, for the site's ` +
      `own report page): "${value}"`,
  );
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw rejected;
  }
  if (url.protocol === 'mailto:') {
    // An address is required: "mailto:" alone or "mailto:?cc=…" opens a mail with no recipient.
    const addresses = decodeURIComponent(url.pathname).split(',');
    if (!addresses.every((address) => /^[^@\s]+@[^@\s]+$/.test(address.trim()))) throw rejected;
    return { kind: 'mailto', url: url.href };
  }
  if (url.protocol !== 'https:' || !url.hostname || url.username || url.password) throw rejected;
  const kind =
    url.hostname === 'github.com' && githubNewIssue.test(url.pathname) ? 'issue-form' : 'web';
  return { kind, url: url.href };
}
