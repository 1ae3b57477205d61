import type { SubjectFacts } from '@/lib/view/fact-groups';
import type { Messages } from '@/lib/i18n/messages';
import { ZhRuns } from './zh-runs';

type FactPickerProps = {
  groups: readonly SubjectFacts[];
  title: string;
  intro: string;
  /** Where a fact's link goes: its section on the same page. */
  hrefOf: (factId: string) => string;
  messages: Messages;
};

export const pickerId = 'pick';

/** Every fact, by subject, each linking to its section of the page (report, share). */
export function FactPicker({ groups, title, intro, hrefOf, messages }: FactPickerProps) {
  return (
    <>
      <h2 id={pickerId}>{title}</h2>
      <p>{intro}</p>
      {groups.map((group) => (
        <section key={group.subject} aria-labelledby={`pick-${group.subject}`}>
          <h3 id={`pick-${group.subject}`}>{group.title}</h3>
          <ul className="not-prose gap-x-8 sm:columns-2">
            {group.facts.map((fact) => (
              <li key={fact.id} className="mb-2 break-inside-avoid">
                <a href={hrefOf(fact.id)}>
                  <ZhRuns>{messages.facts[fact.id]}</ZhRuns>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
