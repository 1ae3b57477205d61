import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { messages } from '@/content/es/messages';

import {
  correctionHref,
  correctionReport,
  correctionsHome,
  type CorrectionReport,
} from './corrections';
import { issueFormTemplate, parseCorrectionsUrl } from '@/shared/corrections-url.mjs';
import { locales } from '../i18n/locales';
import { getFact, isFactId } from '../data/facts';
import { getMessages } from './messages';
import { absoluteUrl } from './site';

const fact = getFact('groups.qr-linked-groups');
const report = correctionReport(fact, 'es', messages, '2026-11-24');

// Characters that a URL must escape: the query's own delimiters, a fragment, non-ASCII, newlines.
const tricky: CorrectionReport = {
  ...report,
  title: 'Corrección: a&b=c?d#e + 100%',
  body: 'Línea 1 & más\nLínea 2 #3 = 4?',
};

const site = parseCorrectionsUrl(undefined);
const form = parseCorrectionsUrl('https://github.com/owner/repo/issues/new');
const web = parseCorrectionsUrl('https://example.org/report?lang=es');

describe('correctionReport', () => {
  it('names the fact, its row, the language, the value shown and the data version', () => {
    expect(report.fact).toBe('groups.qr-linked-groups');
    expect(report.page).toBe(absoluteUrl('/es/groups/#groups.qr-linked-groups'));
    expect(report.title).toBe('Corrección: groups.qr-linked-groups');
    expect(report.shown).toMatch(/^WeCom: .+; WeChat personal: .+$/);
    for (const line of [
      'Dato: groups.qr-linked-groups',
      `Página: ${report.page}`,
      'Idioma: es',
      `Valor mostrado: ${report.shown}`,
      'Versión de los datos: 2026-11-24',
    ]) {
      expect(report.body.split('\n')).toContain(line);
    }
  });

  it('points a practical question’s fact at its row on the FAQ page', () => {
    const faqFact = getFact('switching.chat-history-moves');
    expect(correctionReport(faqFact, 'en', messages).page).toBe(
      absoluteUrl('/en/faq/#switching.chat-history-moves'),
    );
  });
});

describe('correctionHref', () => {
  it('links to the fact’s report on the site’s report page when no channel is set', () => {
    expect(correctionHref(report, site)).toBe('/es/report/#groups.qr-linked-groups');
  });

  it('opens GitHub’s correction form with its fields filled in', () => {
    const url = new URL(correctionHref(report, form));
    expect(url.origin + url.pathname).toBe('https://github.com/owner/repo/issues/new');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      template: 'correction.yml',
      title: report.title,
      fact: report.fact,
      page: report.page,
      shown: report.shown,
      version: '2026-11-24',
    });
  });

  it('gives another https page title and body, keeping its own query', () => {
    const url = new URL(correctionHref(tricky, web));
    expect(url.searchParams.get('lang')).toBe('es');
    expect(url.searchParams.get('title')).toBe(tricky.title);
    expect(url.searchParams.get('body')).toBe(tricky.body);
    expect(url.hash).toBe('');
  });

  it('adds subject and body to an e-mail address', () => {
    const href = correctionHref(tricky, parseCorrectionsUrl('mailto:data@example.org'));
    expect(href).toBe(
      `mailto:data@example.org?subject=${encodeURIComponent(tricky.title)}&body=${encodeURIComponent(tricky.body)}`,
    );
    // RFC 6068: a space is %20; "+" would reach the reader as a plus sign.
    expect(href).not.toContain('+');
  });

  it('merges with the address’s own query instead of starting a second one', () => {
    const href = correctionHref(report, parseCorrectionsUrl('mailto:x@y?cc=z'));
    expect(href.startsWith('mailto:x@y?cc=z&subject=')).toBe(true);
    expect(href.split('?')).toHaveLength(2);
    const query = new URLSearchParams(href.split('?')[1]);
    expect(query.get('cc')).toBe('z');
    expect(query.get('body')).toBe(report.body);
  });

  it('replaces a subject or body the address already had', () => {
    const href = correctionHref(
      report,
      parseCorrectionsUrl('mailto:x@y?Subject=old&cc=z&body=old'),
    );
    const query = new URLSearchParams(href.split('?')[1]);
    expect([...query.keys()]).toEqual(['cc', 'subject', 'body']);
    expect(query.get('subject')).toBe(report.title);
  });
});

describe('correctionsHome', () => {
  it('is the report page, the blank correction form, or the configured address', () => {
    expect(correctionsHome('zh', site)).toBe('/zh/report/');
    expect(correctionsHome('zh', form)).toBe(
      'https://github.com/owner/repo/issues/new?template=correction.yml',
    );
    expect(correctionsHome('zh', web)).toBe('https://example.org/report?lang=es');
    expect(correctionsHome('zh', parseCorrectionsUrl('mailto:x@y?cc=z'))).toBe('mailto:x@y?cc=z');
  });
});

describe('the issue form the repository ships', () => {
  const path = join(__dirname, '..', '..', '.github', 'ISSUE_TEMPLATE', issueFormTemplate);
  const issueForm = parse(readFileSync(path, 'utf8')) as {
    name: string;
    description: string;
    labels: string[];
    body: { type: string; id?: string; validations?: { required: boolean } }[];
  };
  const ids = issueForm.body.flatMap((element) => (element.id ? [element.id] : []));

  it('has a field for every parameter a report link fills in', () => {
    const filled = new URL(correctionHref(report, form)).searchParams.keys();
    for (const name of filled) {
      if (name !== 'template' && name !== 'title') expect(ids).toContain(name);
    }
  });

  it('gives as its example a fact id that exists, as the report page does', () => {
    const examples = [
      ...readFileSync(path, 'utf8').matchAll(/`([a-z-]+\.[a-z0-9-]+)`/g),
      ...locales.flatMap((locale) => [
        ...getMessages(locale)
          .report.include.join(' ')
          .matchAll(/\b([a-z-]+\.[a-z0-9-]+)\b/g),
      ]),
    ].map((match) => match[1]!);
    expect(examples.length).toBeGreaterThan(locales.length);
    for (const example of examples) expect(isFactId(example), example).toBe(true);
  });

  it('asks for what is wrong and a source, and labels the issue', () => {
    expect(issueForm.name).toBeTruthy();
    expect(issueForm.description).toBeTruthy();
    expect(issueForm.labels).toContain('correction');
    const required = issueForm.body.filter((element) => element.validations?.required);
    expect(required.map((element) => element.id)).toEqual(['fact', 'problem', 'source']);
    expect(new Set(ids).size).toBe(ids.length);
    for (const element of issueForm.body) {
      expect(['markdown', 'input', 'textarea', 'dropdown', 'checkboxes']).toContain(element.type);
    }
  });
});
