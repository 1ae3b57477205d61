import { getFaq } from '@/lib/faq/page';
import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/site/paths';
import type { FaqTopic } from '@/lib/schema/vocabulary';

type TopicLinksProps = {
  title: string;
  topics: readonly FaqTopic[];
  locale: Locale;
  headingLevel?: 'h2' | 'h3';
};

/**
 * Links to FAQ topics, worded as the questions readers ask: costs opens its own page, the
 * others their answer on the FAQ page.
 */
export function TopicLinks({
  title,
  topics,
  locale,
  headingLevel: Heading = 'h2',
}: TopicLinksProps) {
  if (topics.length === 0) return null;
  const faq = getFaq(locale);
  return (
    <section aria-labelledby="practical-questions" className="mt-10">
      <Heading id="practical-questions" className="section-title">
        {title}
      </Heading>
      <ul className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-2">
        {topics.map((topic) => (
          <li key={topic}>
            <a href={topic === 'costs' ? paths.costs(locale) : paths.faq(locale, topic)}>
              {faq.topics[topic].question}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
