import { changeText, publishedChangelog } from '@/lib/changes';
import { formatDate } from '@/lib/format';
import { getLimit, limitId, getSource } from '@/lib/limits';
import { getMessages } from '@/lib/messages';
import { paths } from '@/lib/paths';
import { getSharePage } from '@/lib/share-pages';
import { sourceTitle } from '@/lib/source-title';
import { breadcrumbList } from '@/lib/structured-data';
import { JsonLd } from '@/components/json-ld';
import { PageFrame } from '@/components/layout/page-frame';
import { SeedNote } from '@/components/mdx/seed-note';
import { SourceTitleText } from '@/components/source-title-text';
import type { Locale } from '@/lib/i18n';

export async function ChangesPage({ locale }: { locale: Locale }) {
  const messages = getMessages(locale);
  const page = await getSharePage(locale, 'changes');
  const changes = publishedChangelog().reverse();
  return (
    <PageFrame locale={locale} path={page.path}>
      <JsonLd data={breadcrumbList(page, locale, messages)} />
      <h1 className="page-title">{messages.changes.title}</h1>
      <p className="mt-4 max-w-3xl">{messages.changes.intro}</p>
      <ol className="mt-8 max-w-3xl space-y-10">
        {changes.map((change) => {
          const fact = getLimit(limitId(change.fact));
          return (
            <li key={`${change.fact}-${change.date}`} id={`change-${change.fact}`}>
              <h2 className="subsection-title">
                <a href={paths.row(locale, fact.topic, fact.id)}>{messages.facts[fact.id]}</a>
              </h2>
              <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
                <time dateTime={change.date}>{formatDate(locale, change.date)}</time> ·{' '}
                {messages.changes.kinds[change.change]} · {messages.accounts[change.account]}
              </p>
              {change.change === 'seed-correction' ? (
                <SeedNote id={change.fact} locale={locale} messages={messages} />
              ) : (
                <p className="mt-3">
                  {changeText(change, locale, messages).from} →{' '}
                  {changeText(change, locale, messages).to}
                </p>
              )}
              <p className="mt-2 text-sm">
                {messages.changes.sources}
                {messages.punctuation.colon}
                {change.sources.map((id, index) => (
                  <span key={id}>
                    {index > 0 && ' · '}
                    <SourceTitleText
                      title={sourceTitle(getSource(id), locale, messages)}
                      href={getSource(id).url}
                    />
                  </span>
                ))}
              </p>
            </li>
          );
        })}
      </ol>
    </PageFrame>
  );
}
