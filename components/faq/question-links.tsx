import { getFaq } from '@/lib/faq/page';
import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/site/paths';
import type { Topic as Question } from '@/lib/schema/vocabulary';

type QuestionLinksProps = {
  title: string;
  questions: readonly Question[];
  locale: Locale;
  headingLevel?: 'h2' | 'h3';
};

/**
 * Links to practical questions, worded as readers ask them: costs opens its own page, the
 * others their answer on the FAQ page.
 */
export function QuestionLinks({
  title,
  questions,
  locale,
  headingLevel: Heading = 'h2',
}: QuestionLinksProps) {
  if (questions.length === 0) return null;
  const faq = getFaq(locale);
  return (
    <section aria-labelledby="practical-questions" className="mt-10">
      <Heading id="practical-questions" className="section-title">
        {title}
      </Heading>
      <ul className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-2">
        {questions.map((question) => (
          <li key={question}>
            <a href={question === 'costs' ? paths.costs(locale) : paths.faq(locale, question)}>
              {faq.questions[question].question}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
