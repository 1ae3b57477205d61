import { describe, expect, it } from 'vitest';

import { dataFigures, literalNumbers } from '@/lib/data/figure-scan';
import { locales } from '@/lib/i18n/locales';
import { getFacts, getSource } from '@/lib/data/facts';
import { proseFigure } from '@/lib/view/prose-figure';
import { sourceTitle } from '@/lib/view/source-title';
import { getMessages } from '@/lib/site/messages';
import { faqTopics } from '@/lib/schema/vocabulary';

import { answerText, answerTextWithCaveats, citedFacts, figureText, parseAnswer } from './answer';
import { faqRelated, faqTopicsFor } from './content';
import { faqEntries, faqPageFacts, faqTableTopics, getFaq } from './page';

const [someFact] = getFacts();
const id = someFact!.id;

describe('parseAnswer', () => {
  it('splits text, figures and claims', () => {
    expect(parseAnswer(`A {{${id}}} b [c d]{${id}:wechat}.`)).toEqual([
      { kind: 'text', text: 'A ' },
      { kind: 'figure', id, account: expect.any(String) },
      { kind: 'text', text: ' b ' },
      { kind: 'claim', text: 'c d', id, account: 'wechat' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('reads an alternative value', () => {
    expect(parseAnswer('{{work-tools.wedrive-free-storage:alt1}}')).toEqual([
      { kind: 'figure', id: 'work-tools.wedrive-free-storage', account: 'wecom', alternative: 1 },
    ]);
  });

  it.each([
    ['an unknown id', '{{costs.no-such-row}}', /Unknown fact "costs.no-such-row"/],
    ['a broken figure', `{{${id}}`, /malformed/],
    ['a broken claim', `[words]{${id}`, /malformed/],
  ])('fails the build on %s, naming the text', (_, text, error) => {
    expect(() => parseAnswer(text)).toThrow(error);
  });
});

describe('a figure sources disagree on', () => {
  const disputed = 'mass-messages.per-customer-limit' as const;

  it.each(locales)(
    'gives every value with its sources’ titles, whichever value it names (%s)',
    (locale) => {
      const messages = getMessages(locale);
      const main = proseFigure(disputed, 'wecom', undefined, locale, messages);
      const other = proseFigure(disputed, 'wecom', 0, locale, messages);
      for (const text of [`{{${disputed}}}`, `{{${disputed}:alt0}}`]) {
        const plain = answerText(text, locale, messages);
        for (const value of [main, other]) {
          expect(plain).toContain(value.text);
          for (const source of value.sources)
            expect(plain).toContain(sourceTitle(getSource(source), locale, messages).title);
        }
        expect(plain).toContain(messages.dispute.text.replace('{values}', '').trim());
      }
    },
  );

  it('leaves a figure nothing disputes as it is', () => {
    const messages = getMessages('en');
    expect(answerText('{{costs.overseas-verification}}', 'en', messages)).toBe(
      proseFigure('costs.overseas-verification', 'wecom', undefined, 'en', messages).text,
    );
  });
});

/** Sentences of plain text: ended by . ! ? (and their full-width forms) before a space or the end. */
const sentences = (text: string) =>
  text.split(/(?<=[.!?。！？])\s*(?=\S)|(?<=[。！？])/).filter((s) => s.trim());

describe.each(locales)('the FAQ in %s', (locale) => {
  const faq = getFaq(locale);
  const messages = getMessages(locale);

  it.each(faqTopics)('answers %s in two to five sentences', (topic) => {
    const text = faq.topics[topic].answer
      .map((paragraph) => answerText(paragraph, locale, messages))
      .join(' ');
    const count = sentences(text.replace(/\d[.,]\d/g, '0')).length;
    expect(count, text).toBeGreaterThanOrEqual(2);
    expect(count, text).toBeLessThanOrEqual(5);
  });

  it('types no figure the data holds (every figure is a reference)', () => {
    const figures = dataFigures();
    const texts = faqTopics.flatMap((topic) => {
      const entry = faq.topics[topic];
      return [
        entry.question,
        ...entry.answer,
        entry.myth?.belief ?? '',
        entry.myth?.correction ?? '',
      ];
    });
    for (const text of texts) {
      const words = text.replace(/\{\{[^}]*\}\}|\{[a-z0-9.:-]+\}/g, ' ');
      expect(
        literalNumbers(words).filter((n) => figures.has(n)),
        text,
      ).toEqual([]);
    }
  });

  it('gives structured data the answers as plain text', () => {
    const entries = faqEntries(locale, messages);
    expect(entries).toHaveLength(faqTopics.length);
    for (const entry of entries) expect(entry.answer).not.toMatch(/\{\{|\]\{/);
  });
});

describe('the FAQ across languages', () => {
  const cited = (locale: (typeof locales)[number], topic: (typeof faqTopics)[number]) => {
    const entry = getFaq(locale).topics[topic];
    return [...entry.answer, entry.myth?.correction ?? ''].flatMap(citedFacts).sort();
  };

  it.each(faqTopics)('%s cites the same rows in every language', (topic) => {
    const [first, ...others] = locales.map((locale) => cited(locale, topic));
    for (const other of others) expect(other).toEqual(first);
  });

  it.each(faqTopics.filter((t) => t !== 'costs'))('%s cites its own rows', (topic) => {
    const own = cited('en', topic).filter((fact) => fact.startsWith(`${topic}.`));
    expect(new Set(own).size).toBeGreaterThanOrEqual(2);
  });

  it('names a myth only in the same topics in every language', () => {
    for (const topic of faqTopics) {
      const mythIn = locales.map((locale) => getFaq(locale).topics[topic].myth !== undefined);
      expect(new Set(mythIn).size, topic).toBe(1);
    }
  });

  it('links every article to at least one topic', () => {
    for (const article of new Set(Object.values(faqRelated).flat()))
      expect(faqTopicsFor(article).length).toBeGreaterThan(0);
  });
});

describe('references', () => {
  const messages = getMessages('en');

  it('cite the personal WeChat side of a row that has no WeCom value', () => {
    expect(parseAnswer('{{groups.qr-validity}}')).toEqual([
      { kind: 'figure', id: 'groups.qr-validity', account: 'wechat' },
    ]);
    expect(parseAnswer('[words]{groups.qr-validity}')).toEqual([
      { kind: 'claim', text: 'words', id: 'groups.qr-validity', account: 'wechat' },
    ]);
  });

  it('cannot cite a row with no value on either side', () => {
    expect(() => parseAnswer('{{costs.base-licence-price}}')).toThrow(
      'Fact "costs.base-licence-price" has no value to cite',
    );
  });

  it('read as plain text with each figure in words and each claim as its words', () => {
    const figure = proseFigure('groups.external-max-members', 'wecom', undefined, 'en', messages);
    expect(
      answerText(
        'Up to {{groups.external-max-members}}; [no more]{groups.qr-validity}.',
        'en',
        messages,
      ),
    ).toBe(`Up to ${figure.text}; no more.`);
    // A disputed row's alternative still comes with the values it disputes.
    const wedrive = figureText(
      { kind: 'figure', id: 'work-tools.wedrive-free-storage', account: 'wecom', alternative: 0 },
      'en',
      messages,
    );
    for (const alternative of [undefined, 0, 1])
      expect(wedrive).toContain(
        proseFigure('work-tools.wedrive-free-storage', 'wecom', alternative, 'en', messages).text,
      );
  });

  it('cite each row once, in order of first mention', () => {
    expect(
      citedFacts(
        'A {{groups.external-max-members}}, [b]{groups.qr-validity} and {{groups.external-max-members:wechat}}.',
      ),
    ).toEqual(['groups.external-max-members', 'groups.qr-validity']);
    expect(citedFacts('No reference at all.')).toEqual([]);
  });
});

describe('the FAQ page', () => {
  it('shows the rows of every topic but costs, topic by topic', () => {
    const shown = faqPageFacts().map((fact) => fact.topic);
    expect([...new Set(shown)]).toEqual(faqTopics.filter((topic) => topic !== 'costs'));
    expect(faqTableTopics).not.toContain('costs');
    for (const topic of faqTableTopics)
      expect(shown.filter((subject) => subject === topic)).toHaveLength(
        getFacts().filter((fact) => fact.topic === topic).length,
      );
  });

  it('joins an answer’s paragraphs with a blank line in the structured data', () => {
    const messages = getMessages('en');
    const faq = getFaq('en');
    const entries = faqEntries('en', messages);
    const topic = faqTopics.find((t) => faq.topics[t].answer.length > 1)!;
    const entry = entries[faqTopics.indexOf(topic)]!;
    expect(entry.question).toBe(faq.topics[topic].question);
    expect(entry.answer.split('\n\n')).toEqual(
      faq.topics[topic].answer.map((text) => answerTextWithCaveats(text, 'en', messages)),
    );
  });

  it('keeps every caveat in the structured data: a provider’s price is not a plain fact', () => {
    const messages = getMessages('en');
    const text = faqEntries('en', messages)
      .map((entry) => entry.answer)
      .join('\n');
    // 300 yuan, the 100-customer cap, 2,000 free contacts, 0.1 yuan per contact: providers only.
    for (const id of [
      'service-focus.verification-fee',
      'contacts.unverified-org-cap',
      'contacts.free-external-contacts',
      'costs.external-contacts-average-price',
    ] as const) {
      const shown = proseFigure(id, 'wecom', undefined, 'en', messages);
      expect(shown.caveat, id).not.toBe('official');
      expect(text, id).toContain(`${shown.text} (${messages.caveats[shown.caveat]})`);
    }
    expect(
      answerTextWithCaveats(
        'Up to {{groups.external-max-members}}; [no more]{costs.external-contacts-average-price}.',
        'en',
        messages,
      ),
    ).toBe(
      `Up to ${proseFigure('groups.external-max-members', 'wecom', undefined, 'en', messages).text}; no more (${messages.caveats.weak}).`,
    );
  });

  it('links an article to the topics that name it, in FAQ order', () => {
    // From faqRelated: service-focus is named by costs, abroad and both-apps; groups by adding.
    expect(faqTopicsFor('service-focus')).toEqual(['costs', 'abroad', 'both-apps']);
    expect(faqTopicsFor('groups')).toEqual(['adding']);
  });
});
