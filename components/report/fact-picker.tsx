import type { Limit } from '@/lib/limits';
import { paths } from '@/lib/paths';
import type { Locale, Messages } from '@/lib/i18n';

type FactPickerProps = {
  groups: { subject: string; title: string; facts: readonly Limit[] }[];
  locale: Locale;
  messages: Messages;
};

export const pickerId = 'pick';

/** Every fact, by subject, each linking to its report on this page. */
export function FactPicker({ groups, locale, messages }: FactPickerProps) {
  return (
    <>
      <h2 id={pickerId}>{messages.report.pickTitle}</h2>
      <p>{messages.report.pickIntro}</p>
      {groups.map((group) => (
        <section key={group.subject} aria-labelledby={`pick-${group.subject}`}>
          <h3 id={`pick-${group.subject}`}>{group.title}</h3>
          <ul className="not-prose gap-x-8 sm:columns-2">
            {group.facts.map((fact) => (
              <li key={fact.id} className="mb-2 break-inside-avoid">
                <a href={paths.report(locale, fact.id)}>{messages.facts[fact.id]}</a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
