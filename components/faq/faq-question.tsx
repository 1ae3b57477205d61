import type { ArticleMetadata } from '@/lib/site/articles';
import { faqRelated, type FaqContent } from '@/lib/faq/content';
import { interpolate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { getFact, asFactId, factsAbout } from '@/lib/data/facts';
import { paths } from '@/lib/site/paths';
import type { Difference as Topic, Topic as Question } from '@/lib/schema/vocabulary';

import { FactTable } from '../facts/fact-table';
import { AnswerText } from './answer-text';
import type { Messages } from '@/lib/i18n/messages';

type FaqQuestionProps = {
  question: Question;
  faq: FaqContent;
  articles: Record<Topic, ArticleMetadata>;
  locale: Locale;
  messages: Messages;
  footnotes: ReadonlyMap<string, number>;
};

/**
 * One practical question: the answer (its figures and claims linked to their rows), the myth it
 * corrects if any, where to read more, and the rows behind it with their sources.
 */
export function FaqQuestion({
  question,
  faq,
  articles,
  locale,
  messages,
  footnotes,
}: FaqQuestionProps) {
  const entry = faq.questions[question];
  const facts = question === 'costs' ? [] : factsAbout(question);
  const rowHref = (id: string) =>
    facts.some((fact) => fact.id === id)
      ? `#${id}`
      : paths.row(locale, getFact(asFactId(id)).topic, id);
  const paragraph = (text: string) => (
    <AnswerText
      text={text}
      locale={locale}
      messages={messages}
      rowHref={rowHref}
      footnotes={footnotes}
    />
  );
  return (
    <section id={question} aria-labelledby={`${question}-title`} className="faq-question">
      <h2 id={`${question}-title`} className="section-title">
        {entry.question}
      </h2>
      <div className="mt-3 max-w-3xl space-y-3">
        {entry.answer.map((text, index) => (
          <p key={index}>{paragraph(text)}</p>
        ))}
      </div>
      {entry.myth && (
        <div className="faq-myth">
          <p>
            <strong>
              {faq.labels.myth}
              {messages.punctuation.colon}
            </strong>
            {entry.myth.belief}
          </p>
          <p className="mt-1">
            <strong>
              {faq.labels.whatSourcesSay}
              {messages.punctuation.colon}
            </strong>
            {paragraph(entry.myth.correction)}
          </p>
        </div>
      )}
      {/* A list, not a run joined by commas: the titles are questions, and "…？，…" or
          "…?; …" reads wrong in every language. */}
      <p className="mt-3 font-semibold" id={`${question}-read-more`}>
        {faq.labels.readMore}
        {messages.punctuation.colon}
      </p>
      <ul className="mt-1 list-disc ps-6" aria-labelledby={`${question}-read-more`}>
        {question === 'costs' && (
          <li>
            <a href={paths.costs(locale)}>{faq.labels.costsPage}</a>
          </li>
        )}
        {faqRelated[question].map((topic) => (
          <li key={topic}>
            <a href={paths.page(locale, topic)}>{articles[topic].title}</a>
          </li>
        ))}
      </ul>
      {facts.length > 0 && (
        <FactTable
          caption={interpolate(faq.labels.rows, { question: entry.question })}
          groups={[{ id: question, title: entry.question, href: `#${question}`, facts }]}
          showGroupTitles={false}
          pagePath={paths.faq(locale)}
          locale={locale}
          messages={messages}
          footnotes={footnotes}
        />
      )}
    </section>
  );
}
