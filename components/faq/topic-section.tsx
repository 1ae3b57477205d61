import type { FaqContent } from '@/lib/schema/faq-words';
import type { ArticleMetadata } from '@/lib/site/articles';
import { faqRelated } from '@/lib/faq/content';
import { interpolate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/lib/i18n/messages';
import { getFact, asFactId, factsAbout } from '@/lib/data/facts';
import { paths } from '@/lib/site/paths';
import type { FaqTopic, Difference } from '@/lib/schema/vocabulary';

import { FactTable } from '../facts/fact-table';
import { AnswerText } from './answer-text';

type TopicSectionProps = {
  topic: FaqTopic;
  faq: FaqContent;
  articles: Record<Difference, ArticleMetadata>;
  locale: Locale;
  messages: Messages;
  footnotes: ReadonlyMap<string, number>;
};

/**
 * One FAQ topic: its question, the answer (its figures and claims linked to their rows), the myth it
 * corrects if any, where to read more, and the rows behind it with their sources.
 */
export function TopicSection({
  topic,
  faq,
  articles,
  locale,
  messages,
  footnotes,
}: TopicSectionProps) {
  const entry = faq.topics[topic];
  const facts = topic === 'costs' ? [] : factsAbout(topic);
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
    <section id={topic} aria-labelledby={`${topic}-title`} className="faq-topic">
      <h2 id={`${topic}-title`} className="section-title">
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
      <p className="mt-3 font-semibold" id={`${topic}-read-more`}>
        {faq.labels.readMore}
        {messages.punctuation.colon}
      </p>
      <ul className="mt-1 list-disc ps-6" aria-labelledby={`${topic}-read-more`}>
        {topic === 'costs' && (
          <li>
            <a href={paths.costs(locale)}>{faq.labels.costsPage}</a>
          </li>
        )}
        {faqRelated[topic].map((article) => (
          <li key={article}>
            <a href={paths.page(locale, article)}>{articles[article].title}</a>
          </li>
        ))}
      </ul>
      {facts.length > 0 && (
        <FactTable
          caption={interpolate(faq.labels.rows, { question: entry.question })}
          groups={[{ id: topic, title: entry.question, href: `#${topic}`, facts }]}
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
